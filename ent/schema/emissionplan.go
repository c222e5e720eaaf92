package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// EmissionPlan is an enterprise's emergency emission-reduction plan for one
// year (应急减排清单 / 一厂一策, 长政办发〔2024〕5号 §3): its performance grade
// and, per warning level, what each production line or process does. A
// warning notice carries the measures of its level from the plan of the
// warning's year.
type EmissionPlan struct{ ent.Schema }

func (EmissionPlan) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.Int("year").Range(2000, 2100).Annotations(entgql.OrderField("YEAR")),
		field.Enum("grade").Values("A", "B", "B_MINUS", "C", "D", "LEADING", "GUARANTEE", "NONE").Default("NONE").
			Comment("绩效分级 of the year; LEADING 引领性, GUARANTEE 保障类"),
		field.JSON("measures", []schematype.PlanMeasure{}).Optional().Annotations(entgql.Type("[PlanMeasure!]")),
		field.Text("note").Default("").MaxRuneLen(2000),
		field.Bool("self_declared").Default(false).
			Comment("the measures were last saved by the enterprise itself (自主减排: A-grade, 引领性 and 保障类 enterprises)"),
	}
}

func (EmissionPlan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("emission_plans").Field("enterprise_id").Unique().Required(),
	}
}

func (EmissionPlan) Indexes() []ent.Index {
	return []ent.Index{index.Fields("enterprise_id", "year").Unique()}
}

func (EmissionPlan) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (EmissionPlan) Annotations() []schema.Annotation { return gqlType() }

// SelfDeclaringGrades are the grades whose enterprises declare their own
// measures (自主减排): A and 引领性 choose them (长政办发〔2024〕5号; the
// technical guide's 自主采取减排措施), 保障类 (livelihood guarantee) have
// reduced or exempt ones they state themselves.
var SelfDeclaringGrades = []string{"A", "LEADING", "GUARANTEE"}

// PlanDeclarationFields are what an enterprise changes on its own plan:
// the measures and the note, never the grade, the year or whose it is.
var PlanDeclarationFields = []string{"measures", "note", "self_declared", "updated_at"}

// Plans are kept by the districts (and the city) for their enterprises; an
// enterprise of a self-declaring grade updates the measures of its own
// plan for this year (Asia/Shanghai) or a later one — a past season's list
// is kept as it was.
func (EmissionPlan) Policy() ent.Policy {
	grades := make([]any, len(SelfDeclaringGrades))
	for i, g := range SelfDeclaringGrades {
		grades[i] = g
	}
	shanghai := time.FixedZone("Asia/Shanghai", 8*60*60)
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.LimitUpdates(enterpriseRole, PlanDeclarationFields...),
			rule.UpdateScopedWhereFunc(rule.OwnEnterprise, func() entql.P {
				return entql.And(entql.FieldIn("grade", grades...), entql.FieldGTE("year", time.Now().In(shanghai).Year()))
			}, enterpriseRole),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin), rule.DenyWrites()},
	}
}
