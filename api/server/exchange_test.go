package server_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
)

const exportQ = `mutation($in: ExportListInput!){exportList(input: $in){id list format status progress rows total fileName url error}}`

type exportJob struct {
	ID, List, Format, Status, FileName string
	Progress, Rows, Total              int
	URL, Error                         *string
}

// TestExportThroughTheAPI: the export contract over HTTP — a list's own
// typed where/orderBy (a filter across an edge into another district
// matches nothing, a filter too deep is refused like the list's), the file
// downloaded with the session (ranges for resumed downloads) and by nobody
// else, the viewer's exports listed, coded errors naming the input in the
// caller's language, partners' keys refused, a report exported.
func TestExportThroughTheAPI(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		c := env.DB.Client
		export := func(who string, in map[string]any) exportJob {
			t.Helper()
			var out struct{ ExportList exportJob }
			env.Query(t, who, exportQ, map[string]any{"in": in}).Decode(t, &out)
			return out.ExportList
		}
		where := map[string]any{"status": "RECTIFYING"}
		job := export("furong", map[string]any{"findings": map[string]any{"where": where, "orderBy": map[string]any{"field": "DUE_AT", "direction": "ASC"}}})
		want, _ := c.Finding.Query().Where(finding.StatusEQ(finding.StatusRECTIFYING), finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID))).Count(sys)
		if job.Status != "DONE" || job.Rows != want || want == 0 || job.URL == nil || job.List != "FINDINGS" || job.Format != "XLSX" ||
			!strings.HasPrefix(job.FileName, "整改台账-") {
			t.Fatalf("furong's export %+v, want %d rows", job, want)
		}
		res, body := env.Get(t, *job.URL, env.Token(t, "furong"))
		if res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Content-Disposition"), "filename*=UTF-8''") {
			t.Fatalf("download: %d %s", res.StatusCode, res.Header)
		}
		book, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := book.GetRows(book.GetSheetName(0))
		if len(rows) != want+1 || rows[0][0] != "问题编号" {
			t.Fatalf("%d rows, header %v", len(rows), rows[0])
		}
		due := -1
		for i, h := range rows[0] {
			if h == "整改期限" {
				due = i
			}
		}
		for i := 2; i < len(rows); i++ {
			if rows[i][due] < rows[i-1][due] {
				t.Fatalf("not in the list's order (due date ascending): %v then %v", rows[i-1], rows[i])
			}
		}
		// A resumed download (Range).
		req, _ := http.NewRequest(http.MethodGet, env.Server.URL+*job.URL, nil)
		req.Header.Set("Authorization", "Bearer "+env.Token(t, "furong"))
		req.Header.Set("Range", "bytes=10-19")
		rr, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		part, _ := io.ReadAll(rr.Body)
		rr.Body.Close()
		if rr.StatusCode != http.StatusPartialContent || !bytes.Equal(part, body[10:20]) {
			t.Errorf("range: %d %q", rr.StatusCode, part)
		}
		// Nobody else's; not without a session.
		if res, _ := env.Get(t, *job.URL, env.Token(t, "yuelu")); res.StatusCode != http.StatusNotFound {
			t.Errorf("yuelu downloaded furong's export: %d", res.StatusCode)
		}
		if res, _ := env.Get(t, *job.URL, ""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous download: %d", res.StatusCode)
		}
		var mine struct {
			ExportJobs struct{ TotalCount int }
		}
		env.Query(t, "yuelu", `{exportJobs(first: 10){totalCount}}`, nil).Decode(t, &mine)
		if mine.ExportJobs.TotalCount != 0 {
			t.Errorf("yuelu lists %d exports", mine.ExportJobs.TotalCount)
		}
		env.Query(t, "furong", `{exportJobs(first: 10, orderBy: {field: CREATED_AT, direction: DESC}){totalCount}}`, nil).Decode(t, &mine)
		if mine.ExportJobs.TotalCount != 1 {
			t.Errorf("furong lists %d exports", mine.ExportJobs.TotalCount)
		}

		// A filter across an edge is a read: into yuelu it matches nothing.
		across := export("furong", map[string]any{"format": "CSV", "findings": map[string]any{"where": map[string]any{
			"hasEnterpriseWith": []any{map[string]any{"districtID": itoa(f.yuelu.ID)}}}}})
		if across.Rows != 0 || across.Status != "DONE" {
			t.Errorf("furong exported %d of yuelu's findings", across.Rows)
		}
		// Filters are bounded as the list's are.
		deep := map[string]any{"hasEnterpriseWith": []any{map[string]any{"hasFindingsWith": []any{map[string]any{
			"hasEnterpriseWith": []any{map[string]any{"hasFindingsWith": []any{map[string]any{"status": "FOUND"}}}}}}}}}
		r := env.Query(t, "admin", exportQ, map[string]any{"in": map[string]any{"findings": map[string]any{"where": deep}}})
		if r.Code() != "COMPLEXITY_LIMIT_EXCEEDED" {
			t.Errorf("a filter 4 deep: %s", r.Raw)
		}
		// A long chain of conditions is refused with its field, on every
		// database (SQLite parses one as deep as it is long).
		ors := make([]any, 101)
		for i := range ors {
			ors[i] = map[string]any{"titleNEQ": "x" + itoa(i)}
		}
		r = env.Query(t, "admin", exportQ, map[string]any{"in": map[string]any{"findings": map[string]any{"where": map[string]any{"or": ors}}}})
		if r.Code() != "BAD_USER_INPUT" {
			t.Errorf("an or of 101: %s", r.Raw)
		}
		r = env.Query(t, "admin", `query($w: FindingWhereInput){findings(first: 1, where: $w){totalCount}}`, map[string]any{"w": map[string]any{"or": ors[:100]}})
		if len(r.Errors) > 0 {
			t.Errorf("an or of 100: %s", r.Raw)
		}
		// Exactly one list, named in the caller's language.
		for _, in := range []map[string]any{{}, {"users": map[string]any{}, "visits": map[string]any{}}} {
			r := env.Do(t, apitest.Request{Query: exportQ, Variables: map[string]any{"in": in}, Token: env.Token(t, "admin"), Lang: "en"})
			if r.Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "input" || !strings.Contains(r.Errors[0].Message, "exactly one list") {
				t.Errorf("lists %v: %s", in, r.Raw)
			}
		}
		// A partner's key exports nothing.
		_, secret := createKey(t, env, map[string]any{"name": "export", "districtIDs": []string{itoa(f.furong.ID)}, "scopes": []string{"ENTERPRISES", "SELF_CHECKS"}})
		pr := partnerDo(t, env, "X-API-Key", secret, map[string]any{"query": exportQ, "variables": map[string]any{"in": map[string]any{"enterprises": map[string]any{}}}})
		if pr.Code() != "FORBIDDEN" {
			t.Errorf("a partner exported: %s", pr.Raw)
		}
		// A report, labelled.
		var rep struct{ ExportReport exportJob }
		env.Query(t, "admin", `mutation{exportReport(input: {measures: [FINDINGS, RECTIFICATION_RATE], dimensions: [DISTRICT]}, format: CSV){status rows url list}}`, nil).Decode(t, &rep)
		if rep.ExportReport.Status != "DONE" || rep.ExportReport.Rows == 0 || rep.ExportReport.List != "REPORT" {
			t.Fatalf("report export %+v", rep.ExportReport)
		}
		res, body = env.Get(t, *rep.ExportReport.URL, env.Token(t, "admin"))
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") || !strings.Contains(string(body), "芙蓉区") {
			t.Errorf("report CSV: %d %s %.200s", res.StatusCode, res.Header.Get("Content-Type"), body)
		}
	})
}
