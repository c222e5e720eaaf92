package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// TrainingMaterial is a file handed out with a training (培训资料: slides,
// handouts as PDF or images), stored once by its SHA-256 content hash like
// an Attachment but owned by the training, not by an enterprise.
type TrainingMaterial struct{ ent.Schema }

func (TrainingMaterial) Fields() []ent.Field {
	return []ent.Field{
		field.Int("training_id"),
		field.String("sha256").Match(sha256RE).Immutable(),
		field.String("name").NotEmpty().MaxRuneLen(255),
		field.String("content_type").NotEmpty(),
		field.Int64("size").NonNegative(),
		field.Int("uploader_id").Optional().Nillable(),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key of the upload request: a retry adds nothing").Annotations(entgql.Skip()),
	}
}

func (TrainingMaterial) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("training", Training.Type).Ref("materials").Field("training_id").Unique().Required(),
		edge.To("uploader", User.Type).Field("uploader_id").Unique(),
	}
}

func (TrainingMaterial) Indexes() []ent.Index {
	return []ent.Index{index.Fields("training_id"), index.Fields("uploader_id", "client_key"), index.Fields("sha256")}
}

func (TrainingMaterial) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (TrainingMaterial) Annotations() []schema.Annotation { return gqlType() }

// Materials go with their training: read by whoever may read it
// (rule.ReadableThrough, the Training policy), added and removed by the
// city, or by a district administrator for its districts' own trainings —
// those it may change (rule.WriteUnder).
func (TrainingMaterial) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.ReadableThrough("training_id", "trainings", "Training")},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.WriteUnder("training_id", "training", "Training", rule.DistrictsWithin("districts"), districtAdmin), rule.DenyWrites()},
	}
}
