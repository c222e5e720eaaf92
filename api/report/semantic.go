package report

import (
	"context"
	"fmt"
	"greencheck/api/partner/scope"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/db"
)

// Input is a report request (GraphQL ReportInput): measures of one cube,
// grouped by up to MaxDimensions dimensions and optionally by a time bucket,
// narrowed by filters, compared with an earlier period.
type Input struct {
	Measures      []string   `json:"measures"`
	Dimensions    []string   `json:"dimensions,omitempty"`
	TimeDimension *TimeInput `json:"timeDimension,omitempty"`
	// CompareTo: "PREVIOUS_PERIOD" (the range shifted back by its own
	// length, in buckets when a granularity is given), "PRECEDING_PERIOD"
	// (环比: each period beside the one just before it; needs a
	// granularity) or "SAME_PERIOD_LAST_YEAR" (a year back; 52 weeks for
	// WEEK). Needs Time.
	CompareTo *string       `json:"compareTo,omitempty"`
	Filters   []FilterInput `json:"filters,omitempty"`
	Order     []OrderInput  `json:"order,omitempty"`
	// Limit bounds the rows (1–MaxLimit, default DefaultLimit).
	Limit *int `json:"limit,omitempty"`
}

// TimeInput bounds the rows by one of the cube's times, from From to To
// inclusive (YYYY-MM-DD, Asia/Shanghai dates), and with a granularity
// (DAY, WEEK — from Monday —, MONTH, QUARTER, YEAR) groups them by period.
// With a granularity the range widens to whole periods.
type TimeInput struct {
	Field       string  `json:"field"`
	Granularity *string `json:"granularity,omitempty"`
	From        string  `json:"from"`
	To          string  `json:"to"`
}

// FilterInput keeps the rows whose dimension takes one of the values (as a
// report shows them: ids, codes, "true"/"false").
type FilterInput struct {
	Dimension string   `json:"dimension"`
	Values    []string `json:"values"`
}

// OrderInput orders the rows by one measure, one dimension's value or the
// period; Direction "ASC" or "DESC". Nulls come last.
type OrderInput struct {
	Measure   *string               `json:"measure,omitempty"`
	Dimension *string               `json:"dimension,omitempty"`
	Period    *bool                 `json:"period,omitempty"`
	Direction entgql.OrderDirection `json:"direction"`
}

// Report is a report's result.
type Report struct {
	Cube        string
	Measures    []*MeasureInfo
	Dimensions  []*DimensionInfo
	Granularity *string
	Rows        []*Row
	// TotalRows counts the rows before Limit.
	TotalRows int
	// PeriodsFilled: every period of the range is a row (with a
	// granularity, unless listing them all would pass the limit).
	PeriodsFilled bool
	// FromSummaries: read from the maintained finding tallies instead of
	// the findings (same figures, a few thousand rows at most).
	FromSummaries bool
}

// Row is one group: its dimension values in the order asked, its period
// (the first day, YYYY-MM-DD Asia/Shanghai; nil without a granularity), the
// measures' values in the order asked (nil: undefined, e.g. a rate of
// nothing), and with a comparison the earlier period's values and the
// change (value − previous; nil when either is).
type Row struct {
	Dimensions []*Value
	Period     *string
	// PeriodLabel is Period as its granularity reads (PeriodLabel).
	PeriodLabel *string
	Values      []*float64
	Previous    []*float64
	Change      []*float64
}

// Value is a dimension's value in a row and its label in the caller's
// language.
type Value struct {
	Dimension string
	Value     string
	Label     string
}

// Limits of a report.
const (
	MaxMeasures   = 12
	MaxDimensions = 3
	MaxFilters    = 10
	MaxFilterVals = 100
	MaxValueLen   = 100
	MaxOrder      = 5
	DefaultLimit  = 100
	MaxLimit      = 1000
	// MaxGroups bounds the groups one statement may return before the
	// limit (narrow the range, coarsen the granularity or drop a dimension).
	MaxGroups = 10_000
	// MaxRangeDays bounds a time range (ten years).
	MaxRangeDays = 3660
)

// Granularities and comparisons.
var (
	Granularities = []string{"DAY", "WEEK", "MONTH", "QUARTER", "YEAR"}
	Comparisons   = []string{"PREVIOUS_PERIOD", "PRECEDING_PERIOD", "SAME_PERIOD_LAST_YEAR"}
)

// plan is a validated report.
type plan struct {
	cube       Cube
	measures   []*measure
	dims       []*dimension
	time       *timeField
	gran       string
	from, to   time.Time // [from, to)
	prevFrom   time.Time // the comparison's range [prevFrom, prevTo)
	prevTo     time.Time
	shift      func(time.Time) time.Time // a previous period's bucket → the current one's
	byYear     bool                      // shift is a calendar year (not a number of days)
	compare    bool
	preceding  bool // PRECEDING_PERIOD: each period beside the one before it
	filters    []filter
	order      []OrderInput
	limit      int
	components []string
}

