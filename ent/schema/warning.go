package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// Warning is a heavy-pollution-weather warning (重污染天气预警): yellow, orange
// or red, for some districts, with measures per performance grade.
type Warning struct{ ent.Schema }

func (Warning) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Enum("level").Values("YELLOW", "ORANGE", "RED").Comment("黄/橙/红 → 响应 III/II/I").
			Annotations(entgql.OrderField("LEVEL")),
		field.Text("content").Default("").MaxRuneLen(5000),
		field.Time("effective_from").Annotations(entgql.OrderField("EFFECTIVE_FROM")),
		field.Time("effective_to").Optional().Nillable(),
		field.JSON("measures", []schematype.GradeMeasure{}).Optional().Annotations(entgql.Type("[GradeMeasure!]")),
		field.Enum("status").Values("DRAFT", "ACTIVE", "LIFTED").Default("DRAFT"),
		field.Time("published_at").Optional().Nillable(),
		field.Int("issued_by_id").Optional().Nillable(),
		field.Int("ack_sla_minutes").Default(120).Range(1, 24*60).
			Comment("确认时限: a notice is acknowledged in time when acknowledged within this many minutes of its push and before it takes effect"),
		field.Int("report_sla_minutes").Default(240).Range(1, 7*24*60).
			Comment("上报时限: measures are reported in time within this many minutes after the notice takes effect"),
		field.Int("repush_minutes").Default(30).Range(1, 24*60).
			Comment("escalation: a notice not acknowledged this many minutes after its push is pushed again (in-app and channels)"),
		field.Int("call_minutes").Default(60).Range(1, 7*24*60).
			Comment("escalation: … and after this many minutes its enterprise is on the district's call list"),
		field.Int("round").Default(0).Comment("the current round (0: a draft never published)"),
		field.JSON("rounds", []schematype.WarningRound{}).Optional().
			Comment("every round so far, in order: publication, upgrades, downgrades, extensions, lifting").
			Annotations(entgql.Type("[WarningRound!]")),
	}
}

func (Warning) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("districts", District.Type),
		edge.To("notices", WarningNotice.Type).Annotations(conn()),
		edge.To("issued_by", User.Type).Field("issued_by_id").Unique(),
		edge.To("webhook_deliveries", WebhookDelivery.Type).Annotations(conn()),
	}
}

func (Warning) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Warning) Annotations() []schema.Annotation { return gqlType() }

// A warning is public once published: every signed-in viewer reads it.
// Drafts are their authors': the city's, and a district administrator's
// warning for its own districts only (区县预警), which it also publishes,
// adjusts and lifts.
func (Warning) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.FilterPublished("districts", districtAdmin)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.WriteDistrictsWithin("districts", districtAdmin), rule.DenyWrites()},
	}
}
