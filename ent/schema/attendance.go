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

// Attendance is one enterprise person's attendance of a training (参训记录).
type Attendance struct{ ent.Schema }

func (Attendance) Fields() []ent.Field {
	return []ent.Field{
		field.Int("training_id"),
		field.Int("enterprise_id"),
		field.Int("user_id"),
		field.Time("registered_at").Default(Now),
		field.Time("joined_at").Optional().Nillable(),
		field.Int("watched_minutes").NonNegative().Default(0),
		field.JSON("watched", []int{}).Optional().Annotations(entgql.Skip()).
			Comment("the minutes of the training watched (0-based), each once: a repeated report adds nothing"),
		field.Time("completed_at").Optional().Nillable().Annotations(entgql.OrderField("COMPLETED_AT")),
	}
}

func (Attendance) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("training", Training.Type).Ref("attendances").Field("training_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("attendances").Field("enterprise_id").Unique().Required(),
		edge.To("user", User.Type).Field("user_id").Unique().Required(),
	}
}

func (Attendance) Indexes() []ent.Index {
	return []ent.Index{index.Fields("training_id", "user_id").Unique(), index.Fields("enterprise_id"), index.Fields("user_id")}
}

func (Attendance) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Attendance) Annotations() []schema.Annotation { return gqlType() }

// An enterprise user records its own attendance only (registering,
// joining, minutes watched); administrators of the district record theirs.
func (Attendance) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.OwnUserRows(enterpriseRole),
			rule.LimitUpdates(enterpriseRole, "joined_at", "watched", "watched_minutes", "completed_at", "updated_at"),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole), rule.DenyWrites()},
	}
}