type filter struct {
	dim  *dimension
	args []any
}

func findMeasure(name string) *measure {
	for i := range measures {
		if measures[i].name == name {
			return &measures[i]
		}
	}
	return nil
}

func findDim(c Cube, name string) *dimension {
	for i := range dimensions[c] {
		if dimensions[c][i].name == name {
			return &dimensions[c][i]
		}
	}
	return nil
}

func findTime(c Cube, name string) *timeField {
	for i := range timeFields {
		if timeFields[i].cube == c && timeFields[i].name == name {
			return &timeFields[i]
		}
	}
	return nil
}

// anyCube says which cube a dimension or time name belongs to, for messages.
func cubesOf(name string) []string {
	var out []string
	for _, c := range cubes {
		if findDim(c, name) != nil || findTime(c, name) != nil {
			out = append(out, string(c))
		}
	}
	return out
}

var cubes = []Cube{CubeFindings, CubeEnterprises, CubeNotices, CubeSelfChecks, CubeQuestions, CubeAttendance, CubeVisits}

func idx(field string, i int) string { return field + "." + strconv.Itoa(i) }

// validate checks a report against the catalogue and the limits; every
// refusal is BAD_USER_INPUT naming the input field (input.measures.2…).
func validate(in Input, now time.Time) (*plan, error) {
	p := &plan{limit: DefaultLimit}
	if len(in.Measures) == 0 {
		return nil, apperr.Input("input.measures", "report.no_measure")
	}
	if len(in.Measures) > MaxMeasures {
		return nil, apperr.Input("input.measures", "report.too_many_measures", MaxMeasures)
	}
	for i, name := range in.Measures {
		m := findMeasure(name)
		if m == nil {
			return nil, apperr.Input(idx("input.measures", i), "report.unknown", name)
		}
		if i == 0 {
			p.cube = m.cube
		} else if m.cube != p.cube {
			return nil, apperr.Input(idx("input.measures", i), "report.mixed_cubes", name, p.measures[0].name, string(m.cube), string(p.cube))
		}
		if slices.Contains(p.measures, m) {
			return nil, apperr.Input(idx("input.measures", i), "report.repeated_measure", name)
		}
		p.measures = append(p.measures, m)
	}
	if len(in.Dimensions) > MaxDimensions {
		return nil, apperr.Input("input.dimensions", "report.too_many_dimensions", MaxDimensions)
	}
	for i, name := range in.Dimensions {
		d := findDim(p.cube, name)
		if d == nil {
			return nil, apperr.Input(idx("input.dimensions", i), "report.not_of_cube", name, string(p.cube), strings.Join(cubesOf(name), ", "))
		}
		if slices.Contains(p.dims, d) {
			return nil, apperr.Input(idx("input.dimensions", i), "report.repeated", name)
		}
		p.dims = append(p.dims, d)
	}
	if len(in.Filters) > MaxFilters {
		return nil, apperr.Input("input.filters", "report.too_many_filters", MaxFilters)
	}
	for i, f := range in.Filters {
		field := idx("input.filters", i)
		d := findDim(p.cube, f.Dimension)
		if d == nil {
			return nil, apperr.Input(field+".dimension", "report.not_of_cube", f.Dimension, string(p.cube), strings.Join(cubesOf(f.Dimension), ", "))
		}
		if len(f.Values) == 0 {
			return nil, apperr.Input(field+".values", "report.no_values")
		}
		if len(f.Values) > MaxFilterVals {
			return nil, apperr.Input(field+".values", "report.too_many_values", MaxFilterVals)
		}
		flt := filter{dim: d}
		for j, v := range f.Values {
			vf := idx(field+".values", j)
			if len([]rune(v)) > MaxValueLen {
				return nil, apperr.Input(vf, "report.value_too_long", MaxValueLen)
			}
			switch d.kind {
			case KindID:
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 {
					return nil, apperr.Input(vf, "report.id", v)
				}
				flt.args = append(flt.args, n)
			case KindBool:
				b, err := strconv.ParseBool(v)
				if err != nil || (v != "true" && v != "false") {
					return nil, apperr.Input(vf, "report.bool", v)
				}
				flt.args = append(flt.args, b)
			default:
				// An enumeration's filter names one of its codes ("" keeps the
				// rows without a value): an unknown code matched nothing and
				// read as a zero.
				if d.rank != nil && v != "" {
					if _, ok := d.rank[v]; !ok {
						return nil, apperr.Input(vf, "report.not_a_value", v, d.name, strings.Join(d.codes(), ", "))
					}
				}
				flt.args = append(flt.args, v)
			}
		}
		p.filters = append(p.filters, flt)
	}
	if t := in.TimeDimension; t != nil {
		p.time = findTime(p.cube, t.Field)
		if p.time == nil {
			return nil, apperr.Input("input.timeDimension.field", "report.not_of_cube", t.Field, string(p.cube), strings.Join(cubesOf(t.Field), ", "))
		}
		from, err1 := time.ParseInLocation(time.DateOnly, t.From, clock.Shanghai)
		if err1 != nil || from.Year() < 2000 || from.Year() > 2100 {
			return nil, apperr.Input("input.timeDimension.from", "report.date")
		}
		to, err2 := time.ParseInLocation(time.DateOnly, t.To, clock.Shanghai)
		if err2 != nil || to.Year() < 2000 || to.Year() > 2100 {
			return nil, apperr.Input("input.timeDimension.to", "report.date")
		}
		if to.Before(from) {
			return nil, apperr.Input("input.timeDimension.to", "report.range_order")
		}
		if t.Granularity != nil {
			p.gran = *t.Granularity
			if !slices.Contains(Granularities, p.gran) {
				return nil, apperr.Input("input.timeDimension.granularity", "report.unknown", p.gran)
			}
			from = bucketStart(from, p.gran)
			to = bucketStart(to, p.gran)
		}
		end := to.AddDate(0, 0, 1)
		if p.gran != "" {
			end = nextBucket(to, p.gran)
		}
		if end.Sub(from) > MaxRangeDays*24*time.Hour {
			return nil, apperr.Input("input.timeDimension.to", "report.range_long", MaxRangeDays)
		}
		p.from, p.to = from, end
	}
	if in.CompareTo != nil {
		if p.time == nil {
			return nil, apperr.Input("input.compareTo", "report.compare_needs_time")
		}
		p.compare = true
		switch *in.CompareTo {
		case "PREVIOUS_PERIOD":
			if p.gran == "" {
				days := int(math.Round(p.to.Sub(p.from).Hours() / 24))
				p.prevFrom, p.prevTo = p.from.AddDate(0, 0, -days), p.from
				p.shift = func(t time.Time) time.Time { return t.AddDate(0, 0, days) }
			} else {
				n := 0
				for b := p.from; b.Before(p.to); b = nextBucket(b, p.gran) {
					n++
				}
				back := func(t time.Time, k int) time.Time { return shiftBuckets(t, p.gran, k) }
				p.prevFrom, p.prevTo = back(p.from, -n), p.from
				p.shift = func(t time.Time) time.Time { return back(t, n) }
			}
		case "PRECEDING_PERIOD":
			if p.gran == "" {
				return nil, apperr.Input("input.compareTo", "report.compare_needs_granularity")
			}
			// The statement reads one more period before the range; the
			// rest are the range's own periods.
			p.preceding = true
			p.prevFrom, p.prevTo = shiftBuckets(p.from, p.gran, -1), p.from
			p.shift = func(t time.Time) time.Time { return shiftBuckets(t, p.gran, 1) }
		case "SAME_PERIOD_LAST_YEAR":
			if p.gran == "WEEK" {
				p.prevFrom, p.prevTo = p.from.AddDate(0, 0, -364), p.to.AddDate(0, 0, -364)
				p.shift = func(t time.Time) time.Time { return t.AddDate(0, 0, 364) }
			} else {
				p.prevFrom, p.prevTo = p.from.AddDate(-1, 0, 0), p.to.AddDate(-1, 0, 0)
				p.shift = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
				p.byYear = true
			}
			if p.prevTo.After(p.from) && p.gran == "WEEK" { // 52 weeks back: a year widened to whole weeks is 53
				return nil, apperr.Input("input.compareTo", "report.compare_overlaps_weeks", int(p.to.Sub(p.from).Hours()/24/7+0.5))
			}
			if p.prevTo.After(p.from) {
				return nil, apperr.Input("input.compareTo", "report.compare_overlaps")
			}
		default:
			return nil, apperr.Input("input.compareTo", "report.unknown", *in.CompareTo)
		}
	}
	if len(in.Order) > MaxOrder {
		return nil, apperr.Input("input.order", "report.too_many_order", MaxOrder)
	}
	for i, o := range in.Order {
		field := idx("input.order", i)
		set := 0
		for _, named := range []bool{o.Measure != nil, o.Dimension != nil, o.Period != nil && *o.Period} {
			if named {
				set++
			}
		}
		if set != 1 {
			return nil, apperr.Input(field, "report.order_one")
		}
		switch {
		case o.Measure != nil:
			if m := findMeasure(*o.Measure); m == nil || !slices.Contains(p.measures, m) {
				return nil, apperr.Input(field+".measure", "report.order_not_asked", *o.Measure)
			}
		case o.Dimension != nil:
			if d := findDim(p.cube, *o.Dimension); d == nil || !slices.Contains(p.dims, d) {
				return nil, apperr.Input(field+".dimension", "report.order_not_asked", *o.Dimension)
			}
		case p.gran == "":
			return nil, apperr.Input(field+".period", "report.order_not_asked", "period")
		}
	}
	p.order = in.Order
	if in.Limit != nil {
		if *in.Limit < 1 || *in.Limit > MaxLimit {
			return nil, apperr.Input("input.limit", "input.int_range", "limit", 1, MaxLimit)
		}
		p.limit = *in.Limit
	}
	for _, m := range p.measures {
		for _, c := range m.components {
			if !slices.Contains(p.components, c) {
				p.components = append(p.components, c)
			}
		}
	}
	_ = now
	return p, nil
}

