// Package authz answers the SPA's "may I?" — the viewerCan fields — with the
// data layer's own privacy rules, never with role or status literals: each
// permission names the write the action would make, and the ent policy that
// would judge that write judges it here (ent.Client.Allowed / AllowedIDs),
// without making it. Where the finding lifecycle also decides (a
// rectification can only be submitted while the enterprise owes one), it is
// asked too (package lifecycle).
//
// Per-row permissions are batched per page: a page of 50 findings asking
// viewerCan { review } costs one statement, not 50 (package page).
package authz

import (
	"context"
	"time"

	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"greencheck/api/db"
	"greencheck/api/lifecycle"
	"greencheck/api/page"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/edgescope"
	"greencheck/ent/extensionrequest"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/predicate"
	"greencheck/ent/schema/rule"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
)

// Permission is one action on one kind of row, as the write it would make.
type Permission struct {
	Name string
	Type string // the entity whose rows it is about
	// Build returns the mutation the action would apply to the row id.
	Build func(c *ent.Client, id int) ent.Mutation
}

// The per-row permissions the API exposes (see graph/schema/authz.graphql).
var (
	// 延长期限 / 结束任务 — the task's policy decides who manages a task.
	TaskExtend = Permission{"InspectionTask.extend", "InspectionTask", func(c *ent.Client, id int) ent.Mutation {
		return c.InspectionTask.UpdateOneID(id).SetDueAt(time.Now()).Mutation()
	}}
	TaskClose = Permission{"InspectionTask.close", "InspectionTask", func(c *ent.Client, id int) ent.Mutation {
		return c.InspectionTask.UpdateOneID(id).SetStatus(inspectiontask.StatusCLOSED).Mutation()
	}}
	// 核查: approving or rejecting a rectification changes the finding's status.
	FindingReview = Permission{"Finding.review", "Finding", func(c *ent.Client, id int) ent.Mutation {
		return c.Finding.UpdateOneID(id).SetStatus(finding.StatusCLOSED).Mutation()
	}}
	// 委托专家核查: setting the finding's delegate.
	FindingDelegate = Permission{"Finding.delegate", "Finding", func(c *ent.Client, id int) ent.Mutation {
		return c.Finding.UpdateOneID(id).SetDelegateID(id).Mutation()
	}}
	// 延期审批: deciding an extension request (an ExtensionRequest id).
	ExtensionDecide = Permission{"ExtensionRequest.decide", "ExtensionRequest", func(c *ent.Client, id int) ent.Mutation {
		return c.ExtensionRequest.UpdateOneID(id).SetStatus(extensionrequest.StatusGRANTED).Mutation()
	}}
	// 提交整改 / 申请延期: creations under the finding.
	FindingSubmitRectification = Permission{"Finding.submitRectification", "Finding", func(c *ent.Client, id int) ent.Mutation {
		return c.Rectification.Create().SetFindingID(id).SetMeasures("-").Mutation()
	}}
	FindingRequestExtension = Permission{"Finding.requestExtension", "Finding", func(c *ent.Client, id int) ent.Mutation {
		return c.ExtensionRequest.Create().SetFindingID(id).SetReason("-").Mutation()
	}}
	// 编辑清单: changing a checklist version (drafts only, by the lifecycle of templates).
	TemplateEdit = Permission{"ChecklistTemplate.edit", "ChecklistTemplate", func(c *ent.Client, id int) ent.Mutation {
		return c.ChecklistTemplate.UpdateOneID(id).SetStatus(checklisttemplate.StatusPUBLISHED).Mutation()
	}}
	// 编辑企业 / 联系人.
	EnterpriseUpdate = Permission{"Enterprise.update", "Enterprise", func(c *ent.Client, id int) ent.Mutation {
		return c.Enterprise.UpdateOneID(id).SetName("-").Mutation()
	}}
	EnterpriseUpdateContacts = Permission{"Enterprise.updateContacts", "Enterprise", func(c *ent.Client, id int) ent.Mutation {
		return c.Enterprise.UpdateOneID(id).ClearContacts().Mutation()
	}}
	// 自查作答 / 提交: answers are created under the self-check, submitting
	// moves it to SUBMITTED.
	SelfCheckAnswer = Permission{"SelfCheck.answer", "SelfCheck", func(c *ent.Client, id int) ent.Mutation {
		return c.Answer.Create().SetSelfCheckID(id).SetValue("-").Mutation()
	}}
	SelfCheckSubmit = Permission{"SelfCheck.submit", "SelfCheck", func(c *ent.Client, id int) ent.Mutation {
		return c.SelfCheck.UpdateOneID(id).SetStatus(selfcheck.StatusSUBMITTED).Mutation()
	}}
	// 许可证 / 设施 / 环评: registry records under the enterprise.
	EnterpriseEditRegistry = Permission{"Enterprise.editRegistry", "Enterprise", func(c *ent.Client, id int) ent.Mutation {
		return c.Permit.Create().SetEnterpriseID(id).Mutation()
	}}
	// 停用 / 重置密码.
	UserManage = Permission{"User.manage", "User", func(c *ent.Client, id int) ent.Mutation {
		return c.User.UpdateOneID(id).SetActive(false).Mutation()
	}}
)

