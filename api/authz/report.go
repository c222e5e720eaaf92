package authz

import (
	"context"

	"greencheck/ent"
)

// SavedReportChange: renaming, re-sharing, redrawing or deleting a saved
// report — its owner's alone (the SavedReport policy: one policy for
// updates and deletes, so one verdict).
var SavedReportChange = Permission{"SavedReport.change", "SavedReport", func(c *ent.Client, id int) ent.Mutation {
	return c.SavedReport.UpdateOneID(id).SetName("-").Mutation()
}}

// SavedReportViewerCan is SavedReport.viewerCan.
type SavedReportViewerCan struct{ Change bool }

// ForSavedReport answers SavedReport.viewerCan.
func ForSavedReport(ctx context.Context, c *ent.Client, r *ent.SavedReport) (*SavedReportViewerCan, error) {
	ok, err := Can(ctx, c, &SavedReportChange, r.ID)
	return &SavedReportViewerCan{Change: ok}, err
}
