package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/ent/schema/rule"
)

// FindingTally is a maintained summary of findings (问题汇总): how many
// findings — and how many of them were closed on time, and in how many
// seconds in all — there are per district, inspection task, checklist
// category, status, overdue flag and month found (Asia/Shanghai), so that
// figures by month, quarter or year of finding read them too. The rows are
// deltas written by database triggers in the same transaction as the change
// to findings, enterprises, self-checks or checklist items that moves a
// finding between keys (api/db/tally.go); summing them per key gives the exact figures, and a job
// merges them from time to time. Dashboards and figures read these sums
// instead of scanning findings; db.VerifyTallies recomputes them from
// scratch and compares.
type FindingTally struct{ ent.Schema }

func (FindingTally) Fields() []ent.Field {
	return []ent.Field{
		field.Int("district_id").Immutable().Comment("the enterprise's district"),
		field.Int("task_id").Immutable().Default(0).Comment("the self-check's inspection task; 0 when the finding has none"),
		field.String("category").Immutable().Default("").MaxRuneLen(32).Comment("the checklist item's category; empty when the finding has no item"),
		field.String("status").Immutable().MaxRuneLen(32),
		field.Bool("overdue").Immutable(),
		field.String("found_month").Immutable().Default("").MaxRuneLen(10).
			Comment("the month the findings were found in (created_at), as its first day: YYYY-MM-01, Asia/Shanghai"),
		field.Int("findings").Immutable().Comment("findings (a delta: may be negative)"),
		field.Int("closed_on_time").Immutable().Comment("closed findings whose closed_at ≤ due_at"),
		field.Int("closed_timed").Immutable().Comment("closed findings with a closed_at"),
		field.Int64("close_seconds").Immutable().Comment("Σ seconds from created_at to closed_at over closed_timed"),
	}
}

func (FindingTally) Indexes() []ent.Index {
	return []ent.Index{index.Fields("district_id", "task_id")}
}

func (FindingTally) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// The city reads every row, district roles their districts' rows; an
// enterprise's figures come from its own findings, not from here. Nothing
// writes through ent: only the triggers and the merge job do.
func (FindingTally) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterDistrictColumn("district_id")},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
