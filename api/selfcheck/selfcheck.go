// Package selfcheck is the self-inspection capability (企业自查): issuing a
// task to the enterprises in its scope, answering the checklist item by
// item (saved as given, each failing answer previewed as a finding with
// its guidance), and submitting, which creates the findings.
package selfcheck

import (
	"context"
	"fmt"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"slices"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/checklist"
	"greencheck/api/db"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/answer"
	"greencheck/ent/checklistitem"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/predicate"
	"greencheck/ent/schematype"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
)

// Service runs self-inspections.
type Service struct {
	client *ent.Client
	notify *notify.Service
	Now    func() time.Time
}

// New returns the self-inspection service.
func New(client *ent.Client, n *notify.Service) *Service {
	return &Service{client: client, notify: n, Now: time.Now}
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

// IssueTaskInput is bound to the GraphQL IssueInspectionTaskInput.
type IssueTaskInput struct {
	TemplateID  int
	Title       string
	Description *string
	DueAt       time.Time
	Scope       ScopeInput
}

// ScopeInput is bound to the GraphQL TaskScopeInput.
type ScopeInput struct {
	DistrictIDs      []int
	IndustryPrefixes []string
	PermitTiers      []enterprise.PermitTier
	AirRelated       *bool
	KeySupervised    *bool
	EnterpriseIDs    []int
}

func (in ScopeInput) scope() schematype.TaskScope {
	tiers := make([]string, len(in.PermitTiers))
	for i, t := range in.PermitTiers {
		tiers[i] = string(t)
	}
	return schematype.TaskScope{DistrictIDs: in.DistrictIDs, IndustryPrefixes: in.IndustryPrefixes,
		PermitTiers: tiers, AirRelated: in.AirRelated, KeySupervised: in.KeySupervised, EnterpriseIDs: in.EnterpriseIDs}
}

// scopeWhere selects the active enterprises of a scope. The privacy rules
// add the viewer's own limits: a district administrator reaches only its
// districts' enterprises, whatever the scope says.
func scopeWhere(sc schematype.TaskScope) []predicate.Enterprise {
	ps := []predicate.Enterprise{enterprise.StatusEQ(enterprise.StatusACTIVE)}
	if len(sc.DistrictIDs) > 0 {
		ps = append(ps, enterprise.DistrictIDIn(sc.DistrictIDs...))
	}
	if len(sc.EnterpriseIDs) > 0 {
		ps = append(ps, enterprise.IDIn(sc.EnterpriseIDs...))
	}
	if len(sc.PermitTiers) > 0 {
		tiers := make([]enterprise.PermitTier, len(sc.PermitTiers))
		for i, t := range sc.PermitTiers {
			tiers[i] = enterprise.PermitTier(t)
		}
		ps = append(ps, enterprise.PermitTierIn(tiers...))
	}
	if len(sc.IndustryPrefixes) > 0 {
		var or []predicate.Enterprise
		for _, p := range sc.IndustryPrefixes {
			or = append(or, enterprise.IndustryCodeHasPrefix(p))
		}
		ps = append(ps, enterprise.Or(or...))
	}
	if sc.AirRelated != nil {
		ps = append(ps, enterprise.AirRelated(*sc.AirRelated))
	}
	if sc.KeySupervised != nil {
		ps = append(ps, enterprise.KeySupervised(*sc.KeySupervised))
	}
	return ps
}

// MaxListedEnterprises bounds a scope's list of enterprises (a larger
// group is better chosen by district, industry or tier).
const MaxListedEnterprises = 5000

func (in ScopeInput) validate() error {
	if len(in.EnterpriseIDs) > MaxListedEnterprises {
		return apperr.Input("scope.enterpriseIDs", "task.scope_too_many", MaxListedEnterprises)
	}
	if len(in.IndustryPrefixes) > 100 || len(in.DistrictIDs) > 100 {
		return apperr.Input("scope", "input.invalid", "scope")
	}
	return nil
}

// CountInScope counts the enterprises a task with this scope would reach
// (the task wizard's live count).
func (s *Service) CountInScope(ctx context.Context, in ScopeInput) (int, error) {
	if err := in.validate(); err != nil {
		return 0, err
	}
	return s.client.Enterprise.Query().Where(scopeWhere(in.scope())...).Count(ctx)
}

func profileOf(e *ent.Enterprise) checklist.Profile {
	return checklist.Profile{PermitTier: string(e.PermitTier), IndustryCode: e.IndustryCode,
		AirRelated: e.AirRelated, KeySupervised: e.KeySupervised, VocUser: e.VocUser, HazardousWaste: e.HazardousWaste}
}

// IssueTask creates a task from a published template and, in the same
// transaction, one self-check per enterprise in scope; each enterprise's
// users are notified when it commits.
func (s *Service) IssueTask(ctx context.Context, in IssueTaskInput) (*ent.InspectionTask, error) {
	v := viewer.FromContext(ctx)
	sc := &in.Scope
	if strings.TrimSpace(in.Title) == "" {
		return nil, apperr.Input("title", "input.required", "title")
	}
	if n := input.MaxLen("InspectionTask", "title"); input.Runes(in.Title) > n {
		return nil, apperr.Input("title", "input.too_long", "title", n)
	}
	if !in.DueAt.After(s.now()) {
		return nil, apperr.Input("dueAt", "task.due_in_past")
	}
	if err := sc.validate(); err != nil {
		return nil, err
	}
	var task *ent.InspectionTask
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		// Who issues tasks is the data layer's call (InspectionTask's policy;
		// each self-check is then created only under enterprises the viewer
		// manages). A viewer bound to districts issues within them: a scope
		// naming another district is refused rather than silently narrowed
		// to the enterprises the viewer can see, and no district means its own.
		if err := authz.RequireCapability(ctx, tx, authz.IssueTask); err != nil {
			return err
		}
		if len(v.DistrictIDs) > 0 {
			for _, d := range sc.DistrictIDs {
				if !v.InDistrict(d) {
					return apperr.New(apperr.Forbidden, string(apperr.Forbidden))
				}
			}
			if len(sc.DistrictIDs) == 0 {
				sc.DistrictIDs = v.DistrictIDs
			}
		}
		tpl, err := tx.ChecklistTemplate.Query().Where(checklisttemplate.ID(in.TemplateID)).WithItems().Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.Input("templateID", "task.template_unknown")
		}
		if err != nil {
			return err
		}
		if tpl.Status != checklisttemplate.StatusPUBLISHED {
			return apperr.Input("templateID", "task.template_unpublished")
		}
		enterprises, err := tx.Enterprise.Query().Where(scopeWhere(sc.scope())...).All(ctx)
		if err != nil {
			return err
		}
		if len(enterprises) == 0 {
			return apperr.Input("scope", "task.scope_empty")
		}
		q := tx.InspectionTask.Create().SetTemplateID(tpl.ID).SetTitle(strings.TrimSpace(in.Title)).
			SetNillableDescription(in.Description).SetScope(sc.scope()).SetDueAt(in.DueAt.UTC().Truncate(time.Microsecond)).
			SetIssuedAt(s.now())
		if v != nil && v.UserID != 0 {
			q.SetIssuedByID(v.UserID)
		}
		if task, err = q.Save(ctx); err != nil {
			return err
		}
		checks := make([]*ent.SelfCheckCreate, len(enterprises))
		for i, e := range enterprises {
			n := 0
			for _, it := range tpl.Edges.Items {
				if checklist.Applies(it.Applicability, profileOf(e)) {
					n++
				}
			}
			checks[i] = tx.SelfCheck.Create().SetTaskID(task.ID).SetEnterpriseID(e.ID).SetApplicableCount(n)
		}
		for lo := 0; lo < len(checks); lo += 1000 {
			if err := tx.SelfCheck.CreateBulk(checks[lo:min(lo+1000, len(checks))]...).Exec(ctx); err != nil {
				return err
			}
		}
		if err := s.notifyEnterprises(ctx, tx, task); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "task.issue", SubjectType: "InspectionTask", SubjectID: task.ID,
			To: map[string]any{"title": task.Title, "enterprises": len(enterprises), "dueAt": task.DueAt}})
	})
	return task, err
}

