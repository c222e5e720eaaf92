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
