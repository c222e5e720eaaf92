package server_test

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
	"greencheck/api/lifecycle"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
)

// TestLedgerExport: the ledger workbook holds exactly the viewer's findings
// under its filters; nobody gets another scope's rows.
func TestLedgerExport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		f := load(t, env)
		rows := func(who, query string) [][]string {
			t.Helper()
			res, body := env.Get(t, "/exports/ledger.xlsx"+query, env.Token(t, who))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s %s: %d %s", who, query, res.StatusCode, body)
			}
			if !strings.Contains(res.Header.Get("Content-Disposition"), "attachment; filename*=UTF-8''") {
				t.Errorf("disposition %q", res.Header.Get("Content-Disposition"))
			}
			book, err := excelize.OpenReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			all, err := book.GetRows("整改台账")
			if err != nil {
				t.Fatal(err)
			}
			return all
		}
		furongAll, _ := env.DB.Client.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID))).Count(sys)
		got := rows("furong", "")
		if len(got)-1 != furongAll || got[0][0] != "问题编号" {
			t.Fatalf("furong's ledger has %d rows, want %d (header %v)", len(got)-1, furongAll, got[0])
		}
		for _, r := range got[1:] {
			if r[3] != "芙蓉区" {
				t.Fatalf("a row of another district: %v", r)
			}
		}
		open, _ := env.DB.Client.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID)),
			finding.StatusIn(finding.StatusRECTIFYING, finding.StatusSUBMITTED), finding.Overdue(true)).Count(sys)
		if got := rows("furong", "?status=RECTIFYING,SUBMITTED&overdue=1"); len(got)-1 != open {
			t.Errorf("filtered ledger %d rows, want %d", len(got)-1, open)
		}
		// The list's other filters: open or resolved (the lifecycle's open statuses), the enterprise's name.
		openAll, _ := env.DB.Client.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID)),
			finding.StatusIn(lifecycle.As[finding.Status](lifecycle.OpenStatuses)...)).Count(sys)
		if got := rows("furong", "?open=1"); len(got)-1 != openAll || openAll == 0 {
			t.Errorf("open ledger %d rows, want %d", len(got)-1, openAll)
		}
		if got := rows("furong", "?open=0"); len(got)-1 != furongAll-openAll {
			t.Errorf("resolved ledger %d rows, want %d", len(got)-1, furongAll-openAll)
		}
		name := f.qiyeEnt.Name
		named, _ := env.DB.Client.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.NameContains(name), enterprise.DistrictID(f.furong.ID))).Count(sys)
		if got := rows("furong", "?q="+url.QueryEscape(" "+name+" ")); len(got)-1 != named || named == 0 {
			t.Errorf("ledger of %s: %d rows, want %d", name, len(got)-1, named)
		}
		// One enterprise's findings (the enterprise list's drill-down): its own to its district, none of it to another.
		ofQiye, _ := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if got := rows("furong", "?enterpriseID="+itoa(f.qiyeEnt.ID)); len(got)-1 != ofQiye || ofQiye == 0 {
			t.Errorf("ledger of enterprise %d: %d rows, want %d", f.qiyeEnt.ID, len(got)-1, ofQiye)
		}
		if got := rows("yuelu", "?enterpriseID="+itoa(f.qiyeEnt.ID)); len(got) != 1 {
			t.Errorf("yuelu got %d rows of a 芙蓉区 enterprise", len(got)-1)
		}
		for _, bad := range []string{"?open=maybe", "?q=" + url.QueryEscape("a\u202eb"), "?enterpriseID=x", "?enterpriseID=-3"} {
			if res, _ := env.Get(t, "/exports/ledger.xlsx"+bad, env.Token(t, "furong")); res.StatusCode != http.StatusBadRequest {
				t.Errorf("%s: %d", bad, res.StatusCode)
			}
		}
		// yuelu asking for 芙蓉区 gets nothing of it; qiye only its own.
		if got := rows("yuelu", "?districtID="+itoa(f.furong.ID)); len(got) != 1 {
			t.Errorf("yuelu got %d 芙蓉区 rows", len(got)-1)
		}
		mine, _ := env.DB.Client.Finding.Query().Where(finding.EnterpriseID(f.qiyeEnt.ID)).Count(sys)
		if got := rows("qiye", ""); len(got)-1 != mine {
			t.Errorf("qiye got %d rows, want its %d", len(got)-1, mine)
		}
		if res, _ := env.Get(t, "/exports/ledger.xlsx", ""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous: %d", res.StatusCode)
		}
		if res, _ := env.Get(t, "/exports/ledger.xlsx?status=DONE", env.Token(t, "furong")); res.StatusCode != http.StatusBadRequest {
			t.Errorf("bad status: %d", res.StatusCode)
		}
	})
}