// bucketStart is the first day of the period t falls in (Asia/Shanghai).
func bucketStart(t time.Time, gran string) time.Time {
	t = t.In(clock.Shanghai)
	y, m, d := t.Date()
	switch gran {
	case "WEEK":
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return time.Date(y, m, d-wd, 0, 0, 0, 0, clock.Shanghai)
	case "MONTH":
		return time.Date(y, m, 1, 0, 0, 0, 0, clock.Shanghai)
	case "QUARTER":
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, clock.Shanghai)
	case "YEAR":
		return time.Date(y, 1, 1, 0, 0, 0, 0, clock.Shanghai)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, clock.Shanghai)
}

func nextBucket(t time.Time, gran string) time.Time { return shiftBuckets(t, gran, 1) }

// shiftBuckets moves a period's first day k periods.
func shiftBuckets(t time.Time, gran string, k int) time.Time {
	switch gran {
	case "WEEK":
		return t.AddDate(0, 0, 7*k)
	case "MONTH":
		return t.AddDate(0, k, 0)
	case "QUARTER":
		return t.AddDate(0, 3*k, 0)
	case "YEAR":
		return t.AddDate(k, 0, 0)
	}
	return t.AddDate(0, 0, k)
}

// bucketSQL is the SQL of the first day (YYYY-MM-DD, Asia/Shanghai) of the
// period a time column falls in.
func bucketSQL(dia, col, gran string) string {
	if gran == "MONTH" { // as the finding tallies keep it
		return db.MonthStart(dia, col)
	}
	if dia == dialect.Postgres {
		unit := map[string]string{"DAY": "day", "WEEK": "week", "MONTH": "month", "QUARTER": "quarter", "YEAR": "year"}[gran]
		return "to_char(date_trunc('" + unit + "', " + col + " AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')"
	}
	// SQLite keeps UTC times as text in Go's layout; Shanghai has no
	// daylight saving time.
	local := "datetime(substr(" + col + ", 1, 19), '+8 hours')"
	switch gran {
	case "WEEK":
		return "date(" + local + ", 'weekday 0', '-6 days')"
	case "QUARTER":
		return "printf('%s-%02d-01', strftime('%Y', " + local + "), ((CAST(strftime('%m', " + local + ") AS INTEGER) - 1) / 3) * 3 + 1)"
	case "YEAR":
		return "strftime('%Y-01-01', " + local + ")"
	}
	return "date(" + local + ")"
}

