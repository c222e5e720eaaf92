package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/api/lifecycle"
	"greencheck/api/viewer"
	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// Finding is a problem (问题) found at an enterprise — by its self-check, a
// visit, a cross-check, a warning spot check or by hand — and carried through
// rectification to closure (销号).
type Finding struct{ ent.Schema }

func (Finding) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.Enum("source").Values("SELF_CHECK", "VISIT", "CROSS_CHECK", "WARNING_CHECK", "MANUAL"),
		field.String("title").NotEmpty().MaxRuneLen(300),
		field.Text("description").Default(""),
		field.Enum("severity").Values("HIGH", "MEDIUM", "LOW").Annotations(entgql.OrderField("SEVERITY")),
		field.Enum("status").
			Values(lifecycle.Statuses...).
			Default("FOUND").Comment("发现 交办 整改中 待核查 核查通过 退回 销号 无效").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("due_at").Annotations(entgql.OrderField("DUE_AT")),
		field.Bool("overdue").Default(false).Comment("past due and not yet verified; set by the overdue job"),
		field.Time("closed_at").Optional().Nillable().Annotations(entgql.OrderField("CLOSED_AT")),
		field.JSON("guidance_zh", []string{}).Optional().Comment("snapshot of the item's guidance"),
		field.JSON("guidance_en", []string{}).Optional(),
		field.JSON("legal_basis", []schematype.LegalRef{}).Optional().Annotations(entgql.Type("[LegalRef!]")),
		field.Int("item_id").Optional().Nillable(),
		field.Int("self_check_id").Optional().Nillable(),
		field.Int("answer_id").Optional().Nillable().Unique(),
		field.Int("visit_id").Optional().Nillable(),
		field.Int("delegate_id").Optional().Nillable().Comment("the expert the district delegated the review to (委托专家核查)"),
	}
}

func (Finding) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("findings").Field("enterprise_id").Unique().Required(),
		edge.From("item", ChecklistItem.Type).Ref("findings").Field("item_id").Unique(),
		edge.From("self_check", SelfCheck.Type).Ref("findings").Field("self_check_id").Unique(),
		edge.From("answer", Answer.Type).Ref("finding").Field("answer_id").Unique(),
		edge.From("visit", Visit.Type).Ref("findings").Field("visit_id").Unique(),
		edge.To("rectifications", Rectification.Type).Annotations(conn()),
		edge.To("extension_requests", ExtensionRequest.Type).Annotations(conn()),
		edge.To("reminders", Reminder.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("delegate", User.Type).Field("delegate_id").Unique(),
	}
}

func (Finding) Indexes() []ent.Index {
	return []ent.Index{index.Fields("enterprise_id", "status"), index.Fields("status", "due_at"),
		// the review queue (oldest submission first) and the overdue ledger
		index.Fields("status", "updated_at"), index.Fields("overdue", "due_at"),
		// a self-check's and a visit's findings; what is delegated to an expert
		index.Fields("self_check_id"), index.Fields("visit_id"), index.Fields("delegate_id")}
}

func (Finding) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Finding) Annotations() []schema.Annotation { return gqlType() }

// Enterprises create findings from their self-checks and then only move
// their status, where the lifecycle lets an enterprise (api/lifecycle); only administrators — or the expert a district delegated
// the review to — verify, close or invalidate.
func (Finding) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.LimitValues(enterpriseRole, "status", lifecycle.EnterpriseSets()...),
			rule.LimitUpdates(enterpriseRole, "status", "updated_at"),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole),
			// An expert on a visit's team records the problems found there
			// (source VISIT, the visited enterprise's).
			rule.CreateUnder("visit_id", "Visit", func(v *viewer.Viewer, m ent.Mutation) entql.P {
				e, _ := m.Field("enterprise_id")
				return entql.And(entql.HasEdgeWith("team", entql.FieldEQ("id", v.UserID)), entql.FieldEQ("enterprise_id", e))
			}, map[string]string{"source": "VISIT"}, expertRole),
			// A delegated expert records its review of the finding, nothing else.
			rule.LimitFields(expertRole, "status", "closed_at", "overdue", "due_at", "updated_at"),
			rule.AllowDelegatedExpert(), rule.DenyWrites()},
	}
}
