package rectify

import (
	"context"
	"fmt"
	"greencheck/api/authz"
	"greencheck/api/lifecycle"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/db"
	"greencheck/api/notify"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/finding"
	"greencheck/ent/user"
)

// Delegate hands the review of a finding to a stationed expert of its
// district (委托专家核查), or takes it back when expertID is nil. The expert
// is told; the district keeps the right to review too.
func (s *Service) Delegate(ctx context.Context, findingID int, expertID *int) (*ent.Finding, error) {
	var out *ent.Finding
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		f, err := tx.Finding.Query().Where(finding.ID(findingID)).WithEnterprise().Only(ctx)
		if err != nil {
			return err
		}
		// Who delegates is the data layer's call (Finding.viewerCan.delegate).
		if err := authz.Require(ctx, tx, &authz.FindingDelegate, f.ID); err != nil {
			return err
		}
		if !lifecycle.Open(string(f.Status)) {
			return apperr.New(apperr.Conflict, "rectify.not_open")
		}
		if expertID == nil {
			if f.DelegateID == nil {
				if err := db.MayWrite(ctx, tx, tx.Finding.UpdateOne(f).ClearDelegate().Mutation()); err != nil {
					return err // nothing to clear, but only for those who may
				}
				out = f
				return nil
			}
			if out, err = tx.Finding.UpdateOne(f).ClearDelegate().Save(ctx); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Entry{Action: "finding.undelegate", SubjectType: "Finding", SubjectID: f.ID,
				EnterpriseID: &f.EnterpriseID, From: fmt.Sprint(*f.DelegateID)})
		}
		if f.DelegateID != nil && *f.DelegateID == *expertID {
			if err := db.MayWrite(ctx, tx, tx.Finding.UpdateOne(f).SetDelegateID(*expertID).Mutation()); err != nil {
				return err // a retry, still a write
			}
			out = f
			return nil
		}
		// The expert must be active and stationed in the enterprise's district.
		expert, err := tx.User.Query().Where(user.ID(*expertID), user.RoleEQ(user.RoleEXPERT), user.Active(true),
			user.HasDistrictsWith(district.ID(f.Edges.Enterprise.DistrictID))).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.Input("expertID", "rectify.expert_unknown")
		}
		if err != nil {
			return err
		}
		if out, err = tx.Finding.UpdateOne(f).SetDelegateID(expert.ID).Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.delegate", SubjectType: "Finding", SubjectID: f.ID,
			EnterpriseID: &f.EnterpriseID, To: expert.DisplayName}); err != nil {
			return err
		}
		return s.notify.SendTo(ctx, []int{expert.ID}, notify.Message{Kind: "REVIEW_DELEGATED", Title: "委托核查：" + f.Title,
			Body: f.Edges.Enterprise.Name + " 的整改由您核查。", Link: fmt.Sprintf("/findings/%d", f.ID)})
	})
	return out, err
}