// group is one row the statement returns: up to MaxDimensions values and
// labels (gd0…, gl0…), the period (gp), 1 when it is the comparison's (gc),
// and the components (gv0…, at most maxComponents).
type group struct {
	GD0  sql.NullString  `json:"gd0"`
	GD1  sql.NullString  `json:"gd1"`
	GD2  sql.NullString  `json:"gd2"`
	GL0  sql.NullString  `json:"gl0"`
	GL1  sql.NullString  `json:"gl1"`
	GL2  sql.NullString  `json:"gl2"`
	GP   sql.NullString  `json:"gp"`
	GC   sql.NullInt64   `json:"gc"`
	GV0  sql.NullFloat64 `json:"gv0"`
	GV1  sql.NullFloat64 `json:"gv1"`
	GV2  sql.NullFloat64 `json:"gv2"`
	GV3  sql.NullFloat64 `json:"gv3"`
	GV4  sql.NullFloat64 `json:"gv4"`
	GV5  sql.NullFloat64 `json:"gv5"`
	GV6  sql.NullFloat64 `json:"gv6"`
	GV7  sql.NullFloat64 `json:"gv7"`
	GV8  sql.NullFloat64 `json:"gv8"`
	GV9  sql.NullFloat64 `json:"gv9"`
	GV10 sql.NullFloat64 `json:"gv10"`
	GV11 sql.NullFloat64 `json:"gv11"`
}

