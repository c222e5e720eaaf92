package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/api/uscc"
	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// Enterprise is a regulated enterprise (企业), identified by its unified
// social credit code (统一社会信用代码).
type Enterprise struct{ ent.Schema }

func (Enterprise) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxRuneLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("credit_code").Unique().MaxRuneLen(18).Validate(uscc.Validate).
			Annotations(entgql.OrderField("CREDIT_CODE")),
		field.Int("district_id"),
		field.String("address").Default("").MaxRuneLen(300),
		field.Float("longitude").Optional().Nillable().Min(-180).Max(180),
		field.Float("latitude").Optional().Nillable().Min(-90).Max(90),
		field.String("industry_code").MaxRuneLen(4).Match(industryRE).Comment("GB/T 4754-2017 class").
			Annotations(entgql.OrderField("INDUSTRY_CODE")),
		field.String("industry_name").NotEmpty().MaxRuneLen(100),
		field.Enum("permit_tier").Values("KEY", "SIMPLIFIED", "REGISTRATION", "NONE").
			Comment("排污许可 重点/简化/登记/无").Annotations(entgql.OrderField("PERMIT_TIER")),
		field.Bool("air_related").Default(true).Comment("涉气"),
		field.Bool("key_supervised").Default(false).Comment("环境监管重点单位"),
		field.Bool("voc_user").Default(false).Comment("uses VOC-containing materials"),
		field.Bool("hazardous_waste").Default(false).Comment("generates hazardous waste"),
		field.Enum("performance_grade").Values("A", "B", "B_MINUS", "C", "D", "LEADING", "GUARANTEE", "NONE").
			Default("NONE").Comment("绩效分级; LEADING 引领性, GUARANTEE 保障类").
			Annotations(entgql.OrderField("PERFORMANCE_GRADE")),
		field.JSON("contacts", []schematype.Contact{}).Optional().
			Comment("personal data: masked for partners").
			Annotations(entgql.Type("[Contact!]")),
		field.Enum("status").Values("ACTIVE", "SUSPENDED", "CLOSED").Default("ACTIVE"),
	}
}

func (Enterprise) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("district", District.Type).Ref("enterprises").Field("district_id").Unique().Required(),
		edge.To("permits", Permit.Type).Annotations(conn()),
		edge.To("facilities", Facility.Type).Annotations(conn()),
		edge.To("eia_approvals", EIAApproval.Type).Annotations(conn()),
		edge.To("self_checks", SelfCheck.Type).Annotations(conn()),
		edge.To("findings", Finding.Type).Annotations(conn()),
		edge.To("users", User.Type).Annotations(conn()),
		edge.To("warning_notices", WarningNotice.Type).Annotations(conn()),
		edge.To("emission_plans", EmissionPlan.Type).Annotations(conn()),
		edge.To("visits", Visit.Type).Annotations(conn()),
		edge.To("questions", Question.Type).Annotations(conn()),
		edge.To("attendances", Attendance.Type).Annotations(conn()),
		edge.To("attachments", Attachment.Type).Annotations(conn()),
		edge.To("audit_entries", AuditEntry.Type).Annotations(entgql.Skip()),
	}
}

func (Enterprise) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id", "name"), index.Fields("industry_code")}
}

func (Enterprise) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Enterprise) Annotations() []schema.Annotation { return gqlType() }

// Enterprise users may change their own enterprise (the service layer limits
// them to its contacts); district administrators those of their districts.
func (Enterprise) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.Anchor{})},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.LimitFields(enterpriseRole, "contacts", "updated_at"),
			rule.WriteScoped(rule.Anchor{}, districtAdmin, enterpriseRole), rule.DenyWrites()},
	}
}
