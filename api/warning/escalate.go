package warning

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
	"greencheck/ent/warning"
	"greencheck/ent/warningchannel"
	"greencheck/ent/warningnotice"
)

// The escalation ladder (domain.md §4): a notice of an active warning's
// current round not acknowledged repushMinutes after its push (default 30)
// is pushed again — in-app, and one reminder per round to the outbound
// channels naming how many have not acknowledged; after callMinutes
// (default 60) its enterprise is on its district's call list
// (warningNotices where escalatedAtNotNil and acknowledgedAtIsNil), where
// the district records each call (RecordCall). The job runs once across
// replicas (an advisory lock on PostgreSQL).

// escalateLock is the advisory-lock key of the escalation job.
const escalateLock = 7_251_011

// EscalationStats says what one run did.
type EscalationStats struct {
	Repushed, Escalated int
	// Expired counts the warnings lifted because their planned end passed.
	Expired int
	Skipped bool // another replica ran it
}

// ExpiryNote is the note of the round that ends a warning whose planned
// end (effectiveTo) has passed without a lifting: the enterprises get a
// LIFT notice, as for a lifting by hand.
const ExpiryNote = "预警期满，自动解除。"

// Escalate runs the ladder once at now, as the system.
func (s *Service) Escalate(ctx context.Context, sqlDB *sql.DB, dia string, now time.Time) (*EscalationStats, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now = now.UTC().Truncate(time.Microsecond)
	st := &EscalationStats{}
	ran, err := db.Exclusive(ctx, sqlDB, dia, escalateLock, func(ctx context.Context) error {
		ws, err := s.client.Warning.Query().Where(warning.StatusEQ(warning.StatusACTIVE)).All(ctx)
		if err != nil {
			return err
		}
		// Each warning in its own transaction; one that fails holds up no
		// other. A CONFLICT is a race already settled (an administrator
		// adjusted or lifted it meanwhile): nothing to do until next time.
		var errs []error
		for _, w := range ws {
			err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
				if w.EffectiveTo != nil && !w.EffectiveTo.After(now) {
					return s.expire(ctx, tx, w, now, st)
				}
				return s.escalate(ctx, tx, w, now, st)
			})
			switch {
			case err == nil, apperr.CodeOf(err) == apperr.Conflict:
			case ctx.Err() != nil:
				return err
			default:
				errs = append(errs, fmt.Errorf("warning %d: %w", w.ID, err))
			}
		}
		return errors.Join(errs...)
	})
	st.Skipped = !ran
	return st, err
}

// expire lifts an active warning whose planned end has passed: a LIFT
// round taking effect at that end, pushed now, audited as the system's.
func (s *Service) expire(ctx context.Context, tx *ent.Client, w *ent.Warning, now time.Time, st *EscalationStats) error {
	end := *w.EffectiveTo
	if _, err := s.newRound(ctx, tx, w, warningnotice.KindLIFT, w.Level, end, &end, ExpiryNote, now); err != nil {
		return err
	}
	st.Expired++
	return audit.Record(ctx, tx, audit.Entry{Action: "warning.expire", SubjectType: "Warning", SubjectID: w.ID,
		From: string(w.Level), To: string(w.Level), Comment: ExpiryNote})
}