// TestRegistryTemplate: the bulk registration template goes to those who
// may import (the city, a district) in their language; an expert or an
// enterprise gets 403 FORBIDDEN, nobody signed in 401.
func TestRegistryTemplate(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		for _, who := range []string{"admin", "furong"} {
			res, body := env.Get(t, "/exports/templates/registry.xlsx", env.Token(t, who))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d %s", who, res.StatusCode, body)
			}
			book, err := excelize.OpenReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if head, err := book.GetRows("企业"); err != nil || len(head) < 2 || !strings.HasPrefix(head[0][0], "统一社会信用代码") {
				t.Errorf("%s: the enterprises sheet %v (%v)", who, head, err)
			}
			// 取值说明: headed; the viewer's districts; tiers and grades by name, in the schema's order, with their codes.
			vals, err := book.GetRows("取值说明")
			var tiers, districts []string
			for _, r := range vals {
				switch {
				case len(r) == 3 && r[0] == "排污许可管理类别":
					tiers = append(tiers, r[1]+"="+r[2])
				case len(r) == 3 && r[0] == "区县":
					districts = append(districts, r[1])
				}
			}
			if err != nil || len(vals) == 0 || strings.Join(vals[0], "|") != "列|可填写的值|代码（也可填写）" ||
				strings.Join(tiers, " ") != "重点管理=KEY 简化管理=SIMPLIFIED 登记管理=REGISTRATION 无需许可=NONE" ||
				who == "furong" && strings.Join(districts, " ") != "芙蓉区" || who == "admin" && len(districts) != 10 {
				t.Errorf("%s: 取值说明 %v (%v)", who, vals, err)
			}
		}
		for _, who := range []string{"expert", "qiye"} {
			res, body := env.Get(t, "/exports/templates/registry.xlsx", env.Token(t, who))
			if res.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "FORBIDDEN") {
				t.Errorf("%s: %d %s", who, res.StatusCode, body)
			}
		}
		if res, _ := env.Get(t, "/exports/templates/registry.xlsx", ""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("signed out: %d", res.StatusCode)
		}
	})
}

// TestReadOnlyAddresses: what is only read — a download, a file, a page of
// the SPA, health — answers another method with 405 and Allow: GET, HEAD
// (a POST to a file's address used to get the SPA's page, a POST to the
// template a 404).
func TestReadOnlyAddresses(t *testing.T) {
	env := apitest.Demo(t, "sqlite3")
	for _, path := range []string{"/exports/templates/registry.xlsx", "/exports/jobs/1", "/files/1", "/enterprises", "/healthz", "/"} {
		for _, method := range []string{http.MethodPost, http.MethodDelete, http.MethodPut} {
			req, _ := http.NewRequest(method, env.Server.URL+path, strings.NewReader("{}"))
			req.Header.Set("Accept-Language", "en")
			res, err := env.Server.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" ||
				!strings.Contains(string(body), `"code":"BAD_REQUEST"`) || !strings.Contains(string(body), method+" is not supported: this address is only read (GET)") {
				t.Errorf("%s %s: %d %q %s", method, path, res.StatusCode, res.Header.Get("Allow"), body)
			}
		}
	}
	if res, _ := env.Get(t, "/healthz", ""); res.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: %d", res.StatusCode)
	}
}
