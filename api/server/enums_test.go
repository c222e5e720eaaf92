package server_test

import (
	"fmt"
	"testing"

	"greencheck/api/apitest"
)

// TestEnumVariablesAsWritten: an enum value in the variables that differs
// from the schema's only by case ("desc", "csv", "high") is refused as
// GRAPHQL_VALIDATION_FAILED naming its path, never INTERNAL — gqlparser
// compares enum names in variables ignoring case, and the typed decoder
// then failed inside the resolver. Written as in the schema, it passes.
func TestEnumVariablesAsWritten(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	for _, c := range []struct {
		query string
		bad   map[string]any
		good  map[string]any
		path  string
	}{
		{`query($i: ReportInput!) { report(input: $i) { totalRows } }`,
			map[string]any{"i": map[string]any{"measures": []any{"FINDINGS"}, "dimensions": []any{"SEVERITY"}, "order": []any{map[string]any{"dimension": "SEVERITY", "direction": "desc"}}}},
			map[string]any{"i": map[string]any{"measures": []any{"FINDINGS"}, "dimensions": []any{"SEVERITY"}, "order": []any{map[string]any{"dimension": "SEVERITY", "direction": "DESC"}}}},
			"[variable i order 0 direction]"},
		{`query($w: FindingWhereInput) { findings(first: 1, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"severityIn": []any{"HIGH", "high"}}}, map[string]any{"w": map[string]any{"severityIn": []any{"HIGH"}}},
			"[variable w severityIn 1]"},
		{`query($w: FindingWhereInput) { findings(first: 1, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"status": "closed"}}, map[string]any{"w": map[string]any{"status": "CLOSED"}},
			"[variable w status]"},
		{`query($o: EnterpriseOrder) { enterprises(first: 1, orderBy: $o) { totalCount } }`,
			map[string]any{"o": map[string]any{"field": "name", "direction": "ASC"}}, map[string]any{"o": map[string]any{"field": "NAME", "direction": "ASC"}},
			"[variable o field]"},
		{`query($d: OrderDirection!) { enterprises(first: 1, orderBy: {field: NAME, direction: $d}) { totalCount } }`,
			map[string]any{"d": "desc"}, map[string]any{"d": "DESC"}, "[variable d]"},
	} {
		for _, lang := range []string{"zh", "en"} {
			r := env.Do(t, apitest.Request{Token: env.Token(t, "furong"), Lang: lang, Query: c.query, Variables: c.bad})
			if r.Code() != "GRAPHQL_VALIDATION_FAILED" || fmt.Sprint(r.Errors[0].Path) != c.path || r.Errors[0].Extensions["field"] == nil {
				t.Errorf("%s %v: %s", lang, c.bad, r.Raw)
			}
		}
		if r := env.Query(t, "furong", c.query, c.good); len(r.Errors) > 0 {
			t.Errorf("%v: %s", c.good, r.Raw)
		}
	}
}
