package selfcheck

import (
	"context"
	"fmt"
	"greencheck/api/clock"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/db"
	"greencheck/api/notify"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
)

// loadManaged reads a task the viewer may change, refusing closed ones.
func loadManaged(ctx context.Context, tx *ent.Client, id int) (*ent.InspectionTask, error) {
	t, err := tx.InspectionTask.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	// Who manages a task is the data layer's decision (InspectionTask's policy).
	if err := db.MayWrite(ctx, tx, tx.InspectionTask.UpdateOne(t).Mutation()); err != nil {
		return nil, err
	}
	if t.Status == inspectiontask.StatusCLOSED {
		return nil, apperr.New(apperr.Conflict, "task.closed")
	}
	return t, nil
}

// ExtendTask moves a task's due date later; the enterprises that have not
// submitted yet are told. Extending to the same date again changes nothing.
func (s *Service) ExtendTask(ctx context.Context, id int, dueAt time.Time) (*ent.InspectionTask, error) {
	dueAt = dueAt.UTC().Truncate(time.Microsecond)
	var out *ent.InspectionTask
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := loadManaged(ctx, tx, id)
		if err != nil {
			return err
		}
		if t.DueAt.Equal(dueAt) {
			out = t // a retry
			return nil
		}
		if !dueAt.After(t.DueAt) || !dueAt.After(s.now()) {
			return apperr.Input("dueAt", "task.extend_earlier")
		}
		if out, err = tx.InspectionTask.UpdateOne(t).SetDueAt(dueAt).Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "task.extend", SubjectType: "InspectionTask", SubjectID: t.ID,
			From: t.DueAt, To: dueAt}); err != nil {
			return err
		}
		users, err := tx.User.Query().Where(user.Active(true), user.HasEnterpriseWith(enterprise.HasSelfChecksWith(
			selfcheck.TaskID(t.ID), selfcheck.StatusNEQ(selfcheck.StatusSUBMITTED)))).IDs(db.System(ctx)) // recipients, not a read
		if err != nil {
			return err
		}
		msgs := make([]notify.Message, len(users))
		for i, u := range users {
			msgs[i] = notify.Message{UserID: u, Kind: "TASK_EXTENDED", Title: "自查任务已延期：" + t.Title,
				Body: fmt.Sprintf("新的截止日期：%s。", clock.Day(dueAt)), Link: "/selfchecks"}
		}
		return s.notify.SendMany(ctx, msgs)
	})
	return out, err
}

// CloseTask ends a task: self-checks not yet submitted can no longer change.
// Closing a closed task again is a retry and changes nothing.
func (s *Service) CloseTask(ctx context.Context, id int) (*ent.InspectionTask, error) {
	var out *ent.InspectionTask
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := loadManaged(ctx, tx, id)
		if e, ok := apperr.As(err); ok && e.Code == apperr.Conflict && t == nil {
			out, err = tx.InspectionTask.Get(ctx, id) // already closed: a retry
			return err
		}
		if err != nil {
			return err
		}
		if out, err = tx.InspectionTask.UpdateOne(t).SetStatus(inspectiontask.StatusCLOSED).SetClosedAt(s.now()).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "task.close", SubjectType: "InspectionTask", SubjectID: t.ID,
			From: "OPEN", To: "CLOSED"})
	})
	return out, err
}
