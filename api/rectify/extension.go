package rectify

import (
	"context"
	"fmt"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"greencheck/api/lifecycle"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/extensionrequest"
	"greencheck/ent/finding"
)

// MaxExtension is the longest an extension may move a deadline at once.
const MaxExtension = 90 * 24 * time.Hour

// ExtensionInput is bound to the GraphQL RequestExtensionInput.
type ExtensionInput struct {
	FindingID int
	Reason    string
	DueAt     time.Time
}

// ExtensionResult is an extension request and its finding after a step.
type ExtensionResult struct {
	Request *ent.ExtensionRequest
	Finding *ent.Finding
}

// RequestExtension asks the district for more time (延期申请). Asking again
// for the same date with the same reason (a retry) returns the pending
// request; a different request while one is pending is a conflict.
func (s *Service) RequestExtension(ctx context.Context, in ExtensionInput) (*ExtensionResult, error) {
	reason := strings.TrimSpace(in.Reason)
	if reason == "" {
		return nil, apperr.Input("reason", "input.required", "reason")
	}
	if n := input.MaxLen("ExtensionRequest", "reason"); input.Runes(reason) > n {
		return nil, apperr.Input("reason", "input.too_long", "reason", n)
	}
	due := in.DueAt.UTC().Truncate(time.Microsecond)
	var out ExtensionResult
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		f, err := tx.Finding.Query().Where(finding.ID(in.FindingID)).WithEnterprise().Only(ctx)
		if err != nil {
			return err
		}
		pending, err := tx.ExtensionRequest.Query().Where(extensionrequest.FindingID(f.ID),
			extensionrequest.StatusEQ(extensionrequest.StatusPENDING)).First(ctx)
		switch {
		case err == nil && pending.Reason == reason && pending.RequestedDueAt.Equal(due):
			// A retry writes nothing, but must be a request the viewer may make.
			if err := db.MayWrite(ctx, tx, tx.ExtensionRequest.Create().SetFindingID(f.ID).Mutation()); err != nil {
				return err
			}
			out = ExtensionResult{pending, f}
			return nil
		case err == nil:
			return apperr.New(apperr.Conflict, "extension.pending")
		case !ent.IsNotFound(err):
			return err
		}
		// While the enterprise owes a rectification (the deadline runs);
		// under review or resolved there is no deadline of its to move.
		if !lifecycle.Awaits(string(f.Status)) {
			return apperr.New(apperr.Conflict, "rectify.not_open")
		}
		if !due.After(f.DueAt) || !due.After(s.now()) {
			return apperr.Input("dueAt", "extension.not_later")
		}
		if due.Sub(f.DueAt) > MaxExtension {
			return apperr.Input("dueAt", "extension.too_long", int(MaxExtension.Hours()/24))
		}
		q := tx.ExtensionRequest.Create().SetFindingID(f.ID).SetReason(reason).
			SetRequestedDueAt(due).SetPreviousDueAt(f.DueAt)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			q.SetRequestedByID(v.UserID)
		}
		if out.Request, err = q.Save(ctx); err != nil {
			return err
		}
		out.Finding = f
		if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.extension_request", SubjectType: "Finding",
			SubjectID: f.ID, EnterpriseID: &f.EnterpriseID, From: f.DueAt, To: due, Comment: reason}); err != nil {
			return err
		}
		return s.tellDistrict(ctx, tx, f.Edges.Enterprise, notify.Message{Kind: "EXTENSION_REQUESTED",
			Title: "延期申请：" + f.Title, Body: f.Edges.Enterprise.Name + " 申请延期至 " + clock.Day(due) + "：" + reason,
			Link: fmt.Sprintf("/findings/%d", f.ID)})
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// DecideExtensionInput is bound to the GraphQL DecideExtensionInput.
type DecideExtensionInput struct {
	ID    int
	Grant bool
	// Answer is the district's reply; required when refusing.
	Answer *string
	// DueAt grants a different date than the one asked for.
	DueAt *time.Time
}

// DecideExtension grants (moving the deadline) or refuses a pending request.
func (s *Service) DecideExtension(ctx context.Context, in DecideExtensionInput) (*ExtensionResult, error) {
	v := viewer.FromContext(ctx)
	answer := ""
	if in.Answer != nil {
		answer = strings.TrimSpace(*in.Answer)
	}
	if !in.Grant && answer == "" {
		return nil, apperr.Input("answer", "extension.answer_required")
	}
	var out ExtensionResult
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		r, err := tx.ExtensionRequest.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		// Who decides is the data layer's call (ExtensionRequest.viewerCan.decide).
		if err := authz.Require(ctx, tx, &authz.ExtensionDecide, r.ID); err != nil {
			return err
		}
		if r.Status != extensionrequest.StatusPENDING {
			return apperr.New(apperr.Conflict, "extension.decided")
		}
		f, err := tx.Finding.Get(ctx, r.FindingID)
		if err != nil {
			return err
		}
		if !lifecycle.Open(string(f.Status)) { // closed meanwhile: nothing to extend
			return apperr.New(apperr.Conflict, "rectify.not_open")
		}
		due := r.RequestedDueAt
		if in.DueAt != nil {
			due = in.DueAt.UTC().Truncate(time.Microsecond)
		}
		status := extensionrequest.StatusREFUSED
		if in.Grant {
			status = extensionrequest.StatusGRANTED
			if !due.After(f.DueAt) || !due.After(s.now()) {
				return apperr.Input("dueAt", "extension.not_later")
			}
		}
		if out.Request, err = tx.ExtensionRequest.UpdateOne(r).SetStatus(status).SetAnswer(answer).
			SetDecidedByID(v.UserID).SetDecidedAt(s.now()).Save(ctx); err != nil {
			return err
		}
		msg := notify.Message{Link: fmt.Sprintf("/findings/%d", f.ID)}
		if in.Grant {
			if out.Finding, err = tx.Finding.UpdateOne(f).SetDueAt(due).SetOverdue(false).Save(ctx); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.extend", SubjectType: "Finding", SubjectID: f.ID,
				EnterpriseID: &f.EnterpriseID, From: f.DueAt, To: due, Comment: answer}); err != nil {
				return err
			}
			msg.Kind, msg.Title = "EXTENSION_GRANTED", "延期申请已同意："+f.Title
			msg.Body = "新的整改期限：" + clock.Day(due)
		} else {
			out.Finding = f
			if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.extension_refused", SubjectType: "Finding",
				SubjectID: f.ID, EnterpriseID: &f.EnterpriseID, Comment: answer}); err != nil {
				return err
			}
			msg.Kind, msg.Title = "EXTENSION_REFUSED", "延期申请未同意："+f.Title
			msg.Body = "原因：" + answer + "。整改期限仍为 " + clock.Day(f.DueAt)
		}
		return s.tellEnterprise(ctx, tx, f.EnterpriseID, msg)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}
