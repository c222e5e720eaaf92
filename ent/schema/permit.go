package schema

import (
	"context"
	"fmt"
	"unicode/utf8"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"greencheck/api/apperr"

	"greencheck/ent/schema/rule"
)

// Permit is a pollutant discharge permit (排污许可证) or, for the registration
// tier, the registration receipt (排污登记回执).
type Permit struct{ ent.Schema }

func (Permit) Fields() []ent.Field {
	return []ent.Field{
		field.Int("enterprise_id"),
		field.String("number").NotEmpty().MaxRuneLen(64).Annotations(entgql.OrderField("NUMBER")),
		field.Enum("tier").Values("KEY", "SIMPLIFIED", "REGISTRATION"),
		field.Time("issued_on"),
		field.Time("valid_until").Annotations(entgql.OrderField("VALID_UNTIL")),
		field.Enum("status").Values("VALID", "EXPIRED", "REVOKED").Default("VALID"),
		field.JSON("outlets", []string{}).Optional().
			Comment("air outlets DA001…, water outlets DW001…: at most 200 codes of at most 32 characters"),
	}
}

func (Permit) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("enterprise", Enterprise.Type).Ref("permits").Field("enterprise_id").Unique().Required(),
	}
}

func (Permit) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Permit) Annotations() []schema.Annotation { return gqlType() }

func (Permit) Policy() ent.Policy { return enterpriseScoped(rule.OwnEnterprise, districtAdmin) }

// Hooks bound the outlets (JSON fields have no validators in ent).
func (Permit) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field("outlets"); ok {
				if o, ok := v.([]string); ok {
					if err := validOutlets(o); err != nil {
						return nil, apperr.Input("outlets", "permit.outlets", MaxOutlets)
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}}
}

// MaxOutlets bounds a permit's outlets (a large plant has dozens).
const MaxOutlets = 200

func validOutlets(outlets []string) error {
	if len(outlets) > MaxOutlets {
		return fmt.Errorf("at most %d outlets", MaxOutlets)
	}
	for _, o := range outlets {
		if o == "" || utf8.RuneCountInString(o) > 32 {
			return fmt.Errorf("an outlet code has 1 to 32 characters")
		}
	}
	return nil
}
