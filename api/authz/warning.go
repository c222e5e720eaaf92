package authz

import (
	"context"
	"time"

	"greencheck/api/db"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/emissionplan"
	"greencheck/ent/schematype"
	"greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// Warning permissions: the warning's policy decides who manages a warning
// (the city; a district administrator its own districts' warnings), the
// notice's who records receipts (the enterprise itself).
var (
	// 编辑 / 发布 / 调整 a warning: changing it.
	WarningManage = Permission{"Warning.manage", "Warning", func(c *ent.Client, id int) ent.Mutation {
		return c.Warning.UpdateOneID(id).SetTitle("-").Mutation()
	}}
	// 确认收到: the enterprise's acknowledgement.
	NoticeAcknowledge = Permission{"WarningNotice.acknowledge", "WarningNotice", func(c *ent.Client, id int) ent.Mutation {
		return c.WarningNotice.UpdateOneID(id).SetAcknowledgedAt(time.Now()).Mutation()
	}}
	// 电话督促: recording a call to the notice's enterprise.
	NoticeCall = Permission{"WarningNotice.call", "WarningNotice", func(c *ent.Client, id int) ent.Mutation {
		return c.WarningNotice.UpdateOneID(id).SetCalls([]schematype.CallAttempt{}).Mutation()
	}}
	// 抽查: recording a spot check of the notice's enterprise.
	NoticeCheck = Permission{"WarningNotice.check", "WarningNotice", func(c *ent.Client, id int) ent.Mutation {
		return c.WarningNotice.UpdateOneID(id).SetChecks([]schematype.SpotCheck{}).Mutation()
	}}
	// 措施落实上报: the enterprise's report.
	NoticeReport = Permission{"WarningNotice.report", "WarningNotice", func(c *ent.Client, id int) ent.Mutation {
		return c.WarningNotice.UpdateOneID(id).SetReport("-").Mutation()
	}}
)

// Emission-plan permissions: the plan's policy lets the district's
// administrators change it all and an enterprise of a self-declaring grade
// the measures of its own (自主减排).
var (
	EmissionPlanEdit = Permission{"EmissionPlan.edit", "EmissionPlan", func(c *ent.Client, id int) ent.Mutation {
		return c.EmissionPlan.UpdateOneID(id).SetGrade(emissionplan.GradeNONE).Mutation()
	}}
	EmissionPlanEditMeasures = Permission{"EmissionPlan.editMeasures", "EmissionPlan", func(c *ent.Client, id int) ent.Mutation {
		return c.EmissionPlan.UpdateOneID(id).SetMeasures(nil).Mutation()
	}}
)

// EmissionPlanViewerCan is EmissionPlan.viewerCan.
type EmissionPlanViewerCan struct{ Edit, EditMeasures bool }

// ForEmissionPlan answers EmissionPlan.viewerCan.
func ForEmissionPlan(ctx context.Context, c *ent.Client, p *ent.EmissionPlan) (*EmissionPlanViewerCan, error) {
	var out EmissionPlanViewerCan
	var err error
	if out.Edit, err = Can(ctx, c, &EmissionPlanEdit, p.ID); err != nil || out.Edit {
		out.EditMeasures = out.Edit
		return &out, err
	}
	out.EditMeasures, err = Can(ctx, c, &EmissionPlanEditMeasures, p.ID)
	return &out, err
}

// WarningViewerCan is Warning.viewerCan.
type WarningViewerCan struct{ Edit, Publish, Adjust bool }

// ForWarning answers Warning.viewerCan: a draft is edited and published, an
// active warning adjusted (upgrade, downgrade, extend, lift), by whoever may
// change it.
func ForWarning(ctx context.Context, c *ent.Client, w *ent.Warning) (*WarningViewerCan, error) {
	if w.Status == warning.StatusLIFTED {
		return &WarningViewerCan{}, nil
	}
	ok, err := Can(ctx, c, &WarningManage, w.ID)
	if err != nil || !ok {
		return &WarningViewerCan{}, err
	}
	draft := w.Status == warning.StatusDRAFT
	return &WarningViewerCan{Edit: draft, Publish: draft, Adjust: !draft}, nil
}

// WarningNoticeViewerCan is WarningNotice.viewerCan.
type WarningNoticeViewerCan struct{ Acknowledge, Report, Call, Check bool }

// ForWarningNotice answers WarningNotice.viewerCan: acknowledge a notice not
// yet acknowledged; report on an acknowledged one of the warning's current
// round while it is active (not a lifting).
func ForWarningNotice(ctx context.Context, c *ent.Client, n *ent.WarningNotice) (*WarningNoticeViewerCan, error) {
	var out WarningNoticeViewerCan
	var err error
	if n.Kind != warningnotice.KindLIFT {
		if out.Check, err = Can(ctx, c, &NoticeCheck, n.ID); err != nil {
			return nil, err
		}
	}
	if n.AcknowledgedAt == nil {
		// Once the warning is lifted only the lifting asks to be acknowledged.
		over := false
		if n.Kind != warningnotice.KindLIFT {
			if over, err = fact(ctx, "noticeOver", "WarningNotice", n.ID, func(ids []int) ([]int, error) {
				return db.Client(ctx, c).WarningNotice.Query().Where(warningnotice.IDIn(ids...), warningnotice.KindNEQ(warningnotice.KindLIFT),
					warningnotice.HasWarningWith(warning.StatusEQ(warning.StatusLIFTED))).IDs(ctx)
			}); err != nil {
				return nil, err
			}
		}
		if !over {
			if out.Acknowledge, err = Can(ctx, c, &NoticeAcknowledge, n.ID); err != nil {
				return nil, err
			}
		}
		out.Call, err = Can(ctx, c, &NoticeCall, n.ID)
		return &out, err
	}
	if n.Kind == warningnotice.KindLIFT {
		return &out, nil
	}
	current, err := fact(ctx, "noticeCurrent", "WarningNotice", n.ID, func(ids []int) ([]int, error) {
		var out []int
		ns, err := db.Client(ctx, c).WarningNotice.Query().Where(warningnotice.IDIn(ids...)).
			WithWarning(func(q *ent.WarningQuery) { q.Select(warning.FieldStatus, warning.FieldRound) }).All(ctx)
		for _, x := range ns {
			if w := x.Edges.Warning; w != nil && w.Status == warning.StatusACTIVE && w.Round == x.Round {
				out = append(out, x.ID)
			}
		}
		return out, err
	})
	if err != nil || !current {
		return &out, err
	}
	out.Report, err = Can(ctx, c, &NoticeReport, n.ID)
	return &out, err
}

// ManageWarningChannels: configuring the outbound channels and reading
// their delivery log.
var ManageWarningChannels = Capability{"manageWarningChannels", func(c *ent.Client) ent.Mutation {
	return c.WarningChannel.Create().Mutation()
}}

// KeepEmissionPlans: editing and importing the enterprises' emission plans
// (应急减排清单) — administrators, for the enterprises of their scope.
var KeepEmissionPlans = Capability{"keepEmissionPlans", func(c *ent.Client) ent.Mutation {
	return c.EmissionPlan.Create().SetEnterpriseID(0).Mutation()
}}

// PublishWarning: drafting and publishing warnings — the city for any
// districts, a district administrator for its own.
func publishWarning(ctx context.Context) Capability {
	var districts []int
	var issuer int
	if v := viewer.FromContext(ctx); v != nil {
		districts, issuer = v.DistrictIDs, v.UserID
	}
	// The draft as SaveDraft writes it: the viewer's districts, issued by
	// the viewer (a district's warning is its own user's).
	return Capability{"publishWarning", func(c *ent.Client) ent.Mutation {
		return c.Warning.Create().AddDistrictIDs(districts...).SetIssuedByID(issuer).Mutation()
	}}
}
