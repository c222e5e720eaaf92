package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"entgo.io/contrib/entgql"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/checklisttemplate"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/inspectiontask"
	"greencheck/ent/migrate"
	"greencheck/ent/notification"
	"greencheck/ent/selfcheck"
	"greencheck/ent/user"
)

// badCase is one entry of testdata/badinput.json: a request a hostile or
// careless caller sends, and the refusal it must get.
type badCase struct {
	Name      string         `json:"name"`
	As        string         `json:"as"`   // demo user; "" is anonymous
	Lang      string         `json:"lang"` // Accept-Language: zh (default) or en
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables"`
	// QueryRepeat builds a long query: prefix, unit n times ({i} is the
	// repetition's number), suffix.
	QueryRepeat *repeat `json:"queryRepeat"`
	Raw         *struct {
		Method      string  `json:"method"`
		URL         string  `json:"url"` // appended to /query
		ContentType string  `json:"contentType"`
		Body        string  `json:"body"`
		BodyRepeat  *repeat `json:"bodyRepeat"`
	} `json:"raw"`
	Status int    `json:"status"` // 0: not checked
	Code   string `json:"code"`
	Field  string `json:"field"`
	// Contains and NotContains are checked against the first message.
	Contains    string `json:"contains"`
	NotContains string `json:"notContains"`
}

type repeat struct {
	Prefix, Unit, Suffix string
	N                    int
}

func (r *repeat) String() string {
	var b strings.Builder
	b.WriteString(r.Prefix)
	for i := range r.N {
		b.WriteString(strings.ReplaceAll(r.Unit, "{i}", itoa(i)))
	}
	b.WriteString(r.Suffix)
	return b.String()
}

// leak matches what must never reach a caller: driver, SQL, file-system
// and runtime text.
var leak = regexp.MustCompile(`(?i)pq:|sqlite|sql:|dial tcp|/work/|/tmp/|\.go:\d|goroutine|runtime error|ent: |constraint failed|violates|panic`)

// TestBadInputCorpus sends every request of testdata/badinput.json (at
// least 200, each a kind of mistake or attack) on both databases and
// checks, for each: the status and code, the field named, a message in the
// caller's language without driver or path text, an answer within the
// request deadline — and, after all of them, that no table and no stored
// file changed.
func TestBadInputCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/badinput.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []badCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 200 {
		t.Fatalf("the corpus has %d cases, fewer than 200", len(cases))
	}
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		ph := placeholders(t, env)
		for _, c := range cases { // sign in first: sessions are writes
			if c.As != "" {
				env.Token(t, c.As)
			}
		}
		before := snapshot(t, env)
		for _, c := range cases {
			req := buildRequest(t, env, c, ph)
			start := time.Now()
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
			raw, _ := io.ReadAll(res.Body)
			res.Body.Close()
			took := time.Since(start)
			var out apitest.Response
			if err := json.Unmarshal(raw, &out); err != nil {
				t.Errorf("%s: %d, not JSON: %.200s", c.Name, res.StatusCode, raw)
				continue
			}
			if took > 12*time.Second {
				t.Errorf("%s: answered after %s, past the 10 s deadline", c.Name, took)
			}
			if c.Status != 0 && res.StatusCode != c.Status {
				t.Errorf("%s: status %d, want %d: %.300s", c.Name, res.StatusCode, c.Status, raw)
			}
			if out.Code() != c.Code {
				t.Errorf("%s: code %q, want %q: %.300s", c.Name, out.Code(), c.Code, raw)
				continue
			}
			e := out.Errors[0]
			if c.Field != "" && e.Extensions["field"] != c.Field {
				t.Errorf("%s: field %v, want %s: %.300s", c.Name, e.Extensions["field"], c.Field, raw)
			}
			if c.Contains != "" && !strings.Contains(e.Message, c.Contains) || c.NotContains != "" && strings.Contains(e.Message, c.NotContains) {
				t.Errorf("%s: message %q (contains %q, not %q)", c.Name, e.Message, c.Contains, c.NotContains)
			}
			han := strings.ContainsFunc(e.Message, func(r rune) bool { return unicode.Is(unicode.Han, r) })
			if c.Lang == "en" && han || c.Lang != "en" && !han {
				t.Errorf("%s: message not in %q: %s", c.Name, c.Lang, e.Message)
			}
			if leak.Match(raw) {
				t.Errorf("%s: the answer leaks internals: %.300s", c.Name, raw)
			}
			if res.StatusCode == http.StatusOK && len(out.Data) > 0 && string(out.Data) != "null" && c.Code != "BAD_USER_INPUT" && c.Code != "NOT_FOUND" {
				t.Errorf("%s: ran anyway: %.300s", c.Name, out.Data)
			}
		}
		if after := snapshot(t, env); after != before {
			t.Errorf("the corpus changed something:\nbefore %s\nafter  %s", before, after)
		}
	})
}