// Can reports whether the viewer in ctx may take the action p on row id.
// The row is one the viewer is reading, so its parents are visible.
func Can(ctx context.Context, c *ent.Client, p *Permission, id int) (bool, error) {
	return page.Load(ctx, p.Name, p.Type, id, func(ids []int) (map[int]bool, error) {
		if len(ids) == 1 {
			ok, err := allowed(ctx, c, p, id)
			return map[int]bool{id: ok}, err
		}
		return judge(ctx, c, p, ids)
	})
}

// fact answers a yes/no question about row id of typ (a lifecycle fact the
// rules do not hold, like "has a pending extension request"), asked of every
// row of typ seen on the request's pages in one statement: of returns the
// rows among ids for which it holds.
func fact(ctx context.Context, name, typ string, id int, of func(ids []int) ([]int, error)) (bool, error) {
	return page.Load(ctx, name, typ, id, func(ids []int) (map[int]bool, error) {
		yes, err := of(ids)
		out := make(map[int]bool, len(yes))
		for _, x := range yes {
			out[x] = true
		}
		return out, err
	})
}

// pendingExtension reports whether the finding has an extension request
// awaiting a decision (one at a time).
func pendingExtension(ctx context.Context, c *ent.Client, findingID int) (bool, error) {
	return fact(ctx, "pendingExtension", "Finding", findingID, func(ids []int) ([]int, error) {
		var out []int
		err := db.Client(ctx, c).ExtensionRequest.Query().
			Where(extensionrequest.FindingIDIn(ids...), extensionrequest.StatusEQ(extensionrequest.StatusPENDING)).
			Select(extensionrequest.FieldFindingID).Scan(ctx, &out)
		return out, err
	})
}

// allowed answers p for one row.
func allowed(ctx context.Context, c *ent.Client, p *Permission, id int) (bool, error) {
	kept, err := judge(ctx, c, p, []int{id})
	return kept[id], err
}

// judge answers p for each of ids: an update in one statement for all of
// them (the policy's filters do not depend on the row), a creation under
// each row without any (the rows are being read by this viewer, so the
// parents the creation names are visible; the rest of the policy is
// about the viewer and the fields).
func judge(ctx context.Context, c *ent.Client, p *Permission, ids []int) (map[int]bool, error) {
	c = db.Client(ctx, c)
	ctx = rule.WithLookup(ctx, func(context.Context, int) error { return nil })
	if m := p.Build(c, ids[0]); !m.Op().Is(ent.OpCreate) {
		return c.AllowedIDs(ctx, m, ids)
	}
	out := make(map[int]bool, len(ids))
	for _, id := range ids {
		ok, err := c.Allowed(ctx, p.Build(c, id))
		if err != nil {
			return nil, err
		}
		out[id] = ok
	}
	return out, nil
}

// Capability is what the viewer may do at all (menus, "new" buttons): the
// verdict of the policy on the write, whatever row it would reach.
type Capability struct {
	Name  string
	Build func(c *ent.Client) ent.Mutation
}

