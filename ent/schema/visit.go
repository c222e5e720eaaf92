package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/api/viewer"
	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// Visit is an on-site assistance visit (帮扶) or expert consultation (会诊) at
// an enterprise: planned by the district (often from the problem list, with
// the reasons that put the enterprise there) with a team of staff and
// experts; recorded after it was held — notes, photos, the problems found
// on site (each a Finding with source VISIT, entering the rectification
// loop) and the tailored plan (一企一策) — and confirmed received by the
// enterprise. Status: PLANNED → HELD, or CANCELLED.
type Visit struct{ ent.Schema }

func (Visit) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.Enum("kind").Values("ASSISTANCE", "CONSULTATION"),
		field.Enum("status").Values("PLANNED", "HELD", "CANCELLED").Default("PLANNED"),
		field.Time("scheduled_on").Annotations(entgql.OrderField("SCHEDULED_ON")),
		field.Time("held_on").Optional().Nillable(),
		field.Text("notes").Default("").MaxRuneLen(5000),
		field.Text("plan").Default("").MaxRuneLen(5000).Comment("一企一策: the plan's summary"),
		field.JSON("plan_steps", []schematype.PlanStep{}).Optional().Comment("一企一策: its measures, each with who answers for it and by when"),
		field.JSON("reasons", []string{}).Optional().Comment("the problem-list reasons it was planned for"),
		field.Int("planned_by_id").Optional().Nillable(),
		field.Time("confirmed_at").Optional().Nillable().Comment("the enterprise confirmed it received the record"),
		field.Int("confirmed_by_id").Optional().Nillable(),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key of the planning request: a retry plans once").Annotations(entgql.Skip()),
	}
}

func (Visit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("visits").Field("enterprise_id").Unique().Required(),
		edge.To("team", User.Type),
		edge.To("findings", Finding.Type).Annotations(conn()),
		edge.To("photos", Attachment.Type),
		edge.To("planned_by", User.Type).Field("planned_by_id").Unique(),
		edge.To("confirmed_by", User.Type).Field("confirmed_by_id").Unique(),
	}
}

func (Visit) Indexes() []ent.Index {
	return []ent.Index{index.Fields("enterprise_id", "status"), index.Fields("planned_by_id", "client_key")}
}

func (Visit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Visit) Annotations() []schema.Annotation { return gqlType() }

// The district plans and records visits (the city too), and so do the
// experts on a visit's team; the enterprise reads its own and confirms
// receiving the record, and only it confirms; experts read their
// districts' visits. The team and photos must be
// visible to whoever sets them.
func (Visit) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.CreatedOnlyBy(districtAdmin, viewer.RoleCityAdmin),
			rule.SetOnlyBy("confirmed_at", enterpriseRole), rule.ReferencesVisible("team", "photos"), rule.AllowCityAdmin(),
			rule.LimitUpdates(enterpriseRole, "confirmed_at", "confirmed_by_id", "updated_at"),
			// The experts of its team record it (held, notes, photos, the
			// plan) — never cancel or re-plan it.
			rule.LimitFields(expertRole, "status", "held_on", "notes", "plan", "plan_steps", "updated_at", "photos_id"),
			rule.LimitValues(expertRole, "status", "HELD"), rule.AllowMembers("team", expertRole),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole), rule.DenyWrites()},
	}
}