// notifyEnterprises tells the users of the task's enterprises. They are
// found through the self-checks just created (a join, not a list of ids: a
// city-wide task can reach more enterprises than a statement takes
// parameters).
func (s *Service) notifyEnterprises(ctx context.Context, tx *ent.Client, task *ent.InspectionTask) error {
	users, err := tx.User.Query().Where(user.Active(true),
		user.HasEnterpriseWith(enterprise.HasSelfChecksWith(selfcheck.TaskID(task.ID)))).IDs(db.System(ctx)) // recipients, not a read
	if err != nil {
		return err
	}
	msgs := make([]notify.Message, len(users))
	for i, u := range users {
		msgs[i] = notify.Message{UserID: u, Kind: "TASK_ISSUED", Title: "新的自查任务：" + task.Title,
			Body: fmt.Sprintf("请于 %s 前完成自查并提交。", clock.Day(task.DueAt)), Link: "/selfchecks"}
	}
	return s.notify.SendMany(ctx, msgs)
}

// ApplicableItems returns the items of a self-check's template that apply
// to its enterprise, in checklist order.
//
// The self-check may come from a GraphQL query that loaded only the fields
// it asked for, so its enterprise and task are read here in full.
func (s *Service) ApplicableItems(ctx context.Context, sc *ent.SelfCheck) ([]*ent.ChecklistItem, error) {
	e, err := s.client.SelfCheck.QueryEnterprise(sc).Only(ctx)
	if err != nil {
		return nil, err
	}
	templateID, err := s.client.SelfCheck.QueryTask(sc).QueryTemplate().OnlyID(ctx)
	if err != nil {
		return nil, err
	}
	items, err := s.client.ChecklistItem.Query().Where(checklistitem.TemplateID(templateID)).
		Order(ent.Asc(checklistitem.FieldSortOrder)).All(ctx)
	if err != nil {
		return nil, err
	}
	p := profileOf(e)
	return slices.DeleteFunc(items, func(it *ent.ChecklistItem) bool { return !checklist.Applies(it.Applicability, p) }), nil
}

