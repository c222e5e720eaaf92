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
)

// SavedReport is a report an administrator keeps (保存的报表): its name, its
// input (a ReportInput as JSON, checked by api/report when saved), how it
// is drawn, and whether it is shared. A shared report is readable by every
// administrator and expert; each reader's figures are their own scope's,
// since the report runs as whoever reads it.
type SavedReport struct{ ent.Schema }

func (SavedReport) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().Comment("its owner"),
		field.String("name").NotEmpty().MaxRuneLen(100).Annotations(entgql.OrderField("NAME")),
		field.Text("input").MaxRuneLen(20000).Comment("the ReportInput, JSON"),
		field.Enum("chart").Values("TABLE", "BAR", "LINE", "PIE", "MAP").Default("TABLE").
			Comment("how it is drawn; MAP: the districts of the city shaded by the first measure (a report by DISTRICT alone)"),
		field.Bool("shared").Default(false),
		field.Bool("pinned").Default(false).Comment("shown on its owner's home (首页看板), at most report.MaxPinned a user"),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key of the saving request: a retry saves once").Annotations(entgql.Skip()),
	}
}

func (SavedReport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("saved_reports").Field("user_id").Unique().Required().Immutable(),
	}
}

func (SavedReport) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "client_key"), index.Fields("user_id", "pinned")}
}

func (SavedReport) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (SavedReport) Annotations() []schema.Annotation {
	return gqlType()
}

// Everyone reads their own reports, and administrators, experts and
// partners' keys (api/partner/scope) the shared ones too; only the owner changes or deletes one, and a report is
// created only as one's own.
func (SavedReport) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.FilterOwnOrShared("user_id", "shared", viewer.RoleEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.OwnUserRows(viewer.RoleCityAdmin, viewer.RoleDistrictAdmin,
			viewer.RoleExpert, viewer.RoleEnterprise), rule.AllowCreateBySignedIn(), rule.FilterOwn("user_id")},
	}
}
