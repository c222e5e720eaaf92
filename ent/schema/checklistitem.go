package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schematype"
)

// ChecklistItem is one question of a checklist (检查项), with what counts as
// compliant, whom it applies to, its legal basis and the rectification
// guidance (整改方向) shown at once when an answer fails.
type ChecklistItem struct{ ent.Schema }

func (ChecklistItem) Fields() []ent.Field {
	return []ent.Field{
		field.Int("template_id"),
		field.String("code").NotEmpty().MaxRuneLen(16).Annotations(entgql.OrderField("CODE")),
		field.Enum("category").Values("EIA", "PERMIT", "FACILITY", "MONITORING", "LEDGER",
			"VOC", "HEAVY_POLLUTION", "WASTE", "DISCLOSURE", "EMERGENCY"),
		field.Int("sort_order").Default(0).Annotations(entgql.OrderField("SORT_ORDER")),
		field.Text("question_zh").NotEmpty(),
		field.Text("question_en").NotEmpty(),
		field.Enum("answer_type").Values("YES_NO", "YES_NO_NA", "NUMBER", "DATE", "CHOICE"),
		field.JSON("compliance", schematype.ComplianceRule{}).Annotations(entgql.Type("ComplianceRule")),
		field.JSON("applicability", schematype.Applicability{}).Annotations(entgql.Type("Applicability")),
		field.JSON("legal_refs", []schematype.LegalRef{}).Optional().Annotations(entgql.Type("[LegalRef!]")),
		field.String("finding_label_zh").NotEmpty().Comment("e.g. 未批先建"),
		field.String("finding_label_en").NotEmpty(),
		field.Enum("severity").Values("HIGH", "MEDIUM", "LOW"),
		field.Int("default_deadline_days").Positive(),
		field.JSON("guidance_zh", []string{}).Optional(),
		field.JSON("guidance_en", []string{}).Optional(),
	}
}

func (ChecklistItem) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("template", ChecklistTemplate.Type).Ref("items").Field("template_id").Unique().Required(),
		edge.To("answers", Answer.Type).Annotations(entgql.Skip()),
		edge.To("findings", Finding.Type).Annotations(entgql.Skip()),
		edge.To("questions", Question.Type).Annotations(reverseConn()...),
	}
}

func (ChecklistItem) Indexes() []ent.Index {
	return []ent.Index{index.Fields("template_id", "code").Unique()}
}

func (ChecklistItem) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (ChecklistItem) Annotations() []schema.Annotation { return gqlType() }

func (ChecklistItem) Policy() ent.Policy { return publicReference() }
