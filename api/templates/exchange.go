package templates

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/xlsx"
	"greencheck/ent/checklistitem"
)

// Sheets and columns of the Excel exchange format: one row per item; the
// structured rules as JSON in their cells, guidance one step per line.
const (
	itemsSheet = "检查项"
	infoSheet  = "模板"
)

var columns = []string{"编号 code", "类别 category", "问题 questionZh", "Question questionEn", "答案类型 answerType",
	"合规规则 compliance (JSON)", "适用范围 applicability (JSON)", "严重程度 severity", "整改期限（天） defaultDeadlineDays",
	"问题名称 findingLabelZh", "Finding label findingLabelEn", "整改方向（每行一步） guidanceZh", "Guidance (one step a line) guidanceEn",
	"法律依据 legalRefs (JSON)"}

// WriteXLSX writes a template as an Excel workbook.
func WriteXLSX(d *Doc, w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", itemsSheet); err != nil {
		return err
	}
	if _, err := f.NewSheet(infoSheet); err != nil {
		return err
	}
	desc := ""
	if d.Description != nil {
		desc = *d.Description
	}
	_ = f.SetSheetRow(infoSheet, "A1", &[]any{"名称 name", d.Name})
	_ = f.SetSheetRow(infoSheet, "A2", &[]any{"说明 description", desc})
	header := make([]any, len(columns))
	for i, c := range columns {
		header[i] = c
	}
	if err := f.SetSheetRow(itemsSheet, "A1", &header); err != nil {
		return err
	}
	for i, it := range d.Items {
		js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
		row := []any{it.Code, string(it.Category), it.QuestionZh, it.QuestionEn, string(it.AnswerType), js(it.Compliance),
			js(it.Applicability), string(it.Severity), it.DefaultDeadlineDays, it.FindingLabelZh, it.FindingLabelEn,
			strings.Join(it.GuidanceZh, "\n"), strings.Join(it.GuidanceEn, "\n"), js(it.LegalRefs)}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(itemsSheet, cell, &row); err != nil {
			return err
		}
	}
	_ = f.SetColWidth(itemsSheet, "C", "D", 50)
	_ = f.SetColWidth(itemsSheet, "L", "M", 50)
	_, err := f.WriteTo(w)
	return err
}

// Decode reads an exchanged template: an Excel workbook (by its content,
// a zip) or JSON.
func Decode(data []byte) (Doc, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return readXLSX(data)
	}
	var d Doc
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return d, jsonProblem(err)
	}
	return d, nil
}

// jsonProblem says what is wrong with a JSON template in the caller's terms
// (never Go's: "cannot unmarshal … into Go struct field …").
func jsonProblem(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return apperr.Input("file", "template.json_syntax", syntax.Offset)
	case errors.As(err, &typ):
		return apperr.Input("file", "template.json_type", typ.Field)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return apperr.Input("file", "template.json_unknown", strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`))
	}
	return apperr.Input("file", "template.not_workbook")
}

// Bounds of an imported template file.
const (
	MaxFileBytes = 5 << 20 // the upload
	MaxItems     = 500     // items of a template, rows of the items sheet
	// maxInfoRows bounds the info sheet.
	maxInfoRows = 20
)

// workbook is the template's Excel format for api/xlsx.
var workbook = xlsx.Format{Columns: len(columns), MaxRows: MaxItems, NotWorkbook: "template.not_workbook",
	TooBig: "template.too_big", ColumnsKey: "template.columns", RowsKey: "template.rows"}

// sheetRows streams a sheet's rows (api/xlsx.Rows).
func sheetRows(f *excelize.File, sheet string, maxRows int, each func(n int, r []string) error) error {
	return xlsx.Rows(f, sheet, maxRows, workbook, each)
}

func readXLSX(data []byte) (Doc, error) {
	var d Doc
	f, err := xlsx.Open(data, workbook)
	if err != nil {
		return d, err
	}
	defer f.Close()
	var info [][]string
	if err := sheetRows(f, infoSheet, maxInfoRows, func(_ int, r []string) error {
		info = append(info, r)
		return nil
	}); err != nil {
		if _, coded := apperr.As(err); coded {
			return d, err
		}
	} else {
		for _, r := range info {
			if len(r) >= 2 && strings.HasPrefix(r[0], "名称") {
				d.Name = r[1]
			}
			if len(r) >= 2 && strings.HasPrefix(r[0], "说明") {
				desc := r[1]
				d.Description = &desc
			}
		}
	}
	err = sheetRows(f, itemsSheet, MaxItems+1, func(n int, r []string) error {
		if n == 1 || strings.TrimSpace(strings.Join(r, "")) == "" {
			return nil // the header
		}
		n-- // rows are numbered from 1 in the sheet; errors say the sheet's number
		for len(r) < len(columns) {
			r = append(r, "")
		}
		bad := func(col int, _ error) error {
			return apperr.Input("file", "template.row_invalid", n+1, columns[col])
		}
		it := ItemDoc{Code: r[0], Category: checklistitem.Category(r[1]), QuestionZh: r[2], QuestionEn: r[3],
			AnswerType: checklistitem.AnswerType(r[4]), Severity: checklistitem.Severity(r[7]),
			FindingLabelZh: r[9], FindingLabelEn: r[10], GuidanceZh: lines(r[11]), GuidanceEn: lines(r[12])}
		if r[5] != "" {
			if err := json.Unmarshal([]byte(r[5]), &it.Compliance); err != nil {
				return bad(5, err)
			}
		}
		if r[6] != "" {
			if err := json.Unmarshal([]byte(r[6]), &it.Applicability); err != nil {
				return bad(6, err)
			}
		}
		if r[13] != "" && r[13] != "null" {
			if err := json.Unmarshal([]byte(r[13]), &it.LegalRefs); err != nil {
				return bad(13, err)
			}
		}
		days, err := strconv.Atoi(strings.TrimSpace(r[8]))
		if err != nil {
			return bad(8, fmt.Errorf("%q", r[8]))
		}
		it.DefaultDeadlineDays = days
		d.Items = append(d.Items, it)
		return nil
	})
	if err != nil {
		if _, coded := apperr.As(err); !coded {
			err = apperr.Input("file", "template.not_workbook")
		}
		return d, err
	}
	return d, nil
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