// Preview is the finding a failing answer will create on submit.
type Preview struct {
	Title      string
	Severity   finding.Severity
	DueAt      time.Time
	GuidanceZh []string
	GuidanceEn []string
	LegalBasis []schematype.LegalRef
}

func FindingFor(it *ent.ChecklistItem, at time.Time) *Preview {
	return &Preview{Title: it.FindingLabelZh, Severity: finding.Severity(it.Severity),
		DueAt: at.AddDate(0, 0, it.DefaultDeadlineDays), GuidanceZh: it.GuidanceZh, GuidanceEn: it.GuidanceEn, LegalBasis: it.LegalRefs}
}

// SaveAnswerInput is bound to the GraphQL input of the same name.
type SaveAnswerInput struct {
	SelfCheckID int
	ItemID      int
	Value       string
	Note        *string
	ClientKey   *string
	// AttachmentIDs are the answer's photos and files (uploaded first);
	// nil leaves them as they are, empty removes them.
	AttachmentIDs []int
}

// SaveAnswerResult is the saved answer, its self-check and, when the answer
// fails, the finding it will create.
type SaveAnswerResult struct {
	Answer    *ent.Answer
	SelfCheck *ent.SelfCheck
	Preview   *Preview
}

// SaveAnswer saves one answer as it is given (autosave). Saving the same
// answer again — a retry from a phone — changes nothing.
func (s *Service) SaveAnswer(ctx context.Context, in SaveAnswerInput) (*SaveAnswerResult, error) {
	if n := input.MaxLen("Answer", "note"); in.Note != nil && input.Runes(*in.Note) > n {
		return nil, apperr.Input("note", "input.too_long", "note", n)
	}
	var out SaveAnswerResult
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		sc, err := tx.SelfCheck.Query().Where(selfcheck.ID(in.SelfCheckID)).WithEnterprise().WithTask().Only(ctx)
		if err != nil {
			return err
		}
		if sc.Status == selfcheck.StatusSUBMITTED {
			return apperr.New(apperr.Conflict, "selfcheck.submitted")
		}
		if sc.Edges.Task.Status == inspectiontask.StatusCLOSED {
			return apperr.New(apperr.Conflict, "task.closed")
		}
		it, err := tx.ChecklistItem.Get(ctx, in.ItemID)
		if ent.IsNotFound(err) || (err == nil && it.TemplateID != sc.Edges.Task.TemplateID) {
			return apperr.Input("itemID", "selfcheck.item_unknown")
		}
		if err != nil {
			return err
		}
		if !checklist.Applies(it.Applicability, profileOf(sc.Edges.Enterprise)) {
			return apperr.Input("itemID", "selfcheck.item_not_applicable")
		}
		value := strings.TrimSpace(in.Value)
		now := s.now()
		compliant, ok := checklist.Compliant(string(it.AnswerType), it.Compliance, value, now)
		if !ok {
			return apperr.Input("value", "selfcheck.value_"+strings.ToLower(string(it.AnswerType)))
		}
		attachments, err := files.Owned(ctx, tx, "attachmentIDs", in.AttachmentIDs, sc.EnterpriseID)
		if err != nil {
			return err
		}
		existing, err := tx.Answer.Query().Where(answer.SelfCheckID(sc.ID), answer.ItemID(it.ID)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			q := tx.Answer.Create().SetSelfCheckID(sc.ID).SetItemID(it.ID).SetValue(value).
				SetNillableCompliant(compliant).SetNillableNote(in.Note).SetAnsweredAt(now).SetNillableClientKey(in.ClientKey).
				AddAttachments(attachments...)
			if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
				q.SetAnsweredByID(v.UserID)
			}
			if out.Answer, err = q.Save(ctx); err != nil {
				return err
			}
			sc, err = tx.SelfCheck.UpdateOne(sc).AddAnsweredCount(1).SetStatus(selfcheck.StatusIN_PROGRESS).Save(ctx)
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case existing.Value == value && (in.Note == nil || *in.Note == existing.Note) && in.AttachmentIDs == nil:
			// A retry changes nothing, but is still a write the viewer must be allowed.
			if err := db.MayWrite(ctx, tx, tx.Answer.UpdateOne(existing).Mutation()); err != nil {
				return err
			}
			out.Answer = existing
		default:
			q := tx.Answer.UpdateOne(existing).SetValue(value).SetAnsweredAt(now).SetNillableNote(in.Note)
			if in.AttachmentIDs != nil {
				q.ClearAttachments().AddAttachments(attachments...)
			}
			if compliant == nil {
				q.ClearCompliant()
			} else {
				q.SetCompliant(*compliant)
			}
			if out.Answer, err = q.Save(ctx); err != nil {
				return err
			}
		}
		out.SelfCheck = sc
		if out.Answer.Compliant != nil && !*out.Answer.Compliant {
			out.Preview = FindingFor(it, now)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// Progress is the share of applicable items answered, 0 to 1.
func Progress(sc *ent.SelfCheck) float64 {
	if sc.ApplicableCount == 0 {
		return 0
	}
	return float64(sc.AnsweredCount) / float64(sc.ApplicableCount)
}

// SubmitSelfCheck submits a fully answered self-check: every failing
// answer becomes a finding with the item's severity, a due date from its
// default deadline, and a snapshot of its guidance and legal basis.
// Submitting again returns the submitted self-check and creates nothing.
func (s *Service) SubmitSelfCheck(ctx context.Context, id int) (*ent.SelfCheck, []*ent.Finding, error) {
	var sc *ent.SelfCheck
	var created []*ent.Finding
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		sc, err = tx.SelfCheck.Query().Where(selfcheck.ID(id)).WithEnterprise().WithTask().Only(ctx)
		if err != nil {
			return err
		}
		if sc.Status == selfcheck.StatusSUBMITTED {
			// a retry: nothing to write, for those who may submit it
			return db.MayWrite(ctx, tx, tx.SelfCheck.UpdateOne(sc).SetStatus(selfcheck.StatusSUBMITTED).Mutation())
		}
		if sc.Edges.Task.Status == inspectiontask.StatusCLOSED {
			return apperr.New(apperr.Conflict, "task.closed")
		}
		if sc.AnsweredCount < sc.ApplicableCount {
			e := apperr.New(apperr.BadUserInput, "selfcheck.incomplete", sc.ApplicableCount-sc.AnsweredCount)
			e.Field = "id"
			return e
		}
		failing, err := tx.Answer.Query().Where(answer.SelfCheckID(sc.ID), answer.Compliant(false)).WithItem().All(ctx)
		if err != nil {
			return err
		}
		now := s.now()
		bulk := make([]*ent.FindingCreate, len(failing))
		for i, a := range failing {
			it, p := a.Edges.Item, FindingFor(a.Edges.Item, now)
			bulk[i] = tx.Finding.Create().SetEnterpriseID(sc.EnterpriseID).SetSource(finding.SourceSELF_CHECK).
				SetTitle(p.Title).SetDescription(checklist.FindingDescription(it.Code, it.QuestionZh, a.Value)).
				SetSeverity(p.Severity).SetDueAt(p.DueAt).SetGuidanceZh(p.GuidanceZh).SetGuidanceEn(p.GuidanceEn).
				SetLegalBasis(p.LegalBasis).SetItemID(it.ID).SetSelfCheckID(sc.ID).SetAnswerID(a.ID).
				SetStatus(finding.StatusRECTIFYING)
		}
		if created, err = tx.Finding.CreateBulk(bulk...).Save(ctx); err != nil {
			return err
		}
		q := tx.SelfCheck.UpdateOne(sc).SetStatus(selfcheck.StatusSUBMITTED).SetSubmittedAt(now)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			q.SetSubmittedByID(v.UserID)
		}
		if sc, err = q.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "selfcheck.submit", SubjectType: "SelfCheck", SubjectID: sc.ID,
			EnterpriseID: &sc.EnterpriseID, From: "IN_PROGRESS", To: "SUBMITTED",
			Comment: fmt.Sprintf("%d findings", len(created))})
	})
	return sc, created, err
}
