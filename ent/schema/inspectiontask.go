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

// InspectionTask is a self-inspection task (自查任务) issued from a published
// checklist version to a scope of enterprises, each of which gets a SelfCheck.
type InspectionTask struct{ ent.Schema }

func (InspectionTask) Fields() []ent.Field {
	return []ent.Field{
		field.Int("template_id"),
		field.String("title").NotEmpty().MaxRuneLen(200).Annotations(entgql.OrderField("TITLE")),
		field.String("description").Default(""),
		field.JSON("scope", schematype.TaskScope{}).Annotations(entgql.Type("TaskScope")),
		field.Time("issued_at").Default(Now).Annotations(entgql.OrderField("ISSUED_AT")),
		field.Time("due_at").Annotations(entgql.OrderField("DUE_AT")),
		field.Enum("status").Values("OPEN", "CLOSED").Default("OPEN"),
		field.Int("issued_by_id").Optional().Nillable(),
		field.Time("closed_at").Optional().Nillable(),
	}
}

func (InspectionTask) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("template", ChecklistTemplate.Type).Ref("tasks").Field("template_id").Unique().Required(),
		edge.To("self_checks", SelfCheck.Type).Annotations(conn()),
		edge.To("issued_by", User.Type).Field("issued_by_id").Unique(),
	}
}

func (InspectionTask) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (InspectionTask) Annotations() []schema.Annotation { return gqlType() }

// A task is visible to whoever has one of its self-checks in scope; a
// district administrator changes (extends, closes) the tasks that reach only
// enterprises of its districts, the city any task.
func (InspectionTask) Policy() ent.Policy {
	a := rule.Via("self_checks", rule.OwnEnterprise)
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(a)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.WriteWhollyWithin("self_checks", rule.OwnEnterprise, districtAdmin), rule.DenyWrites()},
	}
}