// maxComponents is the number of gv columns a group holds (no cube has
// more components).
const maxComponents = 12

func (g *group) components() [maxComponents]float64 {
	return [maxComponents]float64{g.GV0.Float64, g.GV1.Float64, g.GV2.Float64, g.GV3.Float64, g.GV4.Float64, g.GV5.Float64,
		g.GV6.Float64, g.GV7.Float64, g.GV8.Float64, g.GV9.Float64, g.GV10.Float64, g.GV11.Float64}
}

// Run computes a report within the viewer's scope: one statement over the
// cube's rows read through its ent query (the privacy rules add their
// predicate, as on every list), or over the finding tallies when the report
// only needs what they keep. Errors: BAD_USER_INPUT naming the field at
// fault (measures of two cubes, a dimension or time of another cube, a
// date, a limit…), and when the report would have more than MaxGroups
// groups.
func (s *Service) Run(ctx context.Context, in Input) (*Report, error) {
	p, err := validate(in, time.Now())
	if err != nil {
		return nil, err
	}
	lang := apperr.Lang(ctx)
	groups, fromTallies, err := s.query(ctx, p, lang)
	if err != nil {
		return nil, err
	}
	if len(groups) > MaxGroups {
		return nil, apperr.Input("input.dimensions", "report.too_many_groups", MaxGroups)
	}
	return p.assemble(groups, lang, fromTallies), nil
}

// query runs the report's one statement.
func (s *Service) query(ctx context.Context, p *plan, lang string) ([]group, bool, error) {
	// A dimension or filter joining another entity's attributes needs what
	// reading that entity needs (a partner's scope); the cube's own rows
	// are checked by its query.
	for _, d := range p.dims {
		if err := scope.Check(ctx, d.reads); d.reads != "" && err != nil {
			return nil, false, err
		}
	}
	for _, f := range p.filters {
		if err := scope.Check(ctx, f.dim.reads); f.dim.reads != "" && err != nil {
			return nil, false, err
		}
	}
	tallies := p.fromTallies(ctx)
	var groups []group
	build := func(sel *sql.Selector) {
		x := sqlCtx{sel: sel, dia: sel.Dialect(), lang: lang}
		p.selectGroups(x, tallies)
	}
	var err error
	switch {
	case tallies:
		err = s.client.FindingTally.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeFindings:
		err = s.client.Finding.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeEnterprises:
		err = s.client.Enterprise.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeNotices:
		err = s.client.WarningNotice.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeSelfChecks:
		err = s.client.SelfCheck.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeQuestions:
		err = s.client.Question.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeAttendance:
		err = s.client.Attendance.Query().Modify(build).Scan(ctx, &groups)
	case p.cube == CubeVisits:
		err = s.client.Visit.Query().Modify(build).Scan(ctx, &groups)
	}
	if err != nil {
		return nil, false, fmt.Errorf("report %s: %w", p.cube, err)
	}
	return groups, tallies, nil
}

// fromTallies: the finding tallies keep every figure a findings report
// asks for when it groups and filters only by what they are keyed by
// (district, task, category, status), is bounded by time — if at all — by
// whole months of the month they keep (found), by month, quarter, year or
// not at all, and the viewer's scope is whole districts (fromTallies of
// the dashboard).
func (p *plan) fromTallies(ctx context.Context) bool {
	if p.cube != CubeFindings || !fromTallies(ctx) {
		return false
	}
	if p.time != nil && (!p.time.tallyMonth || !p.wholeMonths()) {
		return false
	}
	for _, c := range p.components {
		for _, k := range components[p.cube] {
			if k.name == c && k.tally == "" {
				return false
			}
		}
	}
	for _, d := range p.dims {
		if d.tally == "" {
			return false
		}
	}
	for _, f := range p.filters {
		if f.dim.tally == "" {
			return false
		}
	}
	return true
}

// wholeMonths: the range (and the comparison's) starts and ends on the
// first day of a month, and the periods are months or longer.
func (p *plan) wholeMonths() bool {
	switch p.gran {
	case "", "MONTH", "QUARTER", "YEAR":
	default:
		return false
	}
	first := func(t time.Time) bool { return t.In(clock.Shanghai).Day() == 1 }
	return first(p.from) && first(p.to) && (!p.compare || first(p.prevFrom) && first(p.prevTo))
}

