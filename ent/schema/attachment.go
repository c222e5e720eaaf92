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

// Attachment is an uploaded file (附件): a photo or document stored once by
// its SHA-256 content hash and owned by an enterprise.
type Attachment struct{ ent.Schema }

func (Attachment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.String("sha256").Match(sha256RE).Immutable(),
		field.String("name").NotEmpty().MaxRuneLen(255),
		field.String("content_type").NotEmpty(),
		field.Int64("size").NonNegative().Annotations(entgql.OrderField("SIZE")),
		field.Int("uploader_id").Optional().Nillable(),
		field.Time("taken_at").Optional().Nillable().Immutable().
			Comment("a photo's capture time from its EXIF DateTimeOriginal, when it has one"),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key of the upload request: a retry returns the same files").Annotations(entgql.Skip()),
	}
}

func (Attachment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("attachments").Field("enterprise_id").Unique().Required(),
		edge.To("uploader", User.Type).Field("uploader_id").Unique(),
		edge.From("answers", Answer.Type).Ref("attachments").Annotations(entgql.Skip()),
		edge.From("rectifications", Rectification.Type).Ref("evidence").Annotations(entgql.Skip()),
		edge.From("warning_notices", WarningNotice.Type).Ref("evidence").Annotations(entgql.Skip()),
		edge.From("warning_checks", WarningNotice.Type).Ref("check_photos").Annotations(entgql.Skip()),
		edge.From("questions", Question.Type).Ref("attachments").Annotations(entgql.Skip()),
		edge.From("replies", Reply.Type).Ref("attachments").Annotations(entgql.Skip()),
		edge.From("visits", Visit.Type).Ref("photos").Annotations(entgql.Skip()),
	}
}

func (Attachment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("uploader_id", "client_key"), index.Fields("sha256")}
}

func (Attachment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Attachment) Annotations() []schema.Annotation { return gqlType() }

// Files belong to an enterprise: its users and its district's
// administrators upload them, and the experts stationed there (photos in
// an answer); an expert never changes a file.
func (Attachment) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.LimitUpdates(expertRole),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin, expertRole, enterpriseRole), rule.DenyWrites()},
	}
}