func (s *Service) escalate(ctx context.Context, tx *ent.Client, w *ent.Warning, now time.Time, st *EscalationStats) error {
	waiting := func(since time.Duration, unset func() *ent.WarningNoticeQuery) ([]*ent.WarningNotice, error) {
		return unset().Where(warningnotice.WarningID(w.ID), warningnotice.Round(w.Round), warningnotice.AcknowledgedAtIsNil(),
			warningnotice.PushedAtLTE(now.Add(-since))).All(ctx)
	}
	repush, err := waiting(time.Duration(w.RepushMinutes)*time.Minute, func() *ent.WarningNoticeQuery {
		return tx.WarningNotice.Query().Where(warningnotice.RepushedAtIsNil())
	})
	if err != nil {
		return err
	}
	if len(repush) > 0 {
		ids := make([]int, len(repush))
		enterprises := make([]int, len(repush))
		for i, n := range repush {
			ids[i], enterprises[i] = n.ID, n.EnterpriseID
		}
		for lo := 0; lo < len(ids); lo += batchIDs {
			if err := tx.WarningNotice.Update().Where(warningnotice.IDIn(ids[lo:min(lo+batchIDs, len(ids))]...)).
				SetRepushedAt(now).Exec(ctx); err != nil {
				return err
			}
		}
		if err := s.remindUsers(ctx, tx, w, enterprises); err != nil {
			return err
		}
		if err := s.remindChannels(ctx, tx, w, len(repush)); err != nil {
			return err
		}
		db.AfterCommit(ctx, func() {
			for _, n := range repush {
				s.bus.Publish(events.Event{Topic: NoticeTopic(n.EnterpriseID), ID: n.ID})
			}
		})
		st.Repushed += len(repush)
	}
	call, err := waiting(time.Duration(w.CallMinutes)*time.Minute, func() *ent.WarningNoticeQuery {
		return tx.WarningNotice.Query().Where(warningnotice.EscalatedAtIsNil())
	})
	if err != nil || len(call) == 0 {
		return err
	}
	ids := make([]int, len(call))
	perDistrict := map[int]int{}
	for i, n := range call {
		ids[i] = n.ID
		perDistrict[n.DistrictID]++
	}
	for lo := 0; lo < len(ids); lo += batchIDs {
		if err := tx.WarningNotice.Update().Where(warningnotice.IDIn(ids[lo:min(lo+batchIDs, len(ids))]...)).
			SetEscalatedAt(now).Exec(ctx); err != nil {
			return err
		}
	}
	// The districts' administrators: their call list grew.
	var ms []notify.Message
	for d, n := range perDistrict {
		admins, err := tx.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN), user.Active(true),
			user.HasDistrictsWith(district.ID(d))).IDs(ctx)
		if err != nil {
			return err
		}
		for _, a := range admins {
			ms = append(ms, notify.Message{UserID: a, Kind: "WARNING_CALL_LIST", Title: "预警未确认企业待电话督促：" + w.Title,
				Body: fmt.Sprintf("%d 家企业超过 %d 分钟仍未确认收到，请电话督促并记录结果。", n, w.CallMinutes),
				Link: fmt.Sprintf("/warnings/%d?calls=1", w.ID)})
		}
	}
	st.Escalated += len(call)
	db.AfterCommit(ctx, func() { s.announce(w.ID) })
	return s.notify.SendMany(ctx, ms)
}

// remindUsers sends the enterprises' users a second notification.
func (s *Service) remindUsers(ctx context.Context, tx *ent.Client, w *ent.Warning, enterprises []int) error {
	var ms []notify.Message
	for lo := 0; lo < len(enterprises); lo += batchIDs {
		us, err := tx.User.Query().Where(user.EnterpriseIDIn(enterprises[lo:min(lo+batchIDs, len(enterprises))]...),
			user.Active(true)).IDs(ctx)
		if err != nil {
			return err
		}
		for _, u := range us {
			ms = append(ms, notify.Message{UserID: u, Kind: "WARNING_NOTICE", Title: "请尽快确认收到预警：" + w.Title,
				Body: "预警通知尚未确认，请立即确认收到并落实减排措施。", Link: "/warnings/notices"})
		}
	}
	return s.notify.SendMany(ctx, ms)
}

