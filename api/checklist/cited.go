package checklist

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"greencheck/api/apperr"
	"greencheck/ent"
	"greencheck/ent/checklistitem"
	"greencheck/ent/checklisttemplate"
)

// Cited is an instrument as the checklists in force cite it: the articles
// cited and, under each, the items citing it.
type Cited struct {
	Code     string
	Kind     Kind
	Articles []CitedArticle
}

// CitedArticle is one article of a Cited instrument ("" for the
// instrument as a whole, "§3" for a section) and the items citing it, by
// code.
type CitedArticle struct {
	Instrument string
	Article    string
	Items      []*ent.ChecklistItem
}

// CitedInstruments lists every instrument the published checklists' items
// cite — laws first, then regulations, rules, standards, documents, others;
// by code within a kind — each with its articles in order (numbers as
// numbers) and the items under each. Citations marked U (not verified)
// are left out, as the self-check and findings leave them out. One
// statement, read as the viewer (checklists are readable by every user).
func CitedInstruments(ctx context.Context, c *ent.Client) ([]*Cited, error) {
	items, err := c.ChecklistItem.Query().
		Where(checklistitem.HasTemplateWith(checklisttemplate.StatusEQ(checklisttemplate.StatusPUBLISHED))).
		Order(ent.Asc(checklistitem.FieldCode), ent.Asc(checklistitem.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byCode := map[string]map[string][]*ent.ChecklistItem{}
	for _, it := range items {
		for _, r := range it.LegalRefs {
			if r.Confidence == "U" || strings.TrimSpace(r.Instrument) == "" {
				continue
			}
			arts := byCode[r.Instrument]
			if arts == nil {
				arts = map[string][]*ent.ChecklistItem{}
				byCode[r.Instrument] = arts
			}
			split := strings.Split(r.Article, ",")
			for _, a := range split {
				a = strings.TrimSpace(a)
				if n := len(arts[a]); n == 0 || arts[a][n-1] != it {
					arts[a] = append(arts[a], it)
				}
			}
		}
	}
	out := make([]*Cited, 0, len(byCode))
	for code, arts := range byCode {
		ci := &Cited{Code: code, Kind: KindOf(code)}
		for a, its := range arts {
			ci.Articles = append(ci.Articles, CitedArticle{Instrument: code, Article: a, Items: its})
		}
		sort.Slice(ci.Articles, func(i, j int) bool { return articleLess(ci.Articles[i].Article, ci.Articles[j].Article) })
		out = append(out, ci)
	}
	sort.Slice(out, func(i, j int) bool {
		if ki, kj := kindOrder[out[i].Kind], kindOrder[out[j].Kind]; ki != kj {
			return ki < kj
		}
		return out[i].Code < out[j].Code
	})
	return out, nil
}

// CitedInstrument is one instrument of CitedInstruments by its code;
// NOT_FOUND naming "code" when no item in force cites it, BAD_USER_INPUT
// when it is empty.
func CitedInstrument(ctx context.Context, c *ent.Client, code string) (*Cited, error) {
	if strings.TrimSpace(code) == "" {
		return nil, apperr.Input("code", "input.required", "code")
	}
	all, err := CitedInstruments(ctx, c)
	if err != nil {
		return nil, err
	}
	for _, ci := range all {
		if ci.Code == code {
			return ci, nil
		}
	}
	return nil, apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("code")
}

var kindOrder = map[Kind]int{Law: 0, Regulation: 1, Rule: 2, Standard: 3, Document: 4, Other: 5}

// articleLess orders articles as a reader expects: the whole instrument
// first, then numbers by value (9 before 20), then sections.
func articleLess(a, b string) bool {
	na, ea := strconv.Atoi(a)
	nb, eb := strconv.Atoi(b)
	switch {
	case a == "" || b == "":
		return a == "" && b != ""
	case ea == nil && eb == nil:
		return na < nb
	case (ea == nil) != (eb == nil):
		return ea == nil
	}
	return a < b
}