// snapshot counts every table's rows and lists the stored files.
func snapshot(t *testing.T, env *apitest.Env) string {
	t.Helper()
	var b strings.Builder
	for _, tb := range migrate.Tables {
		var n int
		if err := env.DB.SQL.QueryRow("SELECT COUNT(*) FROM " + tb.Name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s=%d ", tb.Name, n)
	}
	entries, _ := os.ReadDir(env.FilesDir)
	fmt.Fprintf(&b, "files=%d", len(entries))
	return b.String()
}

// placeholders are the demo's ids (and generated values) the corpus names
// as "$name".
func placeholders(t *testing.T, env *apitest.Env) map[string]any {
	t.Helper()
	c := env.DB.Client
	qiye, err := c.User.Query().Where(user.Username("qiye")).QueryEnterprise().Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	furong, err := c.District.Query().Where(district.NameZh("芙蓉区")).Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	must := func(id int, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return itoa(id)
	}
	sc, err := c.SelfCheck.Query().Where(selfcheck.EnterpriseID(qiye.ID), selfcheck.StatusNEQ(selfcheck.StatusSUBMITTED)).First(sys)
	if err != nil {
		t.Fatal(err)
	}
	item, err := sc.QueryTask().QueryTemplate().QueryItems().First(sys)
	if err != nil {
		t.Fatal(err)
	}
	task := must(c.InspectionTask.Query().Where(inspectiontask.StatusEQ(inspectiontask.StatusOPEN)).FirstID(sys))
	ent1 := must(qiye.ID, nil)
	ids := func(n int) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = itoa(qiye.ID + i)
		}
		return out
	}
	var not any = map[string]any{"titleContains": "x"}
	for range 1000 {
		not = map[string]any{"not": not}
	}
	outlets := make([]any, 10000)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("DA%05d", i)
	}
	taskID := must(c.InspectionTask.Query().FirstID(sys))
	var cursor strings.Builder
	entgql.Cursor[int]{ID: qiye.ID, Value: []any{1, 2, 3}}.MarshalGQL(&cursor)
	names, tiers := make([]any, 40000), make([]any, 40000)
	for i := range names {
		names[i], tiers[i] = fmt.Sprintf("企业%d", i), "KEY"
	}
	rules := make([]any, 500)
	for i := range rules {
		prefixes := make([]any, 70)
		for j := range prefixes {
			prefixes[j] = fmt.Sprintf("%02d", j%100)
		}
		rules[i] = map[string]any{"industryPrefixes": prefixes}
	}
	return map[string]any{
		"$enterprise":        ent1,
		"$furongEnterprise":  must(c.Enterprise.Query().Where(enterprise.DistrictID(furong.ID)).FirstID(sys)),
		"$district":          itoa(furong.ID),
		"$task":              task,
		"$finding":           must(c.Finding.Query().Where(finding.EnterpriseID(qiye.ID)).FirstID(sys)),
		"$template":          must(c.ChecklistTemplate.Query().Where(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED)).FirstID(sys)),
		"$selfCheck":         itoa(sc.ID),
		"$item":              itoa(item.ID),
		"$notification":      must(c.Notification.Query().Where(notification.HasUserWith(user.Username("qiye"))).FirstID(sys)),
		"$unknownEnterprise": itoa(sameRange(qiye.ID)),
		"$unknownTask":       itoa(sameRange(atoi(t, taskID))),
		"$ids101":            ids(101),
		"$ids5217":           ids(5217),
		"$not1000":           not,
		"$long100000":        strings.Repeat("长", 100000),
		"$long200":           strings.Repeat("k", 200),
		"$outlets10000":      outlets,
		"$longCursor":        strings.Repeat("A", 2000),
		"$cursorList":        strings.Trim(cursor.String(), `"`),
		"$names40000":        names,
		"$tiers40000":        tiers,
		"$rules500x70":       rules,
	}
}

// sameRange is an id of the same type as id that no row has.
func sameRange(id int) int { return (id/(1<<32-1))<<32 + 4_000_000_000 }

