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

// WebhookDelivery is one message of a warning's round to one channel, kept
// until delivered (an outbox): its body is fixed when the round is
// published, in the same transaction, and every attempt — retried with
// exponential back-off — sends the same body and delivery id, so a
// receiver drops duplicates. Each attempt is logged.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("channel_id"),
		field.Int("warning_id"),
		field.Int("round"),
		field.Enum("status").Values("PENDING", "DELIVERED", "FAILED").Default("PENDING").
			Comment("FAILED: given up after the last retry; redeliverable by hand"),
		field.Text("body").Annotations(entgql.Skip()),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Comment("when the next attempt is due (a lease while one is in flight)"),
		field.Time("delivered_at").Optional().Nillable(),
		field.JSON("log", []schematype.DeliveryAttempt{}).Optional().Annotations(entgql.Type("[DeliveryAttempt!]")),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("channel", WarningChannel.Type).Ref("deliveries").Field("channel_id").Unique().Required(),
		edge.From("warning", Warning.Type).Ref("webhook_deliveries").Field("warning_id").Unique().Required(),
	}
}

func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("warning_id")}
}

func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (WebhookDelivery) Annotations() []schema.Annotation { return gqlType() }

func (WebhookDelivery) Policy() ent.Policy { return cityOnly() }
