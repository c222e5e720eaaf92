package training

import (
	"context"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/files"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/trainingmaterial"
)

// MaxMaterials bounds a training's materials (培训资料).
const MaxMaterials = 30

// AddMaterials adds files (PDF slides and handouts, images; at most
// files.MaxFiles at a time and MaxMaterials in all) to a training's
// materials and returns the training. Who may is the TrainingMaterial
// policy's — the city, a district administrator for its districts' own
// trainings — asked before a byte is read; a retry with the same
// clientKey adds nothing.
func (s *Service) AddMaterials(ctx context.Context, trainingID int, in []files.File, clientKey *string) (*ent.Training, error) {
	if s.files == nil {
		return nil, apperr.New(apperr.Internal, string(apperr.Internal))
	}
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	if clientKey != nil && (*clientKey == "" || len(*clientKey) > 64) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	// Within the request's transaction, when there is one: the training
	// returned then lists the materials added.
	c := db.Client(ctx, s.client)
	t, err := c.Training.Get(ctx, trainingID)
	if err != nil {
		return nil, db.NotFoundAt("trainingID", err)
	}
	if err := db.MayWrite(ctx, c, c.TrainingMaterial.Create().SetTrainingID(t.ID).Mutation()); err != nil {
		return nil, err
	}
	if clientKey != nil {
		done, err := c.TrainingMaterial.Query().Where(trainingmaterial.UploaderID(v.UserID),
			trainingmaterial.ClientKey(*clientKey)).First(db.System(ctx))
		switch {
		case err == nil && done.TrainingID != t.ID:
			return nil, apperr.KeyReused("trainingID")
		case err == nil:
			return t, nil
		case !ent.IsNotFound(err):
			return nil, err
		}
	}
	err = s.files.Keep(ctx, in, func(ctx context.Context, tx *ent.Client, kept []files.Kept) error {
		n, err := tx.TrainingMaterial.Query().Where(trainingmaterial.TrainingID(t.ID)).Count(ctx)
		if err != nil {
			return err
		}
		if n+len(kept) > MaxMaterials {
			return apperr.Input("files", "training.too_many_materials", MaxMaterials)
		}
		bulk := make([]*ent.TrainingMaterialCreate, len(kept))
		for i, k := range kept {
			bulk[i] = tx.TrainingMaterial.Create().SetTrainingID(t.ID).SetSha256(k.SHA256).SetName(k.Name).
				SetContentType(k.ContentType).SetSize(k.Size).SetUploaderID(v.UserID).SetNillableClientKey(clientKey)
		}
		return tx.TrainingMaterial.CreateBulk(bulk...).Exec(ctx)
	})
	if err != nil {
		return nil, err
	}
	return c.Training.Get(ctx, t.ID)
}

// RemoveMaterial removes one of a training's materials (the same people
// as AddMaterials) and returns the training; the contents go when nothing
// else uses them (the files' sweep).
func (s *Service) RemoveMaterial(ctx context.Context, id int) (*ent.Training, error) {
	var out *ent.Training
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		m, err := tx.TrainingMaterial.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		// Seen but not the viewer's to change: told so (FORBIDDEN), as
		// adding to that training or setting its replay would be.
		if err := authz.Require(ctx, tx, &authz.TrainingManage, m.TrainingID); err != nil {
			return err
		}
		if err := tx.TrainingMaterial.DeleteOne(m).Exec(ctx); err != nil {
			return err
		}
		out, err = tx.Training.Get(ctx, m.TrainingID)
		return err
	})
	return out, err
}
