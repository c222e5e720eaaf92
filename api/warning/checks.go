package warning

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/selfcheck"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/finding"
	"greencheck/ent/schematype"
	"greencheck/ent/warningnotice"
)

// Spot checks (抽查): a district checks during a warning that an enterprise
// carries out its measures; a failed check opens a finding.

// CheckInput is bound to the GraphQL RecordWarningSpotCheckInput.
type CheckInput struct {
	NoticeID  int
	Mode      string // ON_SITE, REMOTE
	Compliant bool
	Note      string
	// PhotoIDs are photos uploaded first for the notice's enterprise.
	PhotoIDs []int
	// ClientKey makes a retried check return the first one (and open no
	// second finding).
	ClientKey *string
}

// CheckResult is the checked notice and the finding a failed check opened.
type CheckResult struct {
	Notice  *ent.WarningNotice
	Finding *ent.Finding
}

// SpotCheckItem is the checklist item a failed spot check is a finding of:
// measures not carried out during the last warning (大气污染防治法第九十六条;
// 排污许可管理条例第三十五条).
const SpotCheckItem = "HPW-04"

// RecordCheck records a district's spot check (抽查) of a notice's
// enterprise, on site or remote. A failed check opens a finding (source
// WARNING_CHECK, the item HPW-04's label, severity, deadline and legal
// basis) that enters the rectification loop — in the same transaction.
func (s *Service) RecordCheck(ctx context.Context, in CheckInput) (*CheckResult, error) {
	switch {
	case in.Mode != "ON_SITE" && in.Mode != "REMOTE":
		return nil, apperr.Input("mode", "input.invalid", "mode")
	case input.Runes(in.Note) > MaxNote:
		return nil, apperr.Input("note", "input.too_long", "note", MaxNote)
	case !in.Compliant && strings.TrimSpace(in.Note) == "":
		return nil, apperr.Input("note", "warning.check_note")
	case in.ClientKey != nil && (*in.ClientKey == "" || len(*in.ClientKey) > 64):
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	slices.Sort(in.PhotoIDs)
	in.PhotoIDs = slices.Compact(in.PhotoIDs)
	var out CheckResult
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		n, err := tx.WarningNotice.Query().Where(warningnotice.ID(in.NoticeID)).WithWarning().Only(ctx)
		if err != nil {
			return err
		}
		if err := authz.Require(ctx, tx, &authz.NoticeCheck, n.ID); err != nil {
			return err
		}
		if n.Kind == warningnotice.KindLIFT {
			return apperr.New(apperr.Conflict, "warning.check_lift")
		}
		if in.ClientKey != nil {
			for _, c := range n.Checks {
				if c.ClientKey == *in.ClientKey { // a retry: the first check, and its finding
					out.Notice = n
					if c.FindingID != nil {
						out.Finding, err = tx.Finding.Get(ctx, *c.FindingID)
					}
					return err
				}
			}
		}
		photos, err := files.Owned(ctx, tx, "photoIDs", in.PhotoIDs, n.EnterpriseID)
		if err != nil {
			return err
		}
		now := s.now()
		check := schematype.SpotCheck{At: now, Mode: in.Mode, Compliant: in.Compliant, Note: strings.TrimSpace(in.Note), PhotoIDs: in.PhotoIDs}
		if in.ClientKey != nil {
			check.ClientKey = *in.ClientKey
		}
		if v := viewer.FromContext(ctx); v != nil {
			check.ByID = v.UserID
		}
		if !in.Compliant {
			it, err := tx.ChecklistItem.Query().Where(checklistitem.Code(SpotCheckItem)).
				Order(ent.Desc(checklistitem.FieldID)).First(ctx)
			if err != nil && !ent.IsNotFound(err) {
				return err
			}
			q := tx.Finding.Create().SetEnterpriseID(n.EnterpriseID).SetSource(finding.SourceWARNING_CHECK).
				SetDescription(fmt.Sprintf("%s 期间%s抽查：%s", n.Edges.Warning.Title,
					map[string]string{"ON_SITE": "现场", "REMOTE": "非现场"}[in.Mode], check.Note)).
				SetStatus(finding.StatusASSIGNED)
			if it != nil {
				p := selfcheck.FindingFor(it, now)
				q.SetTitle(p.Title).SetSeverity(p.Severity).SetDueAt(p.DueAt).SetGuidanceZh(p.GuidanceZh).
					SetGuidanceEn(p.GuidanceEn).SetLegalBasis(p.LegalBasis).SetItemID(it.ID)
			} else {
				q.SetTitle("重污染天气应急减排措施未落实").SetSeverity(finding.SeverityHIGH).SetDueAt(now.AddDate(0, 0, 7))
			}
			if out.Finding, err = q.Save(ctx); err != nil {
				return err
			}
			check.FindingID = &out.Finding.ID
			eid := n.EnterpriseID
			if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.create", SubjectType: "Finding", SubjectID: out.Finding.ID,
				EnterpriseID: &eid, To: string(finding.StatusASSIGNED), Comment: check.Note}); err != nil {
				return err
			}
		}
		// Photos already on the notice (an earlier check's) are not linked twice.
		linked, err := tx.WarningNotice.QueryCheckPhotos(n).IDs(ctx)
		if err != nil {
			return err
		}
		var fresh []*ent.Attachment
		for _, p := range photos {
			if !slices.Contains(linked, p.ID) {
				fresh = append(fresh, p)
			}
		}
		if out.Notice, err = tx.WarningNotice.UpdateOne(n).AppendChecks([]schematype.SpotCheck{check}).SetCheckedAt(now).
			SetCheckCompliant(in.Compliant).AddCheckPhotos(fresh...).Save(ctx); err != nil {
			return err
		}
		eid := n.EnterpriseID
		if err := audit.Record(ctx, tx, audit.Entry{Action: "warning.check", SubjectType: "WarningNotice", SubjectID: n.ID,
			EnterpriseID: &eid, To: map[bool]string{true: "COMPLIANT", false: "NOT_COMPLIANT"}[in.Compliant], Comment: check.Note}); err != nil {
			return err
		}
		db.AfterCommit(ctx, func() { s.announce(n.WarningID) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}
