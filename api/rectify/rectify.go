// Package rectify is the rectification capability (整改): an enterprise
// submits what it did about a finding; the district reviews it, approving
// (核查通过 → 销号) or rejecting with a reason and a deadline. Every
// transition is audited and notifies the other side.
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
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/finding"
	"greencheck/ent/rectification"
	"greencheck/ent/user"
)

// Service runs rectifications.
type Service struct {
	client *ent.Client
	notify *notify.Service
	Now    func() time.Time
}

// New returns the rectification service.
func New(client *ent.Client, n *notify.Service) *Service {
	return &Service{client: client, notify: n, Now: time.Now}
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

// SubmitInput is bound to the GraphQL SubmitRectificationInput.
type SubmitInput struct {
	FindingID int
	Measures  string
	// EvidenceIDs are photos and documents uploaded first (at most 9).
	EvidenceIDs []int
	// ClientKey makes a retried submission return the first one.
	ClientKey *string
}

// Result is a rectification and its finding after a step.
type Result struct {
	Rectification *ent.Rectification
	Finding       *ent.Finding
}

// open states from which an enterprise may submit.
// Submit records what the enterprise did; the finding waits for review.
// Submitting the same measures again (a retry) returns the pending one.
func (s *Service) Submit(ctx context.Context, in SubmitInput) (*Result, error) {
	measures := strings.TrimSpace(in.Measures)
	if measures == "" {
		return nil, apperr.Input("measures", "input.required", "measures")
	}
	if n := input.MaxLen("Rectification", "measures"); input.Runes(measures) > n {
		return nil, apperr.Input("measures", "input.too_long", "measures", n)
	}
	if in.ClientKey != nil && (*in.ClientKey == "" || len(*in.ClientKey) > 64) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	var out Result
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		f, err := tx.Finding.Query().Where(finding.ID(in.FindingID)).WithEnterprise().Only(ctx)
		if err != nil {
			return err
		}
		if in.ClientKey != nil {
			done, err := tx.Rectification.Query().Where(rectification.FindingID(f.ID),
				rectification.ClientKey(*in.ClientKey)).First(ctx)
			if err == nil {
				// A retry, whatever happened since — by someone who may submit.
				if err := db.MayWrite(ctx, tx, tx.Rectification.Create().SetFindingID(f.ID).Mutation()); err != nil {
					return err
				}
				out = Result{done, f}
				return nil
			}
			if !ent.IsNotFound(err) {
				return err
			}
		}
		if f.Status == finding.StatusSUBMITTED {
			pending, err := tx.Rectification.Query().Where(rectification.FindingID(f.ID),
				rectification.DecisionEQ(rectification.DecisionPENDING)).Only(ctx)
			if err == nil && pending.Measures == measures {
				if err := db.MayWrite(ctx, tx, tx.Rectification.Create().SetFindingID(f.ID).Mutation()); err != nil {
					return err // a retry, still a submission
				}
				out = Result{pending, f}
				return nil
			}
			return apperr.New(apperr.Conflict, "rectify.awaiting_review")
		}
		if !lifecycle.Can("submitRectification", string(f.Status)) {
			return apperr.New(apperr.Conflict, "rectify.not_open")
		}
		evidence, err := files.Owned(ctx, tx, "evidenceIDs", in.EvidenceIDs, f.EnterpriseID)
		if err != nil {
			return err
		}
		q := tx.Rectification.Create().SetFindingID(f.ID).SetMeasures(measures).SetSubmittedAt(s.now()).
			AddEvidence(evidence...).SetNillableClientKey(in.ClientKey)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			q.SetSubmittedByID(v.UserID)
		}
		if out.Rectification, err = q.Save(ctx); err != nil {
			return err
		}
		from := f.Status
		if out.Finding, err = tx.Finding.UpdateOne(f).SetStatus(finding.StatusSUBMITTED).Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.submit", SubjectType: "Finding", SubjectID: f.ID,
			EnterpriseID: &f.EnterpriseID, From: string(from), To: string(finding.StatusSUBMITTED), Comment: measures}); err != nil {
			return err
		}
		return s.tellDistrict(ctx, tx, f.Edges.Enterprise, notify.Message{Kind: "RECTIFICATION_SUBMITTED",
			Title: "整改待核查：" + f.Title, Body: f.Edges.Enterprise.Name + " 提交了整改材料。", Link: fmt.Sprintf("/findings/%d", f.ID)})
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// ReviewInput is bound to the GraphQL ReviewRectificationInput.
type ReviewInput struct {
	ID      int
	Approve bool
	Reason  *string
	// DueAt is the new deadline of a rejected finding; the old one stays when nil.
	DueAt *time.Time
}

