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

// Training is a live-streamed or recorded training session (培训) with its
// replay, for enterprise heads, administrators or everyone, in the whole
// city (no districts) or in some districts. Attending it to its completion
// threshold (minutes watched, live or replay) completes it.
type Training struct{ ent.Schema }

func (Training) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().MaxRuneLen(200),
		field.Text("description").Default("").MaxRuneLen(5000),
		field.Enum("kind").Values("LIVE", "RECORDED"),
		field.Time("starts_at").Annotations(entgql.OrderField("STARTS_AT")),
		field.Int("duration_minutes").Positive(),
		field.Int("completion_minutes").Optional().Nillable().Positive().
			Comment("minutes watched that complete it; 80 % of the duration when empty"),
		field.String("live_url").Default("").MaxRuneLen(2000),
		field.String("replay_url").Default("").MaxRuneLen(2000),
		field.Enum("audience").Values("ENTERPRISES", "ADMINISTRATORS", "EVERYONE").Default("ENTERPRISES"),
		field.Int("issued_by_id").Optional().Nillable(),
		// The industries it is for: GB/T 4754-2017 code prefixes (1–4
		// digits), comma-delimited with a comma at each end (",23,2614,")
		// so the read rule matches an enterprise's code with LIKE on both
		// databases; empty for every industry. GraphQL shows the list
		// (Training.industryPrefixes).
		field.String("industry_prefixes").Default("").MaxLen(1000).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Training) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("attendances", Attendance.Type).Annotations(reverseConn()...),
		edge.To("districts", District.Type).Comment("empty: the whole city"),
		edge.To("issued_by", User.Type).Field("issued_by_id").Unique(),
		edge.To("materials", TrainingMaterial.Type).Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

func (Training) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Training) Annotations() []schema.Annotation { return gqlType() }

// Trainings are read by those they are meant for (rule.MeantFor: the
// city all; district roles the city's and their districts'; an enterprise
// those for enterprises of its district and industry, and those it
// attended); the city schedules any, a district administrator those of its
// own districts only.
func (Training) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.MeantFor(rule.Audience{
			Column: "audience", AdminsOnly: "ADMINISTRATORS",
			DistrictsEdge: "districts", DistrictsTable: "training_districts", OwnerColumn: "training_id", DistrictColumn: "district_id",
			IndustriesColumn: "industry_prefixes", RecordsEdge: "attendances", RecordsTable: "attendances", RecordsOwner: "training_id",
			EnterprisesTable: "enterprises", IndustryCodeName: "industry_code",
		})},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(),
			rule.WriteDistrictsWithin("districts", districtAdmin), rule.DenyWrites()},
	}
}