// remindChannels writes one reminder per active channel: how many
// enterprises have not acknowledged the round.
func (s *Service) remindChannels(ctx context.Context, tx *ent.Client, w *ent.Warning, waiting int) error {
	channels, err := tx.WarningChannel.Query().Where(warningchannel.Active(true)).All(ctx)
	if err != nil || len(channels) == 0 {
		return err
	}
	for _, c := range channels {
		var body []byte
		text := fmt.Sprintf("### %s：%d 家企业尚未确认收到\n\n请相关区县督促企业立即确认并落实减排措施。", w.Title, waiting)
		switch c.Kind {
		case warningchannel.KindGENERIC:
			body, err = json.Marshal(map[string]any{"event": "warning.remind", "warning": map[string]any{"id": w.ID, "title": w.Title,
				"level": w.Level, "round": w.Round}, "unacknowledged": waiting})
		case warningchannel.KindWECOM:
			body, err = json.Marshal(map[string]any{"msgtype": "markdown", "markdown": map[string]string{"content": text}})
		default:
			body, err = json.Marshal(map[string]any{"msgtype": "markdown", "markdown": map[string]string{"title": w.Title, "text": text}})
		}
		if err != nil {
			return err
		}
		if err := tx.WebhookDelivery.Create().SetChannelID(c.ID).SetWarningID(w.ID).SetRound(w.Round).
			SetBody(string(body)).SetNextAttemptAt(sendNow()).Exec(ctx); err != nil {
			return err
		}
	}
	if s.wake != nil {
		db.AfterCommit(ctx, s.wake)
	}
	return nil
}

// EscalateEvery runs the ladder every interval until ctx ends.
func (s *Service) EscalateEvery(ctx context.Context, sqlDB *sql.DB, dia string, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if st, err := s.Escalate(ctx, sqlDB, dia, time.Now()); err != nil && ctx.Err() == nil {
			slog.Error("warning escalation", "err", err)
		} else if err == nil && (st.Repushed > 0 || st.Escalated > 0 || st.Expired > 0) {
			slog.Info("warning escalation", "repushed", st.Repushed, "escalated", st.Escalated, "expired", st.Expired)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// CallInput is bound to the GraphQL RecordWarningCallInput.
type CallInput struct {
	NoticeID       int
	Outcome        string
	Contact, Phone string
	Note           string
}

// callOutcomes are the outcomes of a call.
var callOutcomes = []string{"REACHED", "NO_ANSWER", "WRONG_NUMBER", "REFUSED"}

// RecordCall records a district's call to an enterprise about a notice
// (the call list): the notice's policy lets its district's administrators
// (and the city) record calls, nobody else.
func (s *Service) RecordCall(ctx context.Context, in CallInput) (*ent.WarningNotice, error) {
	switch {
	case !slices.Contains(callOutcomes, in.Outcome):
		return nil, apperr.Input("outcome", "input.invalid", "outcome")
	case input.Runes(in.Note) > MaxReason:
		return nil, apperr.Input("note", "input.too_long", "note", MaxReason)
	case input.Runes(in.Contact) > schematype.ContactLimits.Name:
		return nil, apperr.Input("contact", "input.too_long", "contact", schematype.ContactLimits.Name)
	case len(in.Phone) > schematype.ContactLimits.Phone:
		return nil, apperr.Input("phone", "input.too_long", "phone", schematype.ContactLimits.Phone)
	}
	var out *ent.WarningNotice
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		n, err := tx.WarningNotice.Get(ctx, in.NoticeID)
		if err != nil {
			return err
		}
		if err := authz.Require(ctx, tx, &authz.NoticeCall, n.ID); err != nil {
			return err
		}
		if n.AcknowledgedAt != nil {
			return apperr.New(apperr.Conflict, "warning.call_acknowledged")
		}
		call := schematype.CallAttempt{At: s.now(), Outcome: in.Outcome, Contact: strings.TrimSpace(in.Contact),
			Phone: strings.TrimSpace(in.Phone), Note: strings.TrimSpace(in.Note)}
		if v := viewer.FromContext(ctx); v != nil {
			call.ByID = v.UserID
		}
		if out, err = tx.WarningNotice.UpdateOne(n).AppendCalls([]schematype.CallAttempt{call}).Save(ctx); err != nil {
			return err
		}
		eid := n.EnterpriseID
		if err := audit.Record(ctx, tx, audit.Entry{Action: "warning.call", SubjectType: "WarningNotice", SubjectID: n.ID,
			EnterpriseID: &eid, To: call.Outcome, Comment: call.Note}); err != nil {
			return err
		}
		db.AfterCommit(ctx, func() { s.announce(n.WarningID) })
		return nil
	})
	return out, err
}
