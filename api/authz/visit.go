package authz

import (
	"context"
	"time"

	"greencheck/ent"
	"greencheck/ent/visit"
)

// Visit permissions (帮扶 / 会诊): the Visit policy lets the district (and the
// city) plan, record and cancel visits to its enterprises, the experts on a
// visit's team record it, and the enterprise alone confirm it received a
// record.
var (
	// 记录帮扶情况: recording what a planned visit found.
	VisitRecord = Permission{"Visit.record", "Visit", func(c *ent.Client, id int) ent.Mutation {
		return c.Visit.UpdateOneID(id).SetStatus(visit.StatusHELD).SetNotes("-").Mutation()
	}}
	// 取消帮扶: cancelling a planned visit.
	VisitCancel = Permission{"Visit.cancel", "Visit", func(c *ent.Client, id int) ent.Mutation {
		return c.Visit.UpdateOneID(id).SetStatus(visit.StatusCANCELLED).Mutation()
	}}
	// 确认收到: the enterprise's receipt of the record.
	VisitConfirm = Permission{"Visit.confirm", "Visit", func(c *ent.Client, id int) ent.Mutation {
		return c.Visit.UpdateOneID(id).SetConfirmedAt(time.Now()).Mutation()
	}}
	// PlanVisit: planning visits (the problem list's 安排帮扶).
	PlanVisit = Capability{"planVisit", func(c *ent.Client) ent.Mutation {
		return c.Visit.Create().SetEnterpriseID(0).Mutation()
	}}
)

// VisitViewerCan is Visit.viewerCan.
type VisitViewerCan struct{ Record, Cancel, Confirm bool }

// ForVisit answers Visit.viewerCan: record or cancel a planned visit;
// confirm a held one not yet confirmed.
func ForVisit(ctx context.Context, c *ent.Client, v *ent.Visit) (*VisitViewerCan, error) {
	var out VisitViewerCan
	var err error
	switch {
	case v.Status == visit.StatusPLANNED:
		if out.Record, err = Can(ctx, c, &VisitRecord, v.ID); err == nil {
			out.Cancel, err = Can(ctx, c, &VisitCancel, v.ID)
		}
	case v.Status == visit.StatusHELD && v.ConfirmedAt == nil:
		out.Confirm, err = Can(ctx, c, &VisitConfirm, v.ID)
	}
	return &out, err
}
