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

// FAQEntry is a frequently asked question (常见问题): a resolved question an
// administrator published, anonymised (no enterprise, person or contact in
// it), usually attached to the checklist item it is about. Every signed-in
// user reads it; it is found by its text through FAQGram.
type FAQEntry struct{ ent.Schema }

func (FAQEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("body").NotEmpty().MaxRuneLen(5000).Comment("the question, anonymised"),
		field.Text("answer").NotEmpty().MaxRuneLen(5000),
		field.Int("item_id").Optional().Nillable(),
		field.Int("question_id").Optional().Nillable().Unique().Annotations(entgql.Skip()),
		field.Int("published_by_id").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (FAQEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("item", ChecklistItem.Type).Field("item_id").Unique(),
		// The source question stays private to its district and enterprise.
		edge.To("question", Question.Type).Field("question_id").Unique().Annotations(entgql.Skip()),
		edge.To("published_by", User.Type).Field("published_by_id").Unique().Annotations(entgql.Skip()),
		edge.To("grams", FAQGram.Type).Annotations(entgql.Skip()),
	}
}

func (FAQEntry) Indexes() []ent.Index { return []ent.Index{index.Fields("item_id")} }

func (FAQEntry) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (FAQEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("faqEntries"), entgql.RelayConnection()}
}

// Everyone signed in reads FAQ entries; the city publishes any, a district
// administrator those from its districts' questions.
func (FAQEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowRead()},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.ReferencesVisible("item"), rule.AllowCityAdmin(),
			rule.WriteScoped(rule.Via("question", questionAnchor), districtAdmin), rule.DenyWrites()},
	}
}

// FAQGram is one term of an FAQ entry's text — each pair of adjacent Han
// characters, each Latin word or number — for search: a query matches the
// entries holding every one of its terms. Derived from the entry; written
// only by the system in the entry's transaction.
type FAQGram struct{ ent.Schema }

func (FAQGram) Fields() []ent.Field {
	return []ent.Field{
		field.Int("faq_id"),
		field.String("gram").NotEmpty().MaxRuneLen(32),
	}
}

func (FAQGram) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("faq", FAQEntry.Type).Ref("grams").Field("faq_id").Unique().Required(),
	}
}

func (FAQGram) Indexes() []ent.Index {
	return []ent.Index{index.Fields("gram", "faq_id").Unique()}
}

func (FAQGram) Annotations() []schema.Annotation { return []schema.Annotation{entgql.Skip()} }

func (FAQGram) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowRead()},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.DenyWrites()},
	}
}
