package templates

import (
	"bytes"
	"encoding/json"
	"github.com/xuri/excelize/v2"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"greencheck/api/apperr"
	"greencheck/api/checklist"
	"greencheck/ent/checklistitem"
)

// defaultDoc is the default 59-item checklist as an exchange document.
func defaultDoc() Doc {
	d := Doc{Name: checklist.DefaultTemplateName}
	for _, it := range checklist.DefaultItems() {
		d.Items = append(d.Items, ItemDoc{Code: it.Code, Category: checklistitem.Category(it.Category), QuestionZh: it.QuestionZh,
			QuestionEn: it.QuestionEn, AnswerType: checklistitem.AnswerType(it.AnswerType), Compliance: it.Compliance,
			Applicability: it.Applicability, LegalRefs: it.LegalRefs, FindingLabelZh: it.LabelZh, FindingLabelEn: it.LabelEn,
			Severity: checklistitem.Severity(it.Severity), DefaultDeadlineDays: it.DeadlineDays, GuidanceZh: it.GuidanceZh, GuidanceEn: it.GuidanceEn})
	}
	return d
}

// The default checklist is valid, and survives Excel and JSON round trips.
func TestExchangeRoundTrips(t *testing.T) {
	d := defaultDoc()
	if err := validate(&d); err != nil {
		t.Fatalf("the default checklist is invalid: %v", err)
	}
	var x bytes.Buffer
	if err := WriteXLSX(&d, &x); err != nil {
		t.Fatal(err)
	}
	fromX, err := Decode(x.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(d)
	fromJ, err := Decode(j)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]Doc{"xlsx": fromX, "json": fromJ} {
		if err := validate(&got); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if got.Name != d.Name || !reflect.DeepEqual(got.Items, d.Items) {
			t.Errorf("%s round trip changed the checklist", name)
		}
	}
}

// Invalid items are refused with the item and field named.
func TestValidate(t *testing.T) {
	d := defaultDoc()
	d.Items[3].Compliance.Expect = "MAYBE"
	err := validate(&d)
	e, ok := apperr.As(err)
	if !ok || e.Field != "items.3.compliance.expect" {
		t.Errorf("got %v", err)
	}
	d = defaultDoc()
	d.Items[1].Code = d.Items[0].Code
	if err := validate(&d); err == nil {
		t.Errorf("a repeated code passed")
	}
	// Strings anywhere in the document — the JSON ones too — get the
	// checks GraphQL arguments get: control and direction characters,
	// invisible-only text, 10,000 characters.
	for _, c := range []struct {
		field string
		spoil func(d *Doc)
	}{
		{"items.2.guidanceZh.0", func(d *Doc) { d.Items[2].GuidanceZh = []string{"a\x00b"} }},
		{"items.0.legalRefs.0.article", func(d *Doc) {
			refs := slices.Clone(d.Items[0].LegalRefs) // the default's slice is shared
			refs[0].Article = "第\u202e条"
			d.Items[0].LegalRefs = refs
		}},
		{"items.1.questionZh", func(d *Doc) { d.Items[1].QuestionZh = "\x1b[31m问题" }},
		{"items.4.guidanceEn.0", func(d *Doc) { d.Items[4].GuidanceEn = []string{"\u200b\u200b"} }},
		{"items.5.findingLabelZh", func(d *Doc) { d.Items[5].FindingLabelZh = strings.Repeat("长", 10_001) }},
		{"name", func(d *Doc) { d.Name = "模板\ufffd" }},
	} {
		d = defaultDoc()
		c.spoil(&d)
		err := validate(&d)
		if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != c.field {
			t.Errorf("%s: got %v", c.field, err)
		}
	}
	if _, err := Decode([]byte(`{"name":"x","items":[],"extra":1}`)); err == nil {
		t.Errorf("an unknown field passed")
	}
}

// A workbook is read a row at a time with its bounds: a cell in the sheet's
// last column (XFD) on every row is refused with its row, without padding
// the whole sheet into memory; a sheet longer than its bound is refused;
// an unreadable file is a coded error.
func TestHostileWorkbooks(t *testing.T) {
	book := func(sheet string, rows int, lastColumn bool) []byte {
		f := excelize.NewFile()
		_ = f.SetSheetName("Sheet1", sheet)
		sw, err := f.NewStreamWriter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for r := 1; r <= rows; r++ {
			col := 1
			if lastColumn {
				col = excelize.MaxColumns
			}
			cell, _ := excelize.CoordinatesToCellName(col, r)
			if err := sw.SetRow(cell, []any{"x"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := sw.Flush(); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := f.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	padded := func() []byte { // 100,000 rows, each a blank in the last column
		f := excelize.NewFile()
		_ = f.SetSheetName("Sheet1", itemsSheet)
		sw, _ := f.NewStreamWriter(itemsSheet)
		for r := 1; r <= 100_000; r++ {
			cell, _ := excelize.CoordinatesToCellName(excelize.MaxColumns, r)
			_ = sw.SetRow(cell, []any{"\u3000"})
		}
		_ = sw.Flush()
		var buf bytes.Buffer
		_, _ = f.WriteTo(&buf)
		return buf.Bytes()
	}
	huge := func() []byte { // 20 MB of text once unzipped
		f := excelize.NewFile()
		_ = f.SetSheetName("Sheet1", itemsSheet)
		sw, _ := f.NewStreamWriter(itemsSheet)
		for r := 1; r <= 640; r++ {
			_ = sw.SetRow("A"+strconv.Itoa(r), []any{strings.Repeat("大", 10000)})
		}
		_ = sw.Flush()
		var buf bytes.Buffer
		_, _ = f.WriteTo(&buf)
		return buf.Bytes()
	}
	for _, c := range []struct {
		name string
		data []byte
		key  string
	}{
		{"100,000 blank rows reaching the last column", padded(), "template.columns"},
		{"20 MB of text", huge(), "template.too_big"},
		{"one cell in the last column of each of 2,000 rows", book(itemsSheet, 2000, true), "template.columns"},
		{"an info sheet of 1,000 rows", book(infoSheet, 1000, false), "template.rows"},
		{"not a workbook", []byte("PK\x03\x04 not a zip"), "template.not_workbook"},
	} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Decode(c.data)
		runtime.ReadMemStats(&after)
		e, ok := apperr.As(err)
		if !ok || e.Key != c.key || e.Field != "file" {
			t.Errorf("%s: %v, want %s", c.name, err, c.key)
		}
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
			t.Errorf("%s: allocated %d MB", c.name, grown>>20)
		}
	}
}
