package db

import (
	"database/sql/driver"
	"fmt"
	"math"
	"slices"

	"entgo.io/ent/dialect"
	"modernc.org/sqlite"
)

// Percentile is the SQL of the continuous percentile p (0–1) of the
// values of expr within each group, interpolated as PostgreSQL's
// percentile_cont does; NULL values are skipped, and a group with none
// gives NULL. PostgreSQL has it built in; SQLite gets the aggregate
// percentile_cont(expr, p) registered below.
func Percentile(dia, expr string, p float64) string {
	ps := fmt.Sprintf("%g", p)
	if dia == dialect.Postgres {
		return "percentile_cont(" + ps + ") WITHIN GROUP (ORDER BY " + expr + ")"
	}
	return "percentile_cont(" + expr + ", " + ps + ")"
}

func init() {
	sqlite.MustRegisterFunction("percentile_cont", &sqlite.FunctionImpl{
		NArgs:         2,
		Deterministic: true,
		MakeAggregate: func(sqlite.FunctionContext) (sqlite.AggregateFunction, error) { return &percentile{}, nil },
	})
}

// percentile is SQLite's percentile_cont(value, fraction).
type percentile struct {
	values   []float64
	fraction float64
}

func (a *percentile) Step(_ *sqlite.FunctionContext, args []driver.Value) error {
	f, ok := number(args[1])
	if !ok || f < 0 || f > 1 {
		return fmt.Errorf("percentile_cont: the fraction must be a number from 0 to 1")
	}
	a.fraction = f
	if v, ok := number(args[0]); ok {
		a.values = append(a.values, v)
	}
	return nil
}

func (a *percentile) WindowInverse(_ *sqlite.FunctionContext, args []driver.Value) error {
	if v, ok := number(args[0]); ok {
		if i := slices.Index(a.values, v); i >= 0 {
			a.values = slices.Delete(a.values, i, i+1)
		}
	}
	return nil
}

func (a *percentile) WindowValue(*sqlite.FunctionContext) (driver.Value, error) {
	if len(a.values) == 0 {
		return nil, nil
	}
	vs := slices.Clone(a.values)
	slices.Sort(vs)
	return PercentileOf(vs, a.fraction), nil
}

func (a *percentile) Final(*sqlite.FunctionContext) {}

// PercentileOf is the continuous percentile p (0–1) of sorted values, as
// PostgreSQL's percentile_cont: linear between the two nearest ranks.
func PercentileOf(sorted []float64, p float64) float64 {
	pos := p * float64(len(sorted)-1)
	lo := math.Floor(pos)
	i := int(lo)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-lo)*(sorted[i+1]-sorted[i])
}

func number(v driver.Value) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
