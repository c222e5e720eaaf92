package report

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/labels"
	"greencheck/api/lifecycle"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/finding"
)

// oRow is a row of a cube as the oracle sees it: computed in Go from the
// entities (read through the viewer's own queries), never by SQL.
type oRow struct {
	dims  map[string]string
	times map[string]*time.Time
	comps map[string]float64
	// enterprise counts distinct enterprises (component "enterprises" of
	// findings).
	enterprise int
	// sets: components counting distinct ids, the row's id for each
	// (absent: not counted); samples: percentile components, the row's
	// value (absent: none).
	sets    map[string]int
	samples map[string]float64
}

// percentiles are the percentile components and their fraction.
var percentiles = map[string]float64{"closeP90": 0.9, "answerP50": 0.5}

func enterpriseDimsOf(e *ent.Enterprise) map[string]string {
	return map[string]string{
		"INDUSTRY_SECTION": labels.SectionOf(e.IndustryCode), "INDUSTRY_DIVISION": e.IndustryCode[:2], "INDUSTRY_GROUP": e.IndustryCode[:3],
		"INDUSTRY_CLASS": e.IndustryCode, "PERMIT_TIER": e.PermitTier.String(), "PERFORMANCE_GRADE": e.PerformanceGrade.String(),
		"AIR_RELATED": strconv.FormatBool(e.AirRelated), "KEY_SUPERVISED": strconv.FormatBool(e.KeySupervised),
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func before(a, b *time.Time) bool { return a != nil && b != nil && !a.After(*b) }

// oracleRows reads a cube's rows the viewer may read, with the system
// context only for their parents' attributes.
func oracleRows(t *testing.T, c *ent.Client, ctx context.Context, cube Cube) []oRow {
	t.Helper()
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	ents := map[int]*ent.Enterprise{}
	for _, e := range c.Enterprise.Query().AllX(sys) {
		ents[e.ID] = e
	}
	var out []oRow
	experts := map[int]int{} // user → expert
	for _, x := range c.Expert.Query().AllX(sys) {
		if x.UserID != nil {
			experts[*x.UserID] = x.ID
		}
	}
	expertOf := func(user *int) string {
		if user == nil {
			return "0"
		}
		return strconv.Itoa(experts[*user])
	}
	switch cube {
	case CubeFindings:
		rejected := map[int]float64{}
		for _, r := range c.Rectification.Query().AllX(sys) {
			if r.Decision.String() == "REJECTED" {
				rejected[r.FindingID]++
			}
		}
		visible := c.Finding.Query().IDsX(ctx)
		for _, f := range c.Finding.Query().WithSelfCheck().WithItem().AllX(sys) {
			if !slices.Contains(visible, f.ID) {
				continue
			}
			e := ents[f.EnterpriseID]
			d := enterpriseDimsOf(e)
			d["DISTRICT"] = strconv.Itoa(e.DistrictID)
			d["TASK"], d["CHECKLIST_CATEGORY"], d["CHECKLIST_ITEM"] = "0", "", ""
			if f.Edges.SelfCheck != nil {
				d["TASK"] = strconv.Itoa(f.Edges.SelfCheck.TaskID)
			}
			if f.Edges.Item != nil {
				d["CHECKLIST_CATEGORY"], d["CHECKLIST_ITEM"] = f.Edges.Item.Category.String(), f.Edges.Item.Code
			}
			d["SEVERITY"], d["FINDING_SOURCE"], d["FINDING_STATUS"] = f.Severity.String(), f.Source.String(), f.Status.String()
			st := f.Status.String()
			closed := st == lifecycle.Closed
			timed := closed && f.ClosedAt != nil
			secs := 0.0
			if timed {
				secs = math.Round(f.ClosedAt.Sub(f.CreatedAt).Seconds())
			}
			due := f.DueAt
			samples := map[string]float64{}
			if timed {
				samples["closeP90"] = secs
			}
			out = append(out, oRow{dims: d, enterprise: f.EnterpriseID, samples: samples,
				times: map[string]*time.Time{"FOUND_AT": &f.CreatedAt, "CLOSED_AT": f.ClosedAt, "DUE_AT": &due},
				comps: map[string]float64{"found": 1, "closed": b2f(closed), "invalid": b2f(st == lifecycle.Invalid),
					"open": b2f(lifecycle.Open(st)), "overdue": b2f(lifecycle.Open(st) && f.Overdue),
					"closedOnTime": b2f(closed && before(f.ClosedAt, &due)), "closedTimed": b2f(timed), "closeSeconds": secs,
					"rejections": rejected[f.ID]}})
		}
	case CubeEnterprises:
		for _, e := range c.Enterprise.Query().AllX(ctx) {
			d := enterpriseDimsOf(e)
			d["DISTRICT"] = strconv.Itoa(e.DistrictID)
			out = append(out, oRow{dims: d, times: map[string]*time.Time{"REGISTERED_AT": &e.CreatedAt}, comps: map[string]float64{"enterprises": 1}})
		}
	case CubeNotices:
		for _, n := range c.WarningNotice.Query().AllX(ctx) {
			d := enterpriseDimsOf(ents[n.EnterpriseID])
			d["DISTRICT"], d["WARNING"], d["WARNING_LEVEL"], d["NOTICE_GRADE"] = strconv.Itoa(n.DistrictID), strconv.Itoa(n.WarningID), "", n.Grade
			if n.Level != "" {
				d["WARNING_LEVEL"] = n.Level.String()
			}
			out = append(out, oRow{dims: d, times: map[string]*time.Time{"PUSHED_AT": n.PushedAt},
				comps: map[string]float64{"notices": 1, "delivered": b2f(n.DeliveredAt != nil), "acknowledged": b2f(n.AcknowledgedAt != nil),
					"acknowledgedInTime": b2f(before(n.AcknowledgedAt, n.AckDueAt)), "reportsDue": b2f(n.ReportDueAt != nil),
					"reported": b2f(n.MeasuresReportedAt != nil && n.ReportDueAt != nil), "reportedInTime": b2f(before(n.MeasuresReportedAt, n.ReportDueAt))}})
		}
	case CubeSelfChecks:
		tasks := map[int]*ent.InspectionTask{}
		for _, tk := range c.InspectionTask.Query().AllX(sys) {
			tasks[tk.ID] = tk
		}
		for _, s := range c.SelfCheck.Query().AllX(ctx) {
			e := ents[s.EnterpriseID]
			d := enterpriseDimsOf(e)
			d["DISTRICT"], d["TASK"], d["SELF_CHECK_STATUS"] = strconv.Itoa(e.DistrictID), strconv.Itoa(s.TaskID), s.Status.String()
			out = append(out, oRow{dims: d, times: map[string]*time.Time{"SUBMITTED_AT": s.SubmittedAt},
				comps: map[string]float64{"issued": 1, "submitted": b2f(s.Status.String() == "SUBMITTED"),
					"submittedOnTime": b2f(before(s.SubmittedAt, &tasks[s.TaskID].DueAt))}})
		}
	case CubeQuestions:
		for _, q := range c.Question.Query().AllX(ctx) {
			d := enterpriseDimsOf(ents[q.EnterpriseID])
			d["DISTRICT"], d["QUESTION_STATUS"], d["EXPERT"] = strconv.Itoa(q.DistrictID), q.Status.String(), expertOf(q.FirstAnswererID)
			samples := map[string]float64{}
			if q.FirstAnsweredAt != nil {
				samples["answerP50"] = math.Round(q.FirstAnsweredAt.Sub(q.CreatedAt).Seconds())
			}
			out = append(out, oRow{dims: d, samples: samples, times: map[string]*time.Time{"ASKED_AT": &q.CreatedAt, "ANSWERED_AT": q.FirstAnsweredAt},
				comps: map[string]float64{"questions": 1, "answered": b2f(q.FirstAnsweredAt != nil), "resolved": b2f(q.Status.String() == "CLOSED")}})
		}
	case CubeAttendance:
		trainings := map[int]*ent.Training{}
		for _, tr := range c.Training.Query().AllX(sys) {
			trainings[tr.ID] = tr
		}
		for _, a := range c.Attendance.Query().AllX(ctx) {
			e := ents[a.EnterpriseID]
			d := enterpriseDimsOf(e)
			d["DISTRICT"], d["TRAINING"], d["TRAINING_KIND"] = strconv.Itoa(e.DistrictID), strconv.Itoa(a.TrainingID), trainings[a.TrainingID].Kind.String()
			sets := map[string]int{"trainings": a.TrainingID}
			if a.CompletedAt != nil {
				sets["heads"], sets["enterprisesTrained"] = a.UserID, a.EnterpriseID
			}
			out = append(out, oRow{dims: d, sets: sets, times: map[string]*time.Time{"ENROLLED_AT": &a.RegisteredAt, "COMPLETED_AT": a.CompletedAt},
				comps: map[string]float64{"registrations": 1, "completed": b2f(a.CompletedAt != nil)}})
		}
	case CubeVisits:
		for _, v := range c.Visit.Query().AllX(ctx) {
			e := ents[v.EnterpriseID]
			var members []string // the experts of its team; none: (无)
			for _, u := range c.Visit.QueryTeam(v).IDsX(sys) {
				if experts[u] != 0 {
					members = append(members, expertOf(&u))
				}
			}
			if len(members) == 0 {
				members = []string{"0"}
			}
			sets := map[string]int{"visits": v.ID}
			if v.Status.String() == "HELD" {
				sets["held"], sets["enterprisesVisited"] = v.ID, v.EnterpriseID
			}
			if v.ConfirmedAt != nil {
				sets["confirmed"] = v.ID
			}
			scheduled := v.ScheduledOn
			for _, m := range members { // one row per team member, as the join
				d := enterpriseDimsOf(e)
				d["DISTRICT"], d["EXPERT"], d["VISIT_KIND"], d["VISIT_STATUS"] = strconv.Itoa(e.DistrictID), m, v.Kind.String(), v.Status.String()
				out = append(out, oRow{dims: d, sets: sets, comps: map[string]float64{},
					times: map[string]*time.Time{"SCHEDULED_ON": &scheduled, "HELD_ON": v.HeldOn}})
			}
		}
	}
	return out
}

// oracle computes a report from rows: the expected rows as strings
// "dim=value,…|period|v1;v2…|prev…" in no particular order.
func oracle(t *testing.T, rows []oRow, in Input) []string {
	t.Helper()
	p, err := validate(in, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	type acc struct {
		cur, prev   map[string]float64
		curE, prevE map[int]bool
		curS, prevS map[string]map[int]bool
		curP, prevP map[string][]float64
	}
	groups := map[string]*acc{}
	keep := func(r oRow) bool {
		for _, f := range p.filters {
			ok := false
			for _, a := range f.args {
				if fmt.Sprint(a) == r.dims[f.dim.name] {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
		return true
	}
	for _, r := range rows {
		if !keep(r) {
			continue
		}
		period, prev := "", false
		if p.time != nil {
			tm := r.times[p.time.name]
			switch {
			case tm == nil:
				continue
			case !tm.Before(p.from) && tm.Before(p.to):
			case p.compare && !tm.Before(p.prevFrom) && tm.Before(p.prevTo):
				prev = true
			default:
				continue
			}
			if p.gran != "" {
				b := bucketStart(*tm, p.gran)
				if prev {
					var ok bool
					if b, ok = p.counterpart(b); !ok {
						continue
					}
				}
				period = b.Format(time.DateOnly)
			}
		}
		var key []string
		for _, d := range p.dims {
			key = append(key, d.name+"="+r.dims[d.name])
		}
		k := strings.Join(key, ",") + "|" + period
		a := groups[k]
		if a == nil {
			a = &acc{cur: map[string]float64{}, prev: map[string]float64{}, curE: map[int]bool{}, prevE: map[int]bool{},
				curS: map[string]map[int]bool{}, prevS: map[string]map[int]bool{}, curP: map[string][]float64{}, prevP: map[string][]float64{}}
			groups[k] = a
		}
		into, es, ss, ps := a.cur, a.curE, a.curS, a.curP
		if prev {
			into, es, ss, ps = a.prev, a.prevE, a.prevS, a.prevP
		}
		for c, v := range r.comps {
			into[c] += v
		}
		es[r.enterprise] = true
		for c, id := range r.sets {
			if ss[c] == nil {
				ss[c] = map[int]bool{}
			}
			ss[c][id] = true
		}
		for c, v := range r.samples {
			ps[c] = append(ps[c], v)
		}
	}
	newAcc := func() *acc {
		return &acc{cur: map[string]float64{}, prev: map[string]float64{}, curE: map[int]bool{}, prevE: map[int]bool{},
			curS: map[string]map[int]bool{}, prevS: map[string]map[int]bool{}, curP: map[string][]float64{}, prevP: map[string][]float64{}}
	}
	if p.gran != "" { // every period of the range, for each combination of dimension values
		tuples := map[string]bool{}
		for k := range groups {
			tuples[k[:strings.LastIndex(k, "|")]] = true
		}
		if len(p.dims) == 0 {
			tuples[""] = true
		}
		var periods []string
		for b := p.from; b.Before(p.to); b = nextBucket(b, p.gran) {
			periods = append(periods, b.Format(time.DateOnly))
		}
		if len(tuples)*len(periods) <= p.limit { // unless they would not all fit
			for tu := range tuples {
				for _, pe := range periods {
					if groups[tu+"|"+pe] == nil {
						groups[tu+"|"+pe] = newAcc()
					}
				}
			}
		}
	}
	if p.preceding { // each period's previous is the period before it, within the range
		prevOf := map[*acc]*acc{}
		for k, a := range groups {
			i := strings.LastIndex(k, "|")
			b, _ := time.ParseInLocation(time.DateOnly, k[i+1:], clock.Shanghai)
			if b.After(p.from) {
				prevOf[a] = groups[k[:i]+"|"+shiftBuckets(b, p.gran, -1).Format(time.DateOnly)]
			}
		}
		for a, b := range prevOf {
			if b == nil {
				b = newAcc()
			}
			a.prev, a.prevE, a.prevS, a.prevP = maps.Clone(b.cur), maps.Clone(b.curE), maps.Clone(b.curS), map[string][]float64{}
			for c, vs := range b.curP {
				a.prevP[c] = slices.Clone(vs)
			}
		}
	}
	if len(groups) == 0 && len(p.dims) == 0 && p.gran == "" && !p.compare { // a statement without GROUP BY: one row of zeros
		groups["|"] = &acc{cur: map[string]float64{}, prev: map[string]float64{}, curE: map[int]bool{}, prevE: map[int]bool{},
			curS: map[string]map[int]bool{}, prevS: map[string]map[int]bool{}, curP: map[string][]float64{}, prevP: map[string][]float64{}}
	}
	// Distinct counts and percentiles, as the statement computes them.
	finish := func(into map[string]float64, ss map[string]map[int]bool, ps map[string][]float64) {
		for c, set := range ss {
			into[c] = float64(len(set))
		}
		for c, vs := range ps {
			slices.Sort(vs)
			into[c] = db.PercentileOf(vs, percentiles[c])
		}
	}
	var out []string
	for k, a := range groups {
		finish(a.cur, a.curS, a.curP)
		finish(a.prev, a.prevS, a.prevP)
		a.cur["enterprises"] += float64(len(a.curE))
		a.prev["enterprises"] += float64(len(a.prevE))
		if p.cube != CubeFindings { // one enterprise per row: the row's own count
			a.cur["enterprises"] -= float64(len(a.curE))
			a.prev["enterprises"] -= float64(len(a.prevE))
		}
		s := k + "|" + fmtValues(p, a.cur)
		if p.compare {
			s += "|" + fmtValues(p, a.prev)
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func fmtValues(p *plan, comps map[string]float64) string {
	var vs []string
	for _, m := range p.measures {
		vs = append(vs, fmtFloat(m.value(comps)))
	}
	return strings.Join(vs, ";")
}

func fmtFloat(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(math.Round(*v*1e6)/1e6, 'f', -1, 64)
}

// got writes a report's rows the oracle's way.
func got(rep *Report, compare bool) []string {
	var out []string
	for _, r := range rep.Rows {
		var key []string
		for _, d := range r.Dimensions {
			key = append(key, d.Dimension+"="+d.Value)
		}
		s := strings.Join(key, ",") + "|" + deref(r.Period) + "|"
		var vs, ps []string
		for i, v := range r.Values {
			vs = append(vs, fmtFloat(v))
			if compare {
				ps = append(ps, fmtFloat(r.Previous[i]))
			}
		}
		s += strings.Join(vs, ";")
		if compare {
			s += "|" + strings.Join(ps, ";")
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func cubeMeasures(c Cube) []string {
	var out []string
	for _, m := range measures {
		if m.cube == c {
			out = append(out, m.name)
		}
	}
	return out
}

// TestReportsEqualTheOracle: every measure of every cube, grouped by each
// of its dimensions and by pairs, by every time and granularity, with both
// comparisons, for the city, a district administrator, an expert and an
// enterprise, equals figures computed in Go from the rows each may read —
// on both databases. Reports of the finding summaries equal those of the
// findings.
func TestReportsEqualTheOracle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		now := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)
		if err := demo.Load(context.Background(), c, now); err != nil {
			t.Fatal(err)
		}
		s := New(c)
		year := now.In(clock.Shanghai).AddDate(-1, 0, 0).Format(time.DateOnly)
		today := now.In(clock.Shanghai).Format(time.DateOnly)
		for _, user := range []string{"admin", "furong", "expert", "qiye"} {
			ctx := dbtest.As(c, user)
			for _, cube := range cubes {
				rows := oracleRows(t, c, ctx, cube)
				var inputs []Input
				ms := cubeMeasures(cube)
				inputs = append(inputs, Input{Measures: ms})
				dims := dimensions[cube]
				for i, dm := range dims {
					inputs = append(inputs, Input{Measures: ms, Dimensions: []string{dm.name}})
					if i > 0 {
						inputs = append(inputs, Input{Measures: ms, Dimensions: []string{dims[0].name, dm.name}})
					}
				}
				for _, tf := range timeFields {
					if tf.cube != cube {
						continue
					}
					for _, g := range Granularities {
						inputs = append(inputs, Input{Measures: ms, Dimensions: []string{"DISTRICT"},
							TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr(g), From: year, To: today}})
					}
					inputs = append(inputs,
						Input{Measures: ms, TimeDimension: &TimeInput{Field: tf.name, From: year, To: today}, CompareTo: ptr("PREVIOUS_PERIOD")},
						Input{Measures: ms, Dimensions: []string{"DISTRICT"}, TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr("MONTH"), From: "2026-03-15", To: today},
							CompareTo: ptr("SAME_PERIOD_LAST_YEAR")},
						Input{Measures: ms, TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr("WEEK"), From: "2026-09-01", To: today}, CompareTo: ptr("PREVIOUS_PERIOD")},
						Input{Measures: ms, Dimensions: []string{"DISTRICT"}, TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr("MONTH"), From: "2026-01-01", To: today},
							CompareTo: ptr("PRECEDING_PERIOD")},
						Input{Measures: ms, TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr("DAY"), From: "2026-10-20", To: today}, CompareTo: ptr("PRECEDING_PERIOD")},
						Input{Measures: ms, TimeDimension: &TimeInput{Field: tf.name, Granularity: ptr("QUARTER"), From: "2026-01-01", To: today}, CompareTo: ptr("SAME_PERIOD_LAST_YEAR")})
				}
				inputs = append(inputs, Input{Measures: ms, Dimensions: []string{"PERMIT_TIER"},
					Filters: []FilterInput{{Dimension: "AIR_RELATED", Values: []string{"true"}}, {Dimension: "DISTRICT", Values: []string{"1", "2", "3"}}}})
				for _, in := range inputs {
					in.Limit = ptr(MaxLimit)
					rep, err := s.Run(ctx, in)
					if err != nil {
						t.Fatalf("%s %s %+v: %v", user, cube, in, err)
					}
					want := oracle(t, rows, in)
					if g := got(rep, in.CompareTo != nil); !slices.Equal(g, want) {
						t.Errorf("%s %s dims %v time %+v compare %v:\n got %d rows %v\nwant %d rows %v", user, cube, in.Dimensions, in.TimeDimension, in.CompareTo,
							len(g), head(g), len(want), head(want))
					}
				}
			}
		}
	})
}

func head(s []string) []string {
	if len(s) > 6 {
		return s[:6]
	}
	return s
}

// TestReportScopes: a district administrator's report equals the city's
// filtered to their district, row for row; the city's comes from the
// summaries and equals the findings' own figures; an enterprise sees only
// its findings; an anonymous caller nothing.
func TestReportScopes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		c := d.Client
		if err := demo.Load(context.Background(), c, time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		s := New(c)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		furong := c.District.Query().Where(district.NameZh("芙蓉区")).OnlyX(sys)
		ms := cubeMeasures(CubeFindings)
		city, err := s.Run(dbtest.As(c, "admin"), Input{Measures: ms, Dimensions: []string{"DISTRICT", "CHECKLIST_CATEGORY"},
			Filters: []FilterInput{{Dimension: "DISTRICT", Values: []string{strconv.Itoa(furong.ID)}}}})
		if err != nil {
			t.Fatal(err)
		}
		district, err := s.Run(dbtest.As(c, "furong"), Input{Measures: ms, Dimensions: []string{"DISTRICT", "CHECKLIST_CATEGORY"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(city.Rows) == 0 || !slices.Equal(got(city, false), got(district, false)) {
			t.Fatalf("furong's report differs from the city's filtered to 芙蓉区:\n%v\n%v", got(city, false), got(district, false))
		}
		if city.Rows[0].Dimensions[0].Label != "芙蓉区" {
			t.Errorf("district label %q", city.Rows[0].Dimensions[0].Label)
		}
		// ENTERPRISES_WITH_FINDINGS (and the 90th percentile, the rejections)
		// are not in the summaries: the same report without it reads them,
		// and agrees with the findings.
		tallied := slices.DeleteFunc(slices.Clone(ms), func(m string) bool {
			return m == "ENTERPRISES_WITH_FINDINGS" || m == "P90_DAYS_TO_CLOSE" || m == "REJECTIONS"
		})
		a, err := s.Run(dbtest.As(c, "admin"), Input{Measures: tallied, Dimensions: []string{"DISTRICT", "FINDING_STATUS"}})
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.Run(dbtest.As(c, "admin"), Input{Measures: append(tallied, "ENTERPRISES_WITH_FINDINGS"), Dimensions: []string{"DISTRICT", "FINDING_STATUS"}})
		if err != nil {
			t.Fatal(err)
		}
		if !a.FromSummaries || b.FromSummaries {
			t.Fatalf("fromSummaries: %v %v", a.FromSummaries, b.FromSummaries)
		}
		for i := range a.Rows {
			if fmt.Sprint(got(&Report{Rows: []*Row{a.Rows[i]}}, false)) == "" {
				t.Fatal("empty")
			}
			for j := range a.Rows[i].Values {
				if fmtFloat(a.Rows[i].Values[j]) != fmtFloat(b.Rows[i].Values[j]) {
					t.Errorf("row %d %s: summaries %s, findings %s", i, tallied[j], fmtFloat(a.Rows[i].Values[j]), fmtFloat(b.Rows[i].Values[j]))
				}
			}
		}
		// An enterprise: one enterprise, its own findings.
		qiye, err := s.Run(dbtest.As(c, "qiye"), Input{Measures: []string{"FINDINGS", "ENTERPRISES_WITH_FINDINGS"}})
		if err != nil {
			t.Fatal(err)
		}
		if len(qiye.Rows) != 1 || *qiye.Rows[0].Values[1] != 1 || *qiye.Rows[0].Values[0] == 0 {
			t.Errorf("qiye: %v", got(qiye, false))
		}
		if _, err := s.Run(context.Background(), Input{Measures: []string{"FINDINGS"}}); !errors.Is(err, privacy.Deny) {
			t.Errorf("anonymous: %v", err)
		}
		// Labels in English when asked.
		en, err := s.Run(apperr.WithLang(dbtest.As(c, "admin"), "en"), Input{Measures: []string{"FINDINGS"}, Dimensions: []string{"DISTRICT", "SEVERITY"}, Limit: ptr(1)})
		if err != nil {
			t.Fatal(err)
		}
		if en.Rows[0].Dimensions[1].Label != "High" || en.Measures[0].Label != "Findings" || en.TotalRows <= 1 || len(en.Rows) != 1 {
			t.Errorf("english: %+v %+v", en.Rows[0].Dimensions[1], en.Measures[0])
		}
	})
}

// tallied lists the findings' measures the tallies keep (their every
// component is summed there).
func tallied() []string {
	var out []string
	for _, name := range cubeMeasures(CubeFindings) {
		kept := true
		for _, c := range findMeasure(name).components {
			for _, k := range components[CubeFindings] {
				if k.name == c && k.tally == "" {
					kept = false
				}
			}
		}
		if kept {
			out = append(out, name)
		}
	}
	return out
}

// TestMonthlySummariesEqualTheFindings: a report by the month, quarter or
// year of finding — or over whole months of it, with either comparison —
// reads the tallies (found_month) and equals, row for row, the same report
// read from the findings (a measure the tallies do not keep sends it
// there); a range or a period that is not whole months reads the findings.
// For the city, a district administrator and an expert, on both databases.
func TestMonthlySummariesEqualTheFindings(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := spreadCity(t, dia)
		c := d.Client
		if diffs, err := db.VerifyTallies(context.Background(), d.SQL, dia); err != nil || len(diffs) > 0 {
			t.Fatalf("tallies drifted: %v %v", err, diffs)
		}
		s := New(c)
		ms := tallied()
		if len(ms) < 8 {
			t.Fatalf("tallied measures: %v", ms)
		}
		type tc struct {
			in      Input
			summary bool
		}
		tm := func(g, from, to string) *TimeInput {
			ti := &TimeInput{Field: "FOUND_AT", From: from, To: to}
			if g != "" {
				ti.Granularity = ptr(g)
			}
			return ti
		}
		cases := []tc{
			{Input{Dimensions: []string{"DISTRICT"}, TimeDimension: tm("MONTH", "2025-12-01", "2026-11-28")}, true},
			{Input{Dimensions: []string{"DISTRICT"}, TimeDimension: tm("MONTH", "2026-06-10", "2026-11-28"), CompareTo: ptr("PREVIOUS_PERIOD")}, true},
			{Input{Dimensions: []string{"CHECKLIST_CATEGORY"}, TimeDimension: tm("QUARTER", "2026-01-01", "2026-11-28"), CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, true},
			{Input{Dimensions: []string{"FINDING_STATUS", "DISTRICT"}, TimeDimension: tm("YEAR", "2024-05-01", "2026-11-28")}, true},
			{Input{Dimensions: []string{"DISTRICT", "TASK"}, TimeDimension: tm("", "2026-03-01", "2026-08-31"),
				Filters: []FilterInput{{Dimension: "FINDING_STATUS", Values: []string{"CLOSED", "RECTIFYING", "SUBMITTED"}}}}, true},
			{Input{TimeDimension: tm("", "2026-05-01", "2026-10-31"), CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, true},
			// Not whole months: the findings.
			{Input{Dimensions: []string{"DISTRICT"}, TimeDimension: tm("", "2026-03-15", "2026-11-28")}, false},
			{Input{TimeDimension: tm("", "2026-05-01", "2026-10-31"), CompareTo: ptr("PREVIOUS_PERIOD")}, false}, // 184 days back
			{Input{Dimensions: []string{"DISTRICT"}, TimeDimension: tm("WEEK", "2026-09-01", "2026-11-28")}, false},
			{Input{Dimensions: []string{"DISTRICT"}, TimeDimension: &TimeInput{Field: "CLOSED_AT", Granularity: ptr("MONTH"), From: "2026-01-01", To: "2026-11-28"}}, false},
		}
		for _, user := range []string{"admin", "furong", "expert"} {
			ctx := dbtest.As(c, user)
			for _, k := range cases {
				in := k.in
				in.Measures, in.Limit = ms, ptr(MaxLimit)
				a, err := s.Run(ctx, in)
				if err != nil {
					t.Fatalf("%s %+v: %v", user, in, err)
				}
				if a.FromSummaries != k.summary {
					t.Errorf("%s %+v %+v: fromSummaries %v, want %v", user, in.Dimensions, in.TimeDimension, a.FromSummaries, k.summary)
				}
				in.Measures = append(slices.Clone(ms), "ENTERPRISES_WITH_FINDINGS")
				b, err := s.Run(ctx, in)
				if err != nil || b.FromSummaries {
					t.Fatalf("%s %+v: %v %v", user, in, err, b.FromSummaries)
				}
				for _, r := range b.Rows {
					r.Values = r.Values[:len(ms)]
					if r.Previous != nil {
						r.Previous, r.Change = r.Previous[:len(ms)], r.Change[:len(ms)]
					}
				}
				ga, gb := got(a, in.CompareTo != nil), got(b, in.CompareTo != nil)
				if len(ga) == 0 || !slices.Equal(ga, gb) {
					t.Errorf("%s %v %+v compare %v:\nsummaries %d rows %v\nfindings  %d rows %v", user, in.Dimensions, in.TimeDimension, in.CompareTo,
						len(ga), head(ga), len(gb), head(gb))
				}
			}
		}
	})
}

// TestReportRefusals: each refusal is BAD_USER_INPUT naming its field.
func TestReportRefusals(t *testing.T) {
	long := strings.Repeat("x", MaxValueLen+1)
	many := make([]string, MaxFilterVals+1)
	for i := range many {
		many[i] = strconv.Itoa(i)
	}
	tm := func(field, from, to string) *TimeInput { return &TimeInput{Field: field, From: from, To: to} }
	for _, c := range []struct {
		in    Input
		field string
	}{
		{Input{}, "input.measures"},
		{Input{Measures: []string{"FINDINGS", "ENTERPRISES"}}, "input.measures.1"},
		{Input{Measures: []string{"NOPE"}}, "input.measures.0"},
		{Input{Measures: []string{"FINDINGS"}, Dimensions: []string{"WARNING_LEVEL"}}, "input.dimensions.0"},
		{Input{Measures: []string{"FINDINGS"}, Dimensions: []string{"DISTRICT", "DISTRICT"}}, "input.dimensions.1"},
		{Input{Measures: []string{"FINDINGS"}, Dimensions: []string{"DISTRICT", "TASK", "SEVERITY", "FINDING_STATUS"}}, "input.dimensions"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "SELF_CHECK_STATUS", Values: []string{"x"}}}}, "input.filters.0.dimension"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "DISTRICT", Values: nil}}}, "input.filters.0.values"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "DISTRICT", Values: many}}}, "input.filters.0.values"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "DISTRICT", Values: []string{"1", "芙蓉"}}}}, "input.filters.0.values.1"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "AIR_RELATED", Values: []string{"1"}}}}, "input.filters.0.values.0"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "SEVERITY", Values: []string{long}}}}, "input.filters.0.values.0"},
		// An enumeration's unknown code (it matched nothing and read as 0), and a measure twice.
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "SEVERITY", Values: []string{"HIGH", "NOPE"}}}}, "input.filters.0.values.1"},
		{Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "FINDING_STATUS", Values: []string{"high"}}}}, "input.filters.0.values.0"},
		{Input{Measures: []string{"FINDINGS", "FINDINGS"}}, "input.measures.1"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("PUSHED_AT", "2026-01-01", "2026-02-01")}, "input.timeDimension.field"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2026-13-01", "2026-02-01")}, "input.timeDimension.from"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2026-01-01", "1999-02-01")}, "input.timeDimension.to"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2026-03-01", "2026-02-01")}, "input.timeDimension.to"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2000-01-01", "2026-02-01")}, "input.timeDimension.to"},
		{Input{Measures: []string{"FINDINGS"}, CompareTo: ptr("PREVIOUS_PERIOD")}, "input.compareTo"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2024-01-01", "2026-02-01"), CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, "input.compareTo"},
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: tm("FOUND_AT", "2026-01-01", "2026-02-01"), CompareTo: ptr("PRECEDING_PERIOD")}, "input.compareTo"}, // no granularity
		// A year by week is 53 whole weeks: more than the 52 weeks back it is compared with.
		{Input{Measures: []string{"FINDINGS"}, TimeDimension: &TimeInput{Field: "FOUND_AT", Granularity: ptr("WEEK"), From: "2025-01-01", To: "2025-12-31"},
			CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, "input.compareTo"},
		{Input{Measures: []string{"FINDINGS"}, Order: []OrderInput{{Measure: ptr("CLOSED_FINDINGS")}}}, "input.order.0.measure"},
		{Input{Measures: []string{"FINDINGS"}, Order: []OrderInput{{Measure: ptr("FINDINGS"), Dimension: ptr("DISTRICT")}}}, "input.order.0"},
		{Input{Measures: []string{"FINDINGS"}, Order: []OrderInput{{Period: ptr(true)}}}, "input.order.0.period"},
		{Input{Measures: []string{"FINDINGS"}, Limit: ptr(0)}, "input.limit"},
		{Input{Measures: []string{"FINDINGS"}, Limit: ptr(MaxLimit + 1)}, "input.limit"},
	} {
		_, err := validate(c.in, time.Now())
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.BadUserInput || e.Field != c.field {
			t.Errorf("%+v: got %v, want BAD_USER_INPUT at %s", c.in, err, c.field)
			continue
		}
		for _, lang := range []string{"zh", "en"} {
			if m := e.Message(lang); m == "" || strings.Contains(m, "%!") {
				t.Errorf("%s message %q", lang, m)
			}
		}
	}
	_, err := validate(Input{Measures: []string{"FINDINGS"}, TimeDimension: &TimeInput{Field: "FOUND_AT", Granularity: ptr("WEEK"), From: "2025-01-01", To: "2025-12-31"},
		CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, time.Now())
	if e, _ := apperr.As(err); e == nil || e.Message("zh") != "按周与去年同期（52 周前）对比时，补足整周后的范围不能超过 52 周（此范围为 53 周）" {
		t.Errorf("a year by week: %v", err)
	}
	if _, err := validate(Input{Measures: []string{"FINDINGS"}, TimeDimension: &TimeInput{Field: "FOUND_AT", Granularity: ptr("WEEK"), From: "2025-01-06", To: "2025-12-28"},
		CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, time.Now()); err != nil {
		t.Errorf("52 whole weeks: %v", err)
	}
	_, err = validate(Input{Measures: []string{"FINDINGS"}, Filters: []FilterInput{{Dimension: "SEVERITY", Values: []string{"NOPE"}}}}, time.Now())
	if e, _ := apperr.As(err); e == nil || e.Message("en") != "“NOPE” is not a value of SEVERITY (one of HIGH, MEDIUM, LOW)" {
		t.Errorf("an unknown severity: %v", err)
	}
	// The rows without a value ("") and every declared code are values.
	if _, err := validate(Input{Measures: []string{"WARNING_NOTICES"}, Filters: []FilterInput{{Dimension: "WARNING_LEVEL", Values: []string{""}}}}, time.Now()); err != nil {
		t.Errorf("no level: %v", err)
	}
	// Ordered by a measure descending, nulls last; limited.
	_ = entgql.OrderDirectionDesc
}

// TestLeapDayHasNoCounterpart: compared by day with the year before, 29
// February has no day of its own a year on — it is left out, not added to
// 1 March (a percentile or a distinct count summed with another).
func TestLeapDayHasNoCounterpart(t *testing.T) {
	p, err := validate(Input{Measures: []string{"VISITS"}, TimeDimension: &TimeInput{Field: "SCHEDULED_ON", Granularity: ptr("DAY"),
		From: "2029-02-27", To: "2029-03-02"}, CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { d, _ := time.ParseInLocation(time.DateOnly, s, clock.Shanghai); return d }
	if _, ok := p.counterpart(day("2028-02-29")); ok {
		t.Error("2028-02-29 has a counterpart")
	}
	if u, ok := p.counterpart(day("2028-03-01")); !ok || u.Format(time.DateOnly) != "2029-03-01" {
		t.Errorf("2028-03-01 → %v %v", u, ok)
	}
	m, _ := validate(Input{Measures: []string{"VISITS"}, TimeDimension: &TimeInput{Field: "SCHEDULED_ON", Granularity: ptr("MONTH"),
		From: "2029-01-01", To: "2029-03-31"}, CompareTo: ptr("SAME_PERIOD_LAST_YEAR")}, time.Now())
	if u, ok := m.counterpart(day("2028-02-01")); !ok || u.Format(time.DateOnly) != "2029-02-01" {
		t.Errorf("February 2028 → %v %v", u, ok)
	}
}

// TestDayShiftsKeepEveryDay: compared with the same length just before, by
// day over a year, every day has its counterpart, 29 February included.
func TestDayShiftsKeepEveryDay(t *testing.T) {
	p, err := validate(Input{Measures: []string{"VISITS"}, TimeDimension: &TimeInput{Field: "SCHEDULED_ON", Granularity: ptr("DAY"),
		From: "2029-01-01", To: "2029-12-31"}, CompareTo: ptr("PREVIOUS_PERIOD")}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	d, _ := time.ParseInLocation(time.DateOnly, "2028-02-29", clock.Shanghai)
	if u, ok := p.counterpart(d); !ok || u.Sub(d) != 365*24*time.Hour {
		t.Errorf("2028-02-29 → %v %v", u, ok)
	}
}

// TestPrecedingPeriodAndEmptyPeriods: with PRECEDING_PERIOD (环比) each
// month's previous figures are the month before's — January's December's,
// read beyond the range; every period of a range is a row, one without
// findings with counts 0 and a null rate.
func TestPrecedingPeriodAndEmptyPeriods(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := spreadCity(t, dia)
		c := d.Client
		s := New(c)
		for _, user := range []string{"admin", "furong"} {
			ctx := dbtest.As(c, user)
			run := func(in Input) *Report {
				t.Helper()
				rep, err := s.Run(ctx, in)
				if err != nil {
					t.Fatal(err)
				}
				return rep
			}
			ms := []string{"FINDINGS", "RECTIFICATION_RATE"}
			month := func(from, to string) *TimeInput {
				return &TimeInput{Field: "FOUND_AT", Granularity: ptr("MONTH"), From: from, To: to}
			}
			rep := run(Input{Measures: ms, TimeDimension: month("2026-01-01", "2026-11-28"), CompareTo: ptr("PRECEDING_PERIOD")})
			dec := run(Input{Measures: ms, TimeDimension: month("2025-12-01", "2025-12-31")})
			if len(rep.Rows) != 11 || len(dec.Rows) != 1 {
				t.Fatalf("%s: %d months, %d in December", user, len(rep.Rows), len(dec.Rows))
			}
			found := 0.0
			for i, r := range rep.Rows {
				if want := fmt.Sprintf("2026-%02d-01", i+1); *r.Period != want {
					t.Errorf("%s: row %d is %s, want %s", user, i, *r.Period, want)
				}
				before := dec.Rows[0].Values
				if i > 0 {
					before = rep.Rows[i-1].Values
				}
				if fmt.Sprint(deref2(r.Previous)) != fmt.Sprint(deref2(before)) {
					t.Errorf("%s %s: previous %v, want %v", user, *r.Period, deref2(r.Previous), deref2(before))
				}
				if r.Values[0] != nil && r.Previous[0] != nil && (r.Change[0] == nil || *r.Change[0] != *r.Values[0]-*r.Previous[0]) {
					t.Errorf("%s %s: change %v", user, *r.Period, r.Change[0])
				}
				found += *r.Values[0]
			}
			if found == 0 {
				t.Fatalf("%s: no findings in 2026", user)
			}
			// A year without findings: twelve rows of 0, rates null.
			empty := run(Input{Measures: ms, TimeDimension: month("2020-01-01", "2020-12-31")})
			if len(empty.Rows) != 12 || empty.TotalRows != 12 || !empty.PeriodsFilled {
				t.Fatalf("%s: %d rows for 2020", user, len(empty.Rows))
			}
			for _, r := range empty.Rows {
				if *r.Values[0] != 0 || r.Values[1] != nil {
					t.Errorf("%s %s: %v", user, *r.Period, deref2(r.Values))
				}
			}
			// By district: each district with findings has all its months.
			byDistrict := run(Input{Measures: ms, Dimensions: []string{"DISTRICT"}, TimeDimension: month("2026-01-01", "2026-11-28"), Limit: ptr(MaxLimit)})
			months := map[string]int{}
			for _, r := range byDistrict.Rows {
				months[r.Dimensions[0].Value]++
			}
			if len(months) == 0 || (user == "furong" && len(months) != 1) {
				t.Fatalf("%s: districts %v", user, months)
			}
			for d, n := range months {
				if n != 11 {
					t.Errorf("%s: district %s has %d months, want 11", user, d, n)
				}
			}
			// Days by district over 393 days: the city's ten districts would
			// not fit in the limit, so only the days with findings are rows
			// (all of them); furong's one district fits, every day listed.
			days := run(Input{Measures: ms, Dimensions: []string{"DISTRICT"}, Limit: ptr(MaxLimit),
				TimeDimension: &TimeInput{Field: "FOUND_AT", Granularity: ptr("DAY"), From: "2025-11-01", To: "2026-11-28"}})
			fits := len(months)*393 <= MaxLimit
			total, zeros := 0.0, 0
			for _, r := range days.Rows {
				if *r.Values[0] == 0 {
					zeros++
				}
				total += *r.Values[0]
			}
			if days.PeriodsFilled != fits || len(days.Rows) != days.TotalRows || total < found || (zeros > 0) != fits ||
				(fits && len(days.Rows) != len(months)*393) {
				t.Errorf("%s: days by district: filled %v (fits %v), %d of %d rows, %d zero, %v findings (2026 alone: %v)", user, days.PeriodsFilled, fits,
					len(days.Rows), days.TotalRows, zeros, total, found)
			}
		}
	})
}

func deref2(vs []*float64) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		if v != nil {
			out[i] = *v
		}
	}
	return out
}

