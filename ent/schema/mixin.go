package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// Now is the clock of every default time: UTC, microseconds, so values
// survive a PostgreSQL round trip unchanged.
func Now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// TimeMixin records when a row was created and last changed.
type TimeMixin struct{ mixin.Schema }

func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Default(Now).UpdateDefault(Now).
			Annotations(entgql.OrderField("UPDATED_AT")),
	}
}

// gqlType is the GraphQL annotation set of an ordinary entity: a Relay
// connection with where filters, and a top-level query field.
func gqlType(extra ...schema.Annotation) []schema.Annotation {
	return append([]schema.Annotation{entgql.QueryField(), entgql.RelayConnection()}, extra...)
}

// conn marks an edge as a Relay connection (paginated, filterable, counted).
func conn() schema.Annotation { return entgql.RelayConnection() }

// reverseConn marks an edge from shared reference data (districts,
// checklists, trainings) into enterprises' records as a connection that is
// not a filter: `districts(where: {hasEnterprisesWith: …})` serves no user
// and would make a filter of every district, so the edge predicate is left
// out of the parent's where input. The connection itself stays, scoped by the
// target's privacy.
func reverseConn() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)}
}
