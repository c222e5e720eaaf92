package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"greencheck/ent/schema/rule"
)

// User is a person who signs in (用户): an enterprise's environmental staff,
// a district or city administrator, or an expert.
type User struct{ ent.Schema }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Unique().Match(usernameRE).Annotations(entgql.OrderField("USERNAME")),
		field.String("display_name").NotEmpty().MaxRuneLen(64).Annotations(entgql.OrderField("DISPLAY_NAME")),
		field.String("phone").Default("").MaxRuneLen(20).Comment("personal data"),
		field.String("password_hash").Sensitive().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").Values("CITY_ADMIN", "DISTRICT_ADMIN", "EXPERT", "ENTERPRISE").
			Annotations(entgql.OrderField("ROLE")),
		field.Int("enterprise_id").Optional().Nillable(),
		field.Bool("active").Default(true),
		field.Time("last_login_at").Optional().Nillable().Annotations(entgql.OrderField("LAST_LOGIN_AT")),
		field.Time("password_changed_at").Optional().Nillable(),
		// Set when an administrator chose the password (a new account, a
		// reset); until the user changes it, only changePassword, me and
		// logout are answered.
		field.Bool("must_change_password").Default(false),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("users").Field("enterprise_id").Unique(),
		edge.To("districts", District.Type).Comment("districts served by an administrator or expert"),
		edge.To("notifications", Notification.Type).Annotations(entgql.Skip()),
		edge.To("saved_reports", SavedReport.Type).Annotations(entgql.Skip()),
		edge.To("export_jobs", ExportJob.Type).Annotations(entgql.Skip()),
		edge.To("refresh_tokens", RefreshToken.Type).Annotations(entgql.Skip(entgql.SkipAll)),
		edge.From("visits", Visit.Type).Ref("team").Annotations(entgql.Skip()),
	}
}

func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (User) Annotations() []schema.Annotation { return gqlType() }

func (User) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.FilterUsers()},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.DistrictAdminManagesEnterpriseUsers(), rule.DenyWrites()},
	}
}
