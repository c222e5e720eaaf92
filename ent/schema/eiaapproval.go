package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// EIAApproval is an environmental-impact-assessment approval (环评批复) of one
// project, with its completion acceptance (竣工环保验收).
type EIAApproval struct{ ent.Schema }

func (EIAApproval) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.String("project_name").NotEmpty().MaxRuneLen(200),
		field.String("document_number").NotEmpty().MaxRuneLen(64).Comment("e.g. 长环评〔2021〕12号"),
		field.Enum("report_type").Values("REPORT", "REPORT_FORM", "REGISTRATION_FORM").
			Comment("报告书 / 报告表 / 登记表"),
		field.Float("approved_capacity").Optional().Nillable().Min(0),
		field.String("capacity_unit").Default(""),
		field.Time("approved_on").Annotations(entgql.OrderField("APPROVED_ON")),
		field.Time("acceptance_on").Optional().Nillable().Comment("竣工环保验收"),
	}
}

func (EIAApproval) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("eia_approvals").Field("enterprise_id").Unique().Required(),
	}
}

func (EIAApproval) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (EIAApproval) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("eiaApprovals"), entgql.RelayConnection()}
}

func (EIAApproval) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }
