package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// WarningNotice is one enterprise's copy of a warning (预警通知) with its
// receipts: delivered, read, acknowledged (确认收到), measures reported
// (措施落实上报).
type WarningNotice struct{ ent.Schema }

func (WarningNotice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("warning_id"),
		field.Int("enterprise_id"),
		field.Time("delivered_at").Optional().Nillable(),
		field.Time("read_at").Optional().Nillable(),
		field.Time("acknowledged_at").Optional().Nillable().Annotations(entgql.OrderField("ACKNOWLEDGED_AT")),
		field.Int("acknowledged_by_id").Optional().Nillable(),
		field.Time("measures_reported_at").Optional().Nillable(),
		field.Text("report").Default(""),
	}
}

func (WarningNotice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("warning", Warning.Type).Ref("notices").Field("warning_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("warning_notices").Field("enterprise_id").Unique().Required(),
		edge.To("acknowledged_by", User.Type).Field("acknowledged_by_id").Unique(),
		edge.To("evidence", Attachment.Type),
	}
}

func (WarningNotice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("warning_id", "enterprise_id").Unique()}
}

func (WarningNotice) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (WarningNotice) Annotations() []schema.Annotation { return gqlType() }

func (WarningNotice) Policy() ent.Policy {
	return enterpriseScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole)
}
