package graph

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"greencheck/api/apperr"
	"greencheck/graph/generated"
)

// Every plain list of objects in the schema has a declared bound (and
// every bound names such a list), so a new list is costed on purpose.
func TestEveryObjectListIsBounded(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}}).Schema()
	lists := map[string]bool{}
	for name, d := range s.Types {
		if d.Kind != ast.Object || strings.HasPrefix(name, "__") || strings.HasSuffix(name, "Connection") {
			continue
		}
		for _, f := range d.Fields {
			el := s.Types[f.Type.Name()]
			if f.Type.Elem == nil || (el.Kind != ast.Object && el.Kind != ast.Interface) || name+"."+f.Name == "Query.nodes" {
				continue
			}
			lists[name+"."+f.Name] = true
		}
	}
	var missing, stale []string
	for l := range lists {
		if listBounds[l] == 0 {
			missing = append(missing, l)
		}
	}
	for l := range fromRow {
		if !lists[l] {
			stale = append(stale, l)
		}
	}
	for l := range listBounds {
		if !lists[l] {
			stale = append(stale, l)
		}
	}
	sort.Strings(missing)
	sort.Strings(stale)
	if len(missing) > 0 || len(stale) > 0 {
		t.Errorf("lists without a bound: %v; bounds of no list: %v", missing, stale)
	}
}