// The capabilities the API exposes on the viewer.
var (
	IssueTask = Capability{"issueTask", func(c *ent.Client) ent.Mutation {
		return c.InspectionTask.Create().Mutation()
	}}
	CreateEnterprise = Capability{"createEnterprise", func(c *ent.Client) ent.Mutation {
		return c.Enterprise.Create().Mutation()
	}}
	EditChecklists = Capability{"editChecklists", func(c *ent.Client) ent.Mutation {
		return c.ChecklistTemplate.Create().Mutation()
	}}
	// Upload: attach files to some enterprise's records (evidence, photos);
	// asked before a multipart body is read.
	Upload = Capability{"upload", func(c *ent.Client) ent.Mutation {
		return c.Attachment.Create().SetEnterpriseID(0).Mutation()
	}}
	ReviewFindings = Capability{"reviewFindings", func(c *ent.Client) ent.Mutation {
		return c.Finding.Update().SetStatus(finding.StatusCLOSED).Mutation()
	}}
)

// CreatableRoles are the roles of the users the viewer may create.
func CreatableRoles(ctx context.Context, c *ent.Client) ([]user.Role, error) {
	var out []user.Role
	for _, r := range []user.Role{user.RoleCITY_ADMIN, user.RoleDISTRICT_ADMIN, user.RoleEXPERT, user.RoleENTERPRISE} {
		q := c.User.Create().SetRole(r)
		if r == user.RoleENTERPRISE {
			q.SetEnterpriseID(0) // a visible enterprise (see Has)
		}
		ok, err := Has(ctx, c, Capability{Build: func(*ent.Client) ent.Mutation { return q.Mutation() }})
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// Has reports whether the viewer in ctx has the capability: the policy's
// verdict on the write, parents assumed visible (each is checked when the
// write is made).
func Has(ctx context.Context, c *ent.Client, cp Capability) (bool, error) {
	ctx = rule.WithLookup(ctx, func(context.Context, int) error { return nil })
	ctx = rule.WithLookupWhere(ctx, func(context.Context, string, int, entql.P) error { return nil })
	return c.Allowed(ctx, cp.Build(c))
}

// Require refuses (FORBIDDEN) the action p on row id unless the viewer in
// ctx may take it — the same verdict as its viewerCan field. Services call it
// first where the refusal must come before anything else is checked or
// read; the writes themselves meet the same rules again.
func Require(ctx context.Context, c *ent.Client, p *Permission, id int) error {
	return db.MayWrite(ctx, c, p.Build(c, id))
}

// FindingViewerCan is Finding.viewerCan.
type FindingViewerCan struct {
	SubmitRectification, RequestExtension, Review, Delegate bool
}

// ForFinding answers Finding.viewerCan: the lifecycle (is the step possible
// from the finding's status?) and the rules (may this viewer make it?).
func ForFinding(ctx context.Context, c *ent.Client, f *ent.Finding) (*FindingViewerCan, error) {
	status := string(f.Status)
	var out FindingViewerCan
	for _, q := range []struct {
		when bool
		p    *Permission
		set  *bool
	}{
		{lifecycle.Can("submitRectification", status), &FindingSubmitRectification, &out.SubmitRectification},
		{lifecycle.Awaits(status), &FindingRequestExtension, &out.RequestExtension},
		{lifecycle.Can("approve", status), &FindingReview, &out.Review},
		{lifecycle.Open(status), &FindingDelegate, &out.Delegate},
	} {
		if !q.when {
			continue
		}
		ok, err := Can(ctx, c, q.p, f.ID)
		if err != nil {
			return nil, err
		}
		*q.set = ok
	}
	if out.RequestExtension { // one request at a time
		pending, err := pendingExtension(ctx, c, f.ID)
		if err != nil {
			return nil, err
		}
		out.RequestExtension = !pending
	}
	return &out, nil
}

// InspectionTaskViewerCan is InspectionTask.viewerCan.
type InspectionTaskViewerCan struct{ Extend, Close bool }

// ForTask answers InspectionTask.viewerCan: an open task the viewer manages.
func ForTask(ctx context.Context, c *ent.Client, t *ent.InspectionTask) (*InspectionTaskViewerCan, error) {
	if t.Status != inspectiontask.StatusOPEN {
		return &InspectionTaskViewerCan{}, nil
	}
	extend, err := Can(ctx, c, &TaskExtend, t.ID)
	if err != nil {
		return nil, err
	}
	closing, err := Can(ctx, c, &TaskClose, t.ID)
	return &InspectionTaskViewerCan{Extend: extend, Close: closing}, err
}

// ChecklistTemplateViewerCan is ChecklistTemplate.viewerCan.
type ChecklistTemplateViewerCan struct{ Edit, Draft bool }

// ForTemplate answers ChecklistTemplate.viewerCan: drafts are edited,
// published and archived versions start new drafts.
func ForTemplate(ctx context.Context, c *ent.Client, t *ent.ChecklistTemplate) (*ChecklistTemplateViewerCan, error) {
	ok, err := Can(ctx, c, &TemplateEdit, t.ID)
	if err != nil {
		return nil, err
	}
	draft := t.Status == checklisttemplate.StatusDRAFT
	return &ChecklistTemplateViewerCan{Edit: ok && draft, Draft: ok && !draft}, nil
}

// EnterpriseViewerCan is Enterprise.viewerCan.
type EnterpriseViewerCan struct{ Update, UpdateContacts, EditRegistry bool }

// ForEnterprise answers Enterprise.viewerCan.
func ForEnterprise(ctx context.Context, c *ent.Client, e *ent.Enterprise) (*EnterpriseViewerCan, error) {
	var out EnterpriseViewerCan
	var err error
	if out.Update, err = Can(ctx, c, &EnterpriseUpdate, e.ID); err != nil {
		return nil, err
	}
	if out.UpdateContacts, err = Can(ctx, c, &EnterpriseUpdateContacts, e.ID); err != nil {
		return nil, err
	}
	out.EditRegistry, err = Can(ctx, c, &EnterpriseEditRegistry, e.ID)
	return &out, err
}

// ExtensionRequestViewerCan is ExtensionRequest.viewerCan.
type ExtensionRequestViewerCan struct{ Decide bool }

// ForExtensionRequest answers ExtensionRequest.viewerCan: a pending request
// the viewer may grant or refuse.
func ForExtensionRequest(ctx context.Context, c *ent.Client, r *ent.ExtensionRequest) (*ExtensionRequestViewerCan, error) {
	if r.Status != extensionrequest.StatusPENDING {
		return &ExtensionRequestViewerCan{}, nil
	}
	// Only while the finding is open: a decision on a closed one would
	// rewrite its deadline after the fact (and the on-time figures).
	open, err := fact(ctx, "findingOpen", "ExtensionRequest", r.ID, func(ids []int) ([]int, error) {
		return db.Client(ctx, c).ExtensionRequest.Query().Where(extensionrequest.IDIn(ids...),
			extensionrequest.HasFindingWith(finding.StatusIn(lifecycle.As[finding.Status](lifecycle.OpenStatuses)...))).IDs(ctx)
	})
	if err != nil || !open {
		return &ExtensionRequestViewerCan{}, err
	}
	ok, err := Can(ctx, c, &ExtensionDecide, r.ID)
	return &ExtensionRequestViewerCan{Decide: ok}, err
}

// SelfCheckViewerCan is SelfCheck.viewerCan.
type SelfCheckViewerCan struct{ Answer, Submit bool }

// ForSelfCheck answers SelfCheck.viewerCan: a self-check not yet submitted,
// of a task still open, that the viewer may answer — and submit once every
// applicable item is answered.
func ForSelfCheck(ctx context.Context, c *ent.Client, sc *ent.SelfCheck) (*SelfCheckViewerCan, error) {
	if sc.Status == selfcheck.StatusSUBMITTED {
		return &SelfCheckViewerCan{}, nil
	}
	open, err := fact(ctx, "taskOpen", "SelfCheck", sc.ID, func(ids []int) ([]int, error) {
		return db.Client(ctx, c).SelfCheck.Query().Where(selfcheck.IDIn(ids...),
			selfcheck.HasTaskWith(inspectiontask.StatusEQ(inspectiontask.StatusOPEN))).IDs(ctx)
	})
	if err != nil || !open {
		return &SelfCheckViewerCan{}, err
	}
	var out SelfCheckViewerCan
	if out.Answer, err = Can(ctx, c, &SelfCheckAnswer, sc.ID); err != nil {
		return nil, err
	}
	if sc.AnsweredCount >= sc.ApplicableCount { // every applicable item answered
		out.Submit, err = Can(ctx, c, &SelfCheckSubmit, sc.ID)
	}
	return &out, err
}

// UserViewerCan is User.viewerCan.
type UserViewerCan struct{ Manage bool }

// ForUser answers User.viewerCan; nobody manages their own account here
// (changePassword is for that).
func ForUser(ctx context.Context, c *ent.Client, u *ent.User) (*UserViewerCan, error) {
	if v := viewer.FromContext(ctx); v != nil && v.UserID == u.ID {
		return &UserViewerCan{}, nil
	}
	ok, err := Can(ctx, c, &UserManage, u.ID)
	return &UserViewerCan{Manage: ok}, err
}

// ViewerCan is Viewer.can.
type ViewerCan struct {
	IssueTask, CreateEnterprise, EditChecklists, ReviewFindings, ReadAuditTrail bool
	PublishWarning, ManageWarningChannels, KeepEmissionPlans                    bool
	AskQuestion, PlanVisit, ScheduleTraining, ManagePartnerKeys                 bool
	CreatableRoles                                                              []user.Role
}

// ForViewer answers Viewer.can.
func ForViewer(ctx context.Context, c *ent.Client) (*ViewerCan, error) {
	var out ViewerCan
	for _, q := range []struct {
		cp  Capability
		set *bool
	}{
		{IssueTask, &out.IssueTask}, {CreateEnterprise, &out.CreateEnterprise},
		{EditChecklists, &out.EditChecklists}, {ReviewFindings, &out.ReviewFindings},
		{publishWarning(ctx), &out.PublishWarning}, {ManageWarningChannels, &out.ManageWarningChannels},
		{KeepEmissionPlans, &out.KeepEmissionPlans}, {AskQuestion, &out.AskQuestion},
		{PlanVisit, &out.PlanVisit}, {scheduleTraining(ctx), &out.ScheduleTraining},
		{ManagePartnerKeys, &out.ManagePartnerKeys},
	} {
		ok, err := Has(ctx, c, q.cp)
		if err != nil {
			return nil, err
		}
		*q.set = ok
	}
	var err error
	// A read: the trail's own read policy, without reading.
	out.ReadAuditTrail = ent.MayRead(ctx, "AuditEntry")
	out.CreatableRoles, err = CreatableRoles(ctx, c)
	return &out, err
}

// RequireCapability refuses (FORBIDDEN) a viewer without the capability —
// the same verdict as its me.can field.
func RequireCapability(ctx context.Context, c *ent.Client, cp Capability) error {
	ok, err := Has(ctx, c, cp)
	if err != nil {
		return err
	}
	if !ok {
		return privacy.Denyf("authz: %s not allowed", cp.Name)
	}
	return nil
}

// Reviewable is the findings the viewer in ctx may review now: a
// rectification awaits review (the lifecycle) and the review rules let the
// viewer decide it (its districts, or the reviews delegated to it) — the
// review queue (待核查) of each reviewer, and the rows where
// Finding.viewerCan.review is true.
func Reviewable(ctx context.Context, c *ent.Client) (predicate.Finding, error) {
	c = db.Client(ctx, c)
	rules, ok, err := c.AllowedWhere(ctx, FindingReview.Build(c, 0))
	if err != nil {
		return nil, err
	}
	if !ok {
		return predicate.Finding(edgescope.None), nil
	}
	var from []finding.Status
	for _, t := range lifecycle.Transitions {
		if t.Name == "approve" {
			from = append(from, lifecycle.As[finding.Status](t.From)...)
		}
	}
	return finding.And(finding.StatusIn(from...), predicate.Finding(rules)), nil
}
