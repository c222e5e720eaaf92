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

// Question is an enterprise's question in its district's Q&A channel (在线答疑),
// optionally about a checklist item, a finding or a warning notice. Its
// status: OPEN (waiting for an answer — new, or followed up by the asker),
// ANSWERED (an expert or administrator answered), CLOSED (resolved: marked
// so by whoever answered, or confirmed by the asker).
type Question struct{ ent.Schema }

func (Question) Fields() []ent.Field {
	return []ent.Field{
		field.Int("district_id").Comment("the channel: always the asking enterprise's district"),
		field.Int("enterprise_id"),
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("body").NotEmpty().MaxRuneLen(5000),
		field.Enum("status").Values("OPEN", "ANSWERED", "CLOSED").Default("OPEN").
			Annotations(entgql.OrderField("STATUS")),
		field.Int("item_id").Optional().Nillable(),
		field.Int("finding_id").Optional().Nillable(),
		field.Int("notice_id").Optional().Nillable(),
		field.Int("asker_id").Optional().Nillable(),
		field.Time("first_answered_at").Optional().Nillable().
			Comment("the first reply by someone other than the asking enterprise (response figures)"),
		field.Int("first_answerer_id").Optional().Nillable(),
		field.Time("resolved_at").Optional().Nillable(),
		field.Time("confirmed_at").Optional().Nillable().Comment("the asker confirmed the answer solved it"),
		field.Time("escalated_at").Optional().Nillable().
			Comment("still unanswered after the escalation hours: the district administrators were told"),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key sent by the phone: a retried question is asked once").Annotations(entgql.Skip()),
	}
}

func (Question) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("district", District.Type).Ref("questions").Field("district_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("questions").Field("enterprise_id").Unique().Required(),
		edge.From("item", ChecklistItem.Type).Ref("questions").Field("item_id").Unique(),
		edge.To("finding", Finding.Type).Field("finding_id").Unique(),
		edge.To("notice", WarningNotice.Type).Field("notice_id").Unique(),
		edge.To("asker", User.Type).Field("asker_id").Unique(),
		edge.To("first_answerer", User.Type).Field("first_answerer_id").Unique(),
		edge.To("replies", Reply.Type).Annotations(conn()),
		edge.To("attachments", Attachment.Type),
	}
}

func (Question) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id", "status"), index.Fields("asker_id", "client_key"),
		index.Fields("enterprise_id"), index.Fields("finding_id")}
}

func (Question) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Question) Annotations() []schema.Annotation { return gqlType() }

// questionAnchor: district roles see their districts' channels; an
// enterprise its own questions.
var questionAnchor = rule.Anchor{Edges: []string{"enterprise"}, District: "district_id"}

// Only the enterprise asks (nobody on its behalf) and only it confirms an
// answer; experts and administrators of the channel's district answer,
// resolve and (administrators) escalate; what a question refers to must be
// visible to whoever sets it.
func (Question) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(questionAnchor)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.CreatedOnlyBy(enterpriseRole),
			rule.SetOnlyBy("confirmed_at", enterpriseRole), rule.ReferencesVisible("item", "finding", "notice", "attachments"),
			rule.AllowCityAdmin(),
			rule.LimitUpdates(enterpriseRole, "status", "confirmed_at", "resolved_at", "updated_at"),
			rule.LimitValues(enterpriseRole, "status", "OPEN", "CLOSED"),
			rule.LimitUpdates(expertRole, "status", "first_answered_at", "first_answerer_id", "resolved_at", "updated_at"),
			rule.LimitUpdates(districtAdmin, "status", "first_answered_at", "first_answerer_id", "resolved_at", "updated_at"),
			rule.WriteScoped(questionAnchor, districtAdmin, expertRole, enterpriseRole), rule.DenyWrites()},
	}
}
