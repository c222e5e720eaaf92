package server_test

import (
	"strings"
	"testing"

	"greencheck/api/apitest"
	"greencheck/api/db/dbtest"
)

// The legal bases (法规依据) through the API: every signed-in role reads
// them in its language, with where the official text is; an instrument
// nothing cites is NOT_FOUND naming code; anonymous callers get nothing;
// the list costs constant statements.
func TestLegalInstrumentsContract(t *testing.T) {
	const one = `query($code: String!) { legalInstrument(code: $code) { code name kind officialSource { name url }
		articles { article citation items { code questionZh } } } }`
	env := apitest.Demo(t, "sqlite3")
	for _, who := range []string{"qiye", "expert", "furong", "admin"} {
		var got struct {
			LegalInstrument struct {
				Code, Name, Kind string
				OfficialSource   struct{ Name, URL string }
				Articles         []struct {
					Article, Citation string
					Items             []struct{ Code string }
				}
			}
		}
		env.Do(t, apitest.Request{Query: one, Variables: map[string]any{"code": "APL"}, Token: env.Token(t, who)}).Decode(t, &got)
		l := got.LegalInstrument
		if l.Name != "中华人民共和国大气污染防治法" || l.Kind != "LAW" || l.OfficialSource.URL != "https://flk.npc.gov.cn/" || len(l.Articles) < 5 {
			t.Fatalf("%s: %+v", who, l)
		}
		var a20 bool
		for _, a := range l.Articles {
			if a.Article == "20" {
				a20 = a.Citation == "《中华人民共和国大气污染防治法》第二十条" && len(a.Items) == 4
			}
		}
		if !a20 {
			t.Errorf("%s: article 20 %+v", who, l.Articles)
		}
	}
	res := env.Do(t, apitest.Request{Query: one, Variables: map[string]any{"code": "APL"}, Token: env.Token(t, "qiye"), Lang: "en"})
	if !strings.Contains(string(res.Data), "Article 20 of the Air Pollution Prevention and Control Law of the PRC") ||
		!strings.Contains(string(res.Data), "National Database of Laws and Regulations") {
		t.Errorf("in English: %s", res.Raw)
	}
	res = env.Do(t, apitest.Request{Query: one, Variables: map[string]any{"code": "未引用的法规"}, Token: env.Token(t, "qiye")})
	if res.Code() != "NOT_FOUND" || res.Errors[0].Extensions["field"] != "code" {
		t.Errorf("an instrument nothing cites: %s", res.Raw)
	}
	if res := env.Do(t, apitest.Request{Query: one, Variables: map[string]any{"code": "APL"}}); res.Code() != "UNAUTHENTICATED" {
		t.Errorf("anonymous: %s", res.Raw)
	}
}

func TestLegalInstrumentsCostConstantStatements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		tok := env.Token(t, "qiye")
		const all = `{ legalInstruments { code name kind officialSource { url } articles { article citation items { id code questionZh questionEn } } } }`
		count := func() int64 {
			env.DB.Counter.Reset()
			res := env.Do(t, apitest.Request{Query: all, Token: tok})
			if len(res.Errors) > 0 {
				t.Fatalf("%s", res.Raw)
			}
			return env.DB.Counter.Count()
		}
		count() // the viewer cached
		if n := count(); n != 1 {
			t.Errorf("%s: %d statements for every instrument and item, want 1", dia, n)
		}
	})
}