// Review decides a pending rectification: approved, the finding is
// verified and closed (销号); rejected, it goes back to the enterprise with
// the reason and the same or a new deadline.
func (s *Service) Review(ctx context.Context, in ReviewInput) (*Result, error) {
	v := viewer.FromContext(ctx)
	reason := ""
	if in.Reason != nil {
		reason = strings.TrimSpace(*in.Reason)
	}
	if !in.Approve && reason == "" {
		return nil, apperr.Input("reason", "rectify.reason_required")
	}
	if in.DueAt != nil && !in.DueAt.After(s.now()) {
		return nil, apperr.Input("dueAt", "task.due_in_past")
	}
	var out Result
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		r, err := tx.Rectification.Get(ctx, in.ID)
		if err != nil {
			return err
		}
		if r.Decision != rectification.DecisionPENDING {
			return apperr.New(apperr.Conflict, "rectify.already_reviewed")
		}
		f, err := tx.Finding.Query().Where(finding.ID(r.FindingID)).WithEnterprise().Only(ctx)
		if err != nil {
			return err
		}
		// Who reviews is the data layer's call: district or city
		// administrators, and the expert the review was delegated to
		// (Finding.viewerCan.review).
		if err := authz.Require(ctx, tx, &authz.FindingReview, f.ID); err != nil {
			return err
		}
		now := s.now()
		decision := rectification.DecisionREJECTED
		if in.Approve {
			decision = rectification.DecisionAPPROVED
		}
		if out.Rectification, err = tx.Rectification.UpdateOne(r).SetDecision(decision).SetReason(reason).
			SetReviewerID(v.UserID).SetReviewedAt(now).Save(ctx); err != nil {
			return err
		}
		record := func(from, to finding.Status, comment string) error {
			return audit.Record(ctx, tx, audit.Entry{Action: "finding." + strings.ToLower(string(to)), SubjectType: "Finding",
				SubjectID: f.ID, EnterpriseID: &f.EnterpriseID, From: string(from), To: string(to), Comment: comment})
		}
		msg := notify.Message{Link: fmt.Sprintf("/findings/%d", f.ID)}
		if in.Approve {
			// Verified and struck off in one review (desk verification).
			if err := record(f.Status, finding.StatusVERIFIED, reason); err != nil {
				return err
			}
			if err := record(finding.StatusVERIFIED, finding.StatusCLOSED, ""); err != nil {
				return err
			}
			if out.Finding, err = tx.Finding.UpdateOne(f).SetStatus(finding.StatusCLOSED).SetClosedAt(now).
				SetOverdue(false).Save(ctx); err != nil {
				return err
			}
			msg.Kind, msg.Title, msg.Body = "FINDING_CLOSED", "整改已通过核查并销号："+f.Title, "感谢您的配合。"
		} else {
			q := tx.Finding.UpdateOne(f).SetStatus(finding.StatusREJECTED)
			if in.DueAt != nil {
				q.SetDueAt(in.DueAt.UTC().Truncate(time.Microsecond)).SetOverdue(false)
			}
			if out.Finding, err = q.Save(ctx); err != nil {
				return err
			}
			if err := record(f.Status, finding.StatusREJECTED, reason); err != nil {
				return err
			}
			msg.Kind, msg.Title = "RECTIFICATION_REJECTED", "整改被退回："+f.Title
			msg.Body = "退回原因：" + reason + "。整改期限：" + clock.Day(out.Finding.DueAt)
		}
		return s.tellEnterprise(ctx, tx, f.EnterpriseID, msg)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// The recipients are found as the system: telling an enterprise is not a
// read by the reviewer (an expert cannot read the enterprise's users).
func (s *Service) tellEnterprise(ctx context.Context, tx *ent.Client, enterpriseID int, m notify.Message) error {
	ids, err := tx.User.Query().Where(user.EnterpriseID(enterpriseID), user.Active(true)).IDs(db.System(ctx))
	if err != nil {
		return err
	}
	return s.notify.SendTo(ctx, ids, m)
}

// tellDistrict notifies the administrators of the enterprise's district.
// The enterprise's user cannot read them, so they are found as the system.
func (s *Service) tellDistrict(ctx context.Context, tx *ent.Client, e *ent.Enterprise, m notify.Message) error {
	ids, err := tx.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN), user.Active(true),
		user.HasDistrictsWith(district.ID(e.DistrictID))).IDs(db.System(ctx))
	if err != nil {
		return err
	}
	return s.notify.SendTo(ctx, ids, m)
}
