package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// AuditEntry is one line of the audit trail (操作留痕): who did what to which
// record, from which state to which, when. Append-only; administrators read it.
type AuditEntry struct{ ent.Schema }

func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_name").Default("").Immutable().Comment("snapshot; 'system' for jobs"),
		field.String("action").NotEmpty().Immutable().Comment("e.g. enterprise.update, finding.close"),
		field.String("subject_type").NotEmpty().Immutable(),
		field.Int("subject_id").Immutable(),
		field.Int("enterprise_id").Optional().Nillable().Immutable(),
		field.Text("from_value").Default("").Immutable(),
		field.Text("to_value").Default("").Immutable(),
		field.Text("comment").Default("").Immutable(),
	}
}

func (AuditEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable(),
		edge.From("enterprise", Enterprise.Type).Ref("audit_entries").Field("enterprise_id").Unique().Immutable(),
	}
}

func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{index.Fields("subject_type", "subject_id"), index.Fields("enterprise_id")}
}

func (AuditEntry) Annotations() []schema.Annotation { return gqlType() }

func (AuditEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowAdminsRead(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCreateBySignedIn(),
			privacy.AlwaysDenyRule()},
	}
}