// tallyBucket is the first day of the period (QUARTER, YEAR; MONTH as
// kept) of a tally's found_month (YYYY-MM-01).
func tallyBucket(gran string) string {
	switch gran {
	case "QUARTER":
		return "substr(found_month, 1, 5) || CASE WHEN substr(found_month, 6, 2) <= '03' THEN '01' " +
			"WHEN substr(found_month, 6, 2) <= '06' THEN '04' WHEN substr(found_month, 6, 2) <= '09' THEN '07' ELSE '10' END || '-01'"
	case "YEAR":
		return "substr(found_month, 1, 4) || '-01-01'"
	}
	return "found_month"
}

// selectGroups writes the statement: the joins the dimensions and filters
// need, the time range(s), the filters, then per group the dimension
// values and labels, the period and the components.
func (p *plan) selectGroups(x sqlCtx, tallies bool) {
	sel := x.sel
	if !tallies {
		var joined []string
		need := func(d *dimension) {
			for _, j := range d.joins {
				if !slices.Contains(joined, j) {
					joined = append(joined, j)
					table, on := joinOn(p.cube, j, x)
					sel.LeftJoin(sql.Table(table).As(j)).OnP(sql.ExprP(on))
				}
			}
		}
		for _, d := range p.dims {
			need(d)
		}
		for _, f := range p.filters {
			need(f.dim)
		}
	}
	value := func(d *dimension) string {
		if tallies {
			return d.tally
		}
		return d.value(x)
	}
	for _, f := range p.filters {
		sel.Where(sql.P(func(b *sql.Builder) {
			b.WriteString(value(f.dim) + " IN (")
			for i, a := range f.args {
				if i > 0 {
					b.WriteString(", ")
				}
				b.Arg(a)
			}
			b.WriteString(")")
		}))
	}
	var col string
	// A bound: the time itself, or over the tallies the month found
	// (YYYY-MM-01 text, compared as such).
	bound := func(t time.Time) any {
		if tallies {
			return t.In(clock.Shanghai).Format(time.DateOnly)
		}
		return t.UTC()
	}
	if p.time != nil {
		col = x.c(p.time.column)
		if tallies {
			col = "found_month"
		}
		between := func(b *sql.Builder, from, to time.Time) {
			b.WriteString("(" + col + " >= ")
			b.Arg(bound(from))
			b.WriteString(" AND " + col + " < ")
			b.Arg(bound(to))
			b.WriteString(")")
		}
		// Parenthesized whole: ent joins predicates with AND as they are,
		// and the privacy rules' predicate is among them.
		sel.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("(")
			between(b, p.from, p.to)
			if p.compare {
				b.WriteString(" OR ")
				between(b, p.prevFrom, p.prevTo)
			}
			b.WriteString(")")
		}))
	}
	sel.Select()
	var groupBy []string
	for i := range MaxDimensions {
		d, l := "NULL", "NULL"
		if i < len(p.dims) {
			dim := p.dims[i]
			d = "CAST(" + value(dim) + " AS TEXT)"
			switch {
			case tallies && dim.tallyLabel != nil:
				// Looked up once per group, not once per tally row: the key
				// column is grouped by too (it is the group's value), so
				// the label may name it.
				l = dim.tallyLabel(x.lang, "finding_tallies."+dim.tally)
				groupBy = append(groupBy, dim.tally)
			case !tallies && dim.label != nil:
				l = "MIN(" + dim.label(x) + ")"
			}
			groupBy = append(groupBy, "gd"+strconv.Itoa(i))
		}
		sel.AppendSelectExprAs(sql.Expr(d), "gd"+strconv.Itoa(i))
		sel.AppendSelectExprAs(sql.Expr(l), "gl"+strconv.Itoa(i))
	}
	period, prev := "NULL", "0"
	if p.gran != "" {
		period = bucketSQL(x.dia, col, p.gran)
		if tallies {
			period = tallyBucket(p.gran)
		}
		groupBy = append(groupBy, "gp")
	}
	sel.AppendSelectExprAs(sql.Expr(period), "gp")
	if p.compare {
		sel.AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("CASE WHEN " + col + " < ")
			b.Arg(bound(p.from))
			b.WriteString(" THEN 1 ELSE 0 END")
		}), "gc")
		groupBy = append(groupBy, "gc")
	} else {
		sel.AppendSelectExprAs(sql.Expr(prev), "gc")
	}
	for i, name := range p.components {
		for _, k := range components[p.cube] {
			if k.name == name {
				expr := k.tally
				if !tallies {
					expr = k.row(x)
				}
				sel.AppendSelectExprAs(sql.Expr("COALESCE("+expr+", 0)"), "gv"+strconv.Itoa(i))
			}
		}
	}
	if len(groupBy) > 0 {
		sel.GroupBy(groupBy...)
		if tallies {
			// A key whose findings all moved to another (a status changed,
			// another month) sums to nothing until the rows are merged; the
			// findings have no such group.
			sel.Having(sql.ExprP("SUM(findings) <> 0"))
		}
	}
	sel.Limit(MaxGroups + 1)
}

