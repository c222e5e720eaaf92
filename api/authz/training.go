package authz

import (
	"context"

	"greencheck/api/viewer"
	"greencheck/ent"
)

// scheduleTraining: scheduling trainings — the city (for any district or the
// whole city) and district administrators (for their own districts), as
// the Training policy says; asked of the training Schedule would write.
func scheduleTraining(ctx context.Context) Capability {
	var districts []int
	var issuer int
	if v := viewer.FromContext(ctx); v != nil {
		districts, issuer = v.DistrictIDs, v.UserID
	}
	return Capability{"scheduleTraining", func(c *ent.Client) ent.Mutation {
		return c.Training.Create().AddDistrictIDs(districts...).SetIssuedByID(issuer).Mutation()
	}}
}

// TrainingManage: setting a training's replay link and its materials — the
// city any training, a district administrator its districts' own (the
// Training and TrainingMaterial policies).
var TrainingManage = Permission{"Training.manage", "Training", func(c *ent.Client, id int) ent.Mutation {
	return c.Training.UpdateOneID(id).SetReplayURL("-").Mutation()
}}

// TrainingViewerCan is Training.viewerCan.
type TrainingViewerCan struct{ Manage bool }

// ForTraining answers Training.viewerCan (for a whole page of trainings at
// once).
func ForTraining(ctx context.Context, c *ent.Client, t *ent.Training) (*TrainingViewerCan, error) {
	ok, err := Can(ctx, c, &TrainingManage, t.ID)
	return &TrainingViewerCan{Manage: ok}, err
}