// A selection under a list is costed once per element it may hold: the
// legal bases' lists with a connection under every item (the attacker's
// 70 aliases, costed 49,350 before and 10 s of work) are refused, while
// the same lists with scalar fields only cost little.
func TestListsMultiplyWhatTheyHold(t *testing.T) {
	cost := func(q string) int {
		c, err := walkCost(t, q, map[string]any{}, true)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	heavy := cost(`{ legalInstruments { articles { items { template { items(first: 100) { edges { node { code questionZh questionEn guidanceZh } } } } } } } }`)
	if heavy <= DefaultMaxCost {
		t.Errorf("one alias of the nested lists costs %d, within the limit %d", heavy, DefaultMaxCost)
	}
	light := cost(`{ legalInstruments { code name kind articles { article citation items { id code questionZh questionEn } } } }`)
	if light > DefaultMaxCost/4 {
		t.Errorf("the legal bases page costs %d", light)
	}
	// A list read per row costs per element even with scalar fields only:
	// the attacker's applicableItems under 1,000 self-checks, twice (62 MB).
	twice := cost(`{ districts(first: 10) { edges { node { enterprises(first: 100) { edges { node { selfChecks(first: 1) { edges { node {
		a: applicableItems { id code questionZh questionEn findingLabelZh findingLabelEn guidanceZh guidanceEn defaultDeadlineDays severity category answerType sortOrder templateID createdAt updatedAt }
		b: applicableItems { id code questionZh questionEn findingLabelZh findingLabelEn guidanceZh guidanceEn defaultDeadlineDays severity category answerType sortOrder templateID createdAt updatedAt } } } } } } } } } } }`)
	if twice <= DefaultMaxCost {
		t.Errorf("applicableItems twice under 1,000 self-checks costs %d, within the limit", twice)
	}
}

// A report's rows cost what its input's limit lets it return, not the
// bound of every report: a 10-row report costs its 1,000 points and ten
// rows, the default 100 rows and the largest 1,000 rows each more.
func TestReportRowsCostTheirLimit(t *testing.T) {
	cost := func(q string, vars map[string]any) int {
		c, err := walkCost(t, q, vars, false)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	const rows = `rows { dimensions { value label } values }`
	ten := cost(`{ report(input: {measures: [FINDINGS], dimensions: [DISTRICT], limit: 10}) { `+rows+` } }`, nil)
	byVar := cost(`query($n: Int) { report(input: {measures: [FINDINGS], dimensions: [DISTRICT], limit: $n}) { `+rows+` } }`, map[string]any{"n": 10})
	byDefault := cost(`{ report(input: {measures: [FINDINGS], dimensions: [DISTRICT]}) { `+rows+` } }`, nil)
	most := cost(`{ report(input: {measures: [FINDINGS], dimensions: [DISTRICT], limit: 1000}) { `+rows+` } }`, nil)
	if ten != byVar || !(ten < byDefault && byDefault < most) || ten > 1200 || most < 1000+1000*4 {
		t.Errorf("report costs: limit 10 %d (as a variable %d), default %d, limit 1,000 %d", ten, byVar, byDefault, most)
	}
	// A saved report's figures cost its largest limit unless they ask for
	// fewer rows; __typename (asked by caching clients on every object)
	// costs nothing.
	saved := cost(`{ dashboardReports { figures { `+rows+` } } }`, nil)
	sixty := cost(`{ dashboardReports { figures(limit: 60) { `+rows+` } } }`, nil)
	typed := cost(`{ dashboardReports { __typename figures(limit: 60) { __typename rows { __typename dimensions { __typename value label } values } } } }`, nil)
	if !(sixty < saved) || sixty > 8*(1000+60*5+10) || typed != sixty {
		t.Errorf("home costs: all rows %d, 60 rows %d, with __typename %d", saved, sixty, typed)
	}
	// A field repeated under aliases is output for every row, and costs
	// so, __typename too: 199 of them under 1,000 rows (a 3.7 MB answer
	// for 1,005 points before; 45 such reports were 165 MB).
	var aliases, dimAliases strings.Builder
	for i := range 199 {
		fmt.Fprintf(&aliases, " t%d: __typename", i)
		fmt.Fprintf(&dimAliases, " v%d: value", i)
	}
	for _, q := range []string{
		`{ report(input: {measures: [FINDINGS], limit: 1000}) { rows { ` + aliases.String() + ` } } }`,
		`{ report(input: {measures: [FINDINGS], limit: 1000}) { rows { dimensions { ` + dimAliases.String() + ` } } } }`,
		`query { report(input: {measures: [FINDINGS], limit: 1000}) { rows { ...F } } } fragment F on ReportRow { ` + aliases.String() + ` }`,
	} {
		c, err := walkCost(t, q, nil, false)
		if err == nil && c < 199*1000 {
			t.Errorf("%.80s…: cost %d", q, c)
		}
	}
	if c := cost(`{ a: __typename b: __typename c: __typename }`, nil); c != 2 {
		t.Errorf("three __typename cost %d, want the repeats' 2", c)
	}
}

// The whole schema is asked once a request, a type at most MaxTypeFields
// times: 20 aliased __schema fields were 17.7 MB at a cost of 20.
func TestIntrospectionIsAskedOnce(t *testing.T) {
	walk := func(q string) error {
		_, err := walkCost(t, q, map[string]any{}, false)
		return err
	}
	if err := walk(`{ __schema { types { name fields { name } } } }`); err != nil {
		t.Fatalf("one __schema refused: %v", err)
	}
	for _, q := range []string{
		`{ a: __schema { types { name } } b: __schema { types { name } } }`,
		`{ ...F ...F } fragment F on Query { __schema { queryType { name } } }`,
		`{ ` + strings.Repeat(`t: __type(name: "Query") { name } `, 1) + strings.Repeat(`__type(name: "Finding") { name } `, 21) + ` }`,
	} {
		err := walk(q)
		if ae, ok := err.(*apperr.Error); !ok || ae.Code != apperr.ComplexityLimitExceeded {
			t.Errorf("%.60s…: %v", q, err)
		}
	}
}

// walkCost walks a document as the limits do (with vars; measure skips
// the checks of values) and returns its cost or its refusal.
func walkCost(t *testing.T, q string, vars map[string]any, measure bool) (int, error) {
	t.Helper()
	es := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}})
	l := &Limits{MaxCost: DefaultMaxCost}
	if err := l.Validate(es); err != nil {
		t.Fatal(err)
	}
	doc, gerr := gqlparser.LoadQueryWithRules(es.Schema(), q, rules.NewDefaultRules())
	if gerr != nil {
		t.Fatal(gerr)
	}
	w := newWalker(l, vars, doc)
	w.measure = measure
	c, e := w.cost(es.Schema().Query, doc.Operations[0].SelectionSet, 1)
	if e != nil {
		return 0, e
	}
	return c, nil
}