// counterpart is the current period's bucket matching an earlier one; a
// day without one — 29 February, a year on — has none (it would be added
// to 1 March's, a percentile or a distinct count summed with another).
func (p *plan) counterpart(t time.Time) (time.Time, bool) {
	u := p.shift(t)
	return u, !p.byYear || u.Day() == t.Day()
}

// assemble turns the groups into rows: labels, measures from components,
// the comparison matched by dimensions and shifted period, order and limit.
func (p *plan) assemble(groups []group, lang string, tallies bool) *Report {
	rep := &Report{Cube: string(p.cube), FromSummaries: tallies}
	for _, m := range p.measures {
		rep.Measures = append(rep.Measures, measureInfo(m, lang))
	}
	for _, d := range p.dims {
		rep.Dimensions = append(rep.Dimensions, dimensionInfo(d, lang, p.cube))
	}
	if p.gran != "" {
		g := p.gran
		rep.Granularity = &g
	}
	type acc struct {
		row       *Row
		tuple     string // the dimension values' key
		cur, prev map[string]float64
	}
	byKey := map[string]*acc{}
	var order []string
	for _, g := range groups {
		ds := []sql.NullString{g.GD0, g.GD1, g.GD2}
		ls := []sql.NullString{g.GL0, g.GL1, g.GL2}
		period := g.GP.String
		isPrev := g.GC.Int64 == 1
		cs := g.components()
		if isPrev && period != "" {
			if t, err := time.ParseInLocation(time.DateOnly, period, clock.Shanghai); err == nil {
				u, ok := p.counterpart(t)
				if !ok {
					continue
				}
				period = u.Format(time.DateOnly)
			}
		}
		var key strings.Builder
		vals := make([]*Value, len(p.dims))
		for i, d := range p.dims {
			v := normalize(d, ds[i].String)
			label := ls[i].String
			if d.labelOf != nil {
				label = d.labelOf(v, lang)
			} else if label == "" && d.none != nil {
				label = pick(*d.none, lang)
			} else if label == "" {
				label = pick(none, lang)
			}
			vals[i] = &Value{Dimension: d.name, Value: v, Label: label}
			key.WriteString(v + "\x00")
		}
		tuple := key.String()
		key.WriteString(period)
		a := byKey[key.String()]
		if a == nil {
			row := &Row{Dimensions: vals}
			if p.gran != "" {
				pp := period
				row.Period = &pp
			}
			a = &acc{row: row, tuple: tuple, cur: map[string]float64{}, prev: map[string]float64{}}
			byKey[key.String()] = a
			order = append(order, key.String())
		} else if !isPrev {
			a.row.Dimensions = vals // the current period's labels
		}
		into := a.cur
		if isPrev {
			into = a.prev
		}
		for i, c := range p.components {
			into[c] += cs[i]
		}
	}
	if p.gran != "" {
		// Periods without a row are rows too (counts 0, rates null), for
		// each combination of dimension values the report has — a line
		// over months has no gap — unless they would not all fit in the
		// limit: zeros would push the periods with data out of it.
		var periods []string
		for b := p.from; b.Before(p.to); b = nextBucket(b, p.gran) {
			periods = append(periods, b.In(clock.Shanghai).Format(time.DateOnly))
		}
		tuples := map[string]*acc{}
		var seen []*acc
		for _, k := range order {
			if a := byKey[k]; tuples[a.tuple] == nil {
				tuples[a.tuple] = a
				seen = append(seen, a)
			}
		}
		if len(p.dims) == 0 && len(seen) == 0 {
			seen = append(seen, &acc{})
		}
		if len(seen)*len(periods) <= p.limit {
			rep.PeriodsFilled = true
			for _, t := range seen {
				for _, period := range periods {
					if byKey[t.tuple+period] != nil {
						continue
					}
					pp := period
					byKey[t.tuple+period] = &acc{row: &Row{Dimensions: t.row.cloneDims(), Period: &pp}, tuple: t.tuple,
						cur: map[string]float64{}, prev: map[string]float64{}}
					order = append(order, t.tuple+period)
				}
			}
		}
	}
	if p.preceding {
		// 环比: each period beside the one before it — the first beside
		// the period the statement read before the range, the others
		// beside their neighbour's own figures.
		for _, k := range order {
			a := byKey[k]
			t, err := time.ParseInLocation(time.DateOnly, *a.row.Period, clock.Shanghai)
			if err != nil || !t.After(p.from) {
				continue
			}
			a.prev = map[string]float64{}
			if b := byKey[a.tuple+shiftBuckets(t, p.gran, -1).Format(time.DateOnly)]; b != nil {
				a.prev = b.cur
			}
		}
	}
	for _, k := range order {
		a := byKey[k]
		for _, m := range p.measures {
			v := m.value(a.cur)
			a.row.Values = append(a.row.Values, round(v))
			if p.compare {
				pv := m.value(a.prev)
				a.row.Previous = append(a.row.Previous, round(pv))
				var ch *float64
				if v != nil && pv != nil {
					d := *v - *pv
					ch = round(&d)
				}
				a.row.Change = append(a.row.Change, ch)
			}
		}
		rep.Rows = append(rep.Rows, a.row)
	}
	p.sort(rep.Rows)
	rep.TotalRows = len(rep.Rows)
	if len(rep.Rows) > p.limit {
		rep.Rows = rep.Rows[:p.limit]
	}
	if rep.Rows == nil {
		rep.Rows = []*Row{}
	}
	for _, r := range rep.Rows {
		if r.Period != nil && rep.Granularity != nil {
			l := PeriodLabel(*r.Period, *rep.Granularity)
			r.PeriodLabel = &l
		}
	}
	return rep
}