// spreadCity is the demo city loaded on 28 November 2026 with its
// findings, found today, moved over the fourteen months before (their
// deadlines and closures moved with them), through the triggers that keep
// the tallies.
func spreadCity(t *testing.T, dia string) *dbtest.DB {
	t.Helper()
	d := dbtest.Open(t, dia)
	now := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)
	if err := demo.Load(context.Background(), d.Client, now); err != nil {
		t.Fatal(err)
	}
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	fs := d.Client.Finding.Query().Order(ent.Asc(finding.FieldID)).AllX(sys)
	tx, err := d.SQL.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range fs {
		found := now.Add(-time.Duration(i%14)*30*24*time.Hour - time.Duration(i%23)*time.Hour)
		move := found.Sub(f.CreatedAt)
		var closed *time.Time
		if f.ClosedAt != nil {
			cl := f.ClosedAt.Add(move)
			closed = &cl
		}
		if _, err := tx.Exec("UPDATE findings SET created_at = $1, due_at = $2, closed_at = $3 WHERE id = $4",
			found, f.DueAt.Add(move), closed, f.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestCodesInTheirOrder: an enumeration's rows come in the order its
// schema declares (严重, 一般, 轻微; the workflow's statuses in turn), not
// by code (HIGH, LOW, MEDIUM), with （无） last.
func TestCodesInTheirOrder(t *testing.T) {
	d := dbtest.Open(t, "sqlite3")
	c := d.Client
	if err := demo.Load(context.Background(), c, time.Now()); err != nil {
		t.Fatal(err)
	}
	ctx := dbtest.As(c, "admin")
	codes := func(dim string) []string {
		t.Helper()
		rep, err := New(c).Run(ctx, Input{Measures: []string{"FINDINGS"}, Dimensions: []string{dim}})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rep.Rows {
			out = append(out, r.Dimensions[0].Value)
		}
		return out
	}
	if got := codes("SEVERITY"); fmt.Sprint(got) != "[HIGH MEDIUM LOW]" {
		t.Errorf("severities %v", got)
	}
	rank := enumRank("findingStatus")
	got := codes("FINDING_STATUS")
	if len(got) < 3 || !slices.IsSortedFunc(got, func(a, b string) int { return rank[a] - rank[b] }) {
		t.Errorf("statuses %v", got)
	}
	if got := codes("PERMIT_TIER"); len(got) < 2 || got[0] != "KEY" {
		t.Errorf("tiers %v", got)
	}
	d2 := &dimension{rank: rank}
	if compareDim(d2, "CLOSED", "") >= 0 || compareDim(d2, "", "FOUND") <= 0 {
		t.Error("（无） should come last")
	}
}
