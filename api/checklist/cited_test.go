package checklist_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/checklist"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/ent/privacy"
)

// TestCitedInstruments: the legal bases of the published checklist, each
// instrument with its articles in reading order and the items citing each
// (an item citing "16,22" under both; U citations left out), the same for
// every role that can sign in; an instrument nothing cites is NOT_FOUND
// naming code.
func TestCitedInstruments(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		if err := demo.Load(sys, d.Client, time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		var first []string
		for _, who := range []string{"qiye", "furong", "admin"} {
			all, err := checklist.CitedInstruments(dbtest.As(d.Client, who), d.Client)
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, ci := range all {
				codes = append(codes, ci.Code+"/"+string(ci.Kind))
			}
			if first == nil {
				first = codes
			} else if !slices.Equal(first, codes) {
				t.Errorf("%s reads other instruments: %v", who, codes)
			}
		}
		if len(first) < 10 || first[0] != "APL/LAW" {
			t.Errorf("instruments: %v", first)
		}
		if slices.Contains(first, "噪声污染防治法/LAW") {
			t.Error("the noise law is cited only unverified (U) and is listed")
		}
		ctx := dbtest.As(d.Client, "qiye")
		// PR: only 2,33 are verified; 14–22, 34–37 are U.
		if pr, err := checklist.CitedInstrument(ctx, d.Client, "PR"); err != nil || len(pr.Articles) != 2 || pr.Articles[0].Article != "2" || pr.Articles[1].Article != "33" {
			t.Errorf("PR: %+v %v", pr, err)
		}
		apl, err := checklist.CitedInstrument(ctx, d.Client, "APL")
		if err != nil {
			t.Fatal(err)
		}
		var arts []string
		items := map[string][]string{}
		for _, a := range apl.Articles {
			arts = append(arts, a.Article)
			for _, it := range a.Items {
				items[a.Article] = append(items[a.Article], it.Code)
			}
		}
		if !slices.IsSortedFunc(arts, func(a, b string) int { return atoi(a) - atoi(b) }) || !slices.Contains(arts, "20") || !slices.Contains(arts, "100") {
			t.Errorf("APL articles %v", arts)
		}
		// APL 24,100 is cited by two items: each is under both articles.
		for _, code := range items["100"] {
			if !slices.Contains(items["24"], code) {
				t.Errorf("item %s cites APL 24,100 and is not under 24: %v", code, items)
			}
		}
		if len(items["20"]) != 4 {
			t.Errorf("APL 20 cited by %v, want 4 items", items["20"])
		}
		gb, err := checklist.CitedInstrument(ctx, d.Client, "GB 37822")
		if err != nil || len(gb.Articles) != 1 || gb.Articles[0].Article != "" || len(gb.Articles[0].Items) != 6 || gb.Kind != checklist.Standard {
			t.Errorf("GB 37822: %+v %v", gb, err)
		}
		_, err = checklist.CitedInstrument(ctx, d.Client, "NOPE")
		if e, ok := apperr.As(err); !ok || e.Code != apperr.NotFound || e.Field != "code" {
			t.Errorf("an instrument nothing cites: %v", err)
		}
	})
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func TestOfficialSources(t *testing.T) {
	for code, want := range map[string]string{
		"APL": "https://flk.npc.gov.cn/", "CPR": "https://flk.npc.gov.cn/", "GB 37822": "https://openstd.samr.gov.cn/",
		"HJ 819": "https://www.mee.gov.cn/", "环办环评函〔2020〕688号": "https://www.mee.gov.cn/", "生态环境部令第24号": "https://www.mee.gov.cn/",
		"长政办发〔2024〕5号": "https://www.changsha.gov.cn/", "地方要求": "", "平台规则": "",
	} {
		got := checklist.OfficialSource(code, "zh")
		if (got == nil) != (want == "") || got != nil && got.URL != want {
			t.Errorf("%s: %+v, want %q", code, got, want)
		}
	}
	if s := checklist.OfficialSource("APL", "en"); s.Name != "National Database of Laws and Regulations" {
		t.Errorf("English source name %q", s.Name)
	}
}