// PeriodLabel is a period (its first day, YYYY-MM-DD) as its granularity
// reads: 2026-06 for a MONTH, 2026-Q2 for a QUARTER, 2026 for a YEAR; a DAY,
// or a WEEK (its Monday), as its date. The SPA and the exports show these.
func PeriodLabel(period, granularity string) string {
	if len(period) < 10 {
		return period
	}
	switch granularity {
	case "MONTH":
		return period[:7]
	case "QUARTER":
		return fmt.Sprintf("%s-Q%d", period[:4], (int(period[5]-'0')*10+int(period[6]-'0')-1)/3+1)
	case "YEAR":
		return period[:4]
	}
	return period
}

// cloneDims is the row's dimension values, for another row.
func (r *Row) cloneDims() []*Value {
	if r == nil {
		return []*Value{}
	}
	out := make([]*Value, len(r.Dimensions))
	for i, v := range r.Dimensions {
		c := *v
		out[i] = &c
	}
	return out
}

// normalize writes a dimension's value the same on both databases
// (booleans are 0/1 in SQLite, true/false in PostgreSQL).
func normalize(d *dimension, v string) string {
	if d.kind == KindBool {
		if v == "1" || v == "true" || v == "t" {
			return "true"
		}
		return "false"
	}
	return v
}

// round keeps values to 1e-9 so both databases' floating sums print alike.
func round(v *float64) *float64 {
	if v == nil {
		return nil
	}
	r := math.Round(*v*1e9) / 1e9
	return &r
}

// sort orders rows by the asked order, then by period and dimension values
// (ids numerically).
func (p *plan) sort(rows []*Row) {
	cmpValues := func(a, b *Row) int {
		if a.Period != nil && b.Period != nil {
			if c := strings.Compare(*a.Period, *b.Period); c != 0 {
				return c
			}
		}
		for i, d := range p.dims {
			if c := compareDim(d, a.Dimensions[i].Value, b.Dimensions[i].Value); c != 0 {
				return c
			}
		}
		return 0
	}
	slices.SortStableFunc(rows, func(a, b *Row) int {
		for _, o := range p.order {
			c := 0
			switch {
			case o.Measure != nil:
				i := slices.IndexFunc(p.measures, func(m *measure) bool { return m.name == *o.Measure })
				av, bv := a.Values[i], b.Values[i]
				switch {
				case av == nil && bv == nil:
				case av == nil:
					return 1 // nulls last, either direction
				case bv == nil:
					return -1
				default:
					c = compareFloat(*av, *bv)
				}
			case o.Dimension != nil:
				i := slices.IndexFunc(p.dims, func(d *dimension) bool { return d.name == *o.Dimension })
				c = compareDim(p.dims[i], a.Dimensions[i].Value, b.Dimensions[i].Value)
			default:
				c = strings.Compare(deref(a.Period), deref(b.Period))
			}
			if o.Direction == entgql.OrderDirectionDesc {
				c = -c
			}
			if c != 0 {
				return c
			}
		}
		return cmpValues(a, b)
	})
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareDim(d *dimension, a, b string) int {
	if d.rank != nil {
		ra, oka := d.rank[a]
		rb, okb := d.rank[b]
		switch {
		case oka && okb:
			return ra - rb
		case oka != okb: // a code before none (（无）)
			if oka {
				return -1
			}
			return 1
		}
	}
	if d.kind == KindID {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	}
	return strings.Compare(a, b)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