func buildRequest(t *testing.T, env *apitest.Env, c badCase, ph map[string]any) *http.Request {
	t.Helper()
	url := env.Server.URL + "/query"
	var req *http.Request
	if c.Raw != nil {
		body := c.Raw.Body
		if c.Raw.BodyRepeat != nil {
			body = c.Raw.BodyRepeat.String()
		}
		method := c.Raw.Method
		req, _ = http.NewRequest(method, url+c.Raw.URL, strings.NewReader(body))
		if c.Raw.ContentType != "" {
			req.Header.Set("Content-Type", c.Raw.ContentType)
		}
	} else {
		q := c.Query
		if c.QueryRepeat != nil {
			q = c.QueryRepeat.String()
		}
		// Placeholders anywhere in the variables, inputs' fields included.
		var subst func(v any) any
		subst = func(v any) any {
			switch x := v.(type) {
			case string:
				if p, ok := ph[x]; ok {
					return p
				}
			case map[string]any:
				out := map[string]any{}
				for k, e := range x {
					out[k] = subst(e)
				}
				return out
			case []any:
				out := make([]any, len(x))
				for i, e := range x {
					out[i] = subst(e)
				}
				return out
			}
			return v
		}
		vars := map[string]any{}
		for k, v := range c.Variables {
			vars[k] = subst(v)
		}
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		req, _ = http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	if c.As != "" {
		req.Header.Set("Authorization", "Bearer "+env.Token(t, c.As))
	}
	if c.Lang == "en" {
		req.Header.Set("Accept-Language", "en")
	} else {
		req.Header.Set("Accept-Language", "zh-CN,zh;q=0.9")
	}
	return req
}

// TestSingleValuesForLists: a single value given in variables for a list
// (GraphQL coerces it to a list of one) is checked and counted like the
// list — and a valid one is answered like the list.
func TestSingleValuesForLists(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		ph := placeholders(t, env)
		for _, d := range []any{ph["$district"], []any{ph["$district"]}} {
			var out struct{ WarningRecipients struct{ Total int } }
			env.Query(t, "admin", `query($d:[ID!]){warningRecipients(districtIDs:$d){total}}`, map[string]any{"d": d}).Decode(t, &out)
			if out.WarningRecipients.Total == 0 {
				t.Errorf("districtIDs %v: no recipients", d)
			}
		}
		var one, list struct{ Findings struct{ TotalCount int } }
		q := `query($w:FindingWhereInput){findings(first:1, where:$w){totalCount}}`
		env.Query(t, "admin", q, map[string]any{"w": map[string]any{"idIn": ph["$finding"]}}).Decode(t, &one)
		env.Query(t, "admin", q, map[string]any{"w": map[string]any{"idIn": []any{ph["$finding"]}}}).Decode(t, &list)
		if one.Findings.TotalCount != 1 || list.Findings.TotalCount != 1 {
			t.Errorf("idIn as one id: %d, as a list: %d", one.Findings.TotalCount, list.Findings.TotalCount)
		}
		// An empty …In list would match everything (ent skips it): refused,
		// naming the field, in a variable, a literal or nested across an edge;
		// an empty …NotIn excludes nothing and is answered.
		for _, c := range []struct {
			q     string
			vars  map[string]any
			field string
		}{
			{q, map[string]any{"w": map[string]any{"idIn": []any{}}}, "where.idIn"},
			{`{findings(first:1, where:{statusIn: []}){totalCount}}`, nil, "where.statusIn"},
			{`{enterprises(first:1, where:{hasFindingsWith:[{severityIn: []}]}){totalCount}}`, nil, "where.hasFindingsWith.0.severityIn"},
			{`{findings(first:1, where:{or: []}){totalCount}}`, nil, "where.or"},
			{`{findings(first:1, where:{hasEnterpriseWith: []}){totalCount}}`, nil, "where.hasEnterpriseWith"},
		} {
			for _, lang := range []string{"zh-CN", "en"} {
				res := env.Do(t, apitest.Request{Query: c.q, Variables: c.vars, Token: env.Token(t, "admin"), Lang: lang})
				if res.Code() != "BAD_USER_INPUT" || res.Errors[0].Extensions["field"] != c.field || !strings.Contains(res.Errors[0].Message, c.field[strings.LastIndex(c.field, ".")+1:]) {
					t.Errorf("%s (%s): %s", c.q, lang, res.Raw)
				}
			}
		}
		var not struct{ Findings struct{ TotalCount int } }
		env.Query(t, "admin", q, map[string]any{"w": map[string]any{"idNotIn": []any{}}}).Decode(t, &not)
		if not.Findings.TotalCount == 0 {
			t.Error("idNotIn: [] excluded everything")
		}
	})
}
