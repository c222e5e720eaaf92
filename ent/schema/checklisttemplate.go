package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ChecklistTemplate is one version of a self-inspection checklist (自查清单).
// A published version is frozen; editing starts a new draft version.
type ChecklistTemplate struct{ ent.Schema }

func (ChecklistTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(200).Annotations(entgql.OrderField("NAME")),
		field.Int("version").Positive().Annotations(entgql.OrderField("VERSION")),
		field.Enum("status").Values("DRAFT", "PUBLISHED", "ARCHIVED").Default("DRAFT"),
		field.String("description").Default(""),
		field.Time("published_at").Optional().Nillable(),
	}
}

func (ChecklistTemplate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("items", ChecklistItem.Type).Annotations(conn()),
		edge.To("tasks", InspectionTask.Type).Annotations(reverseConn()...),
	}
}

func (ChecklistTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("name", "version").Unique()}
}

func (ChecklistTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (ChecklistTemplate) Annotations() []schema.Annotation { return gqlType() }

func (ChecklistTemplate) Policy() ent.Policy { return publicReference() }
