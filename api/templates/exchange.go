package templates

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
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
	// maxInfoRows bounds the info sheet; maxUnzipped the workbook's
	// decompressed size, shared strings included (a zip bomb is refused by
	// excelize); maxScanned the rows read, empty ones included.
	maxInfoRows = 20
	maxUnzipped = 16 << 20
	maxScanned  = 2 * MaxItems
)

// sheetRows streams a sheet's rows, refusing more than maxRows rows with
// content and any non-empty cell right of the template's columns. A row is
// read one at a time: a cell in the sheet's last column (XFD) costs one
// row's padding, not the whole sheet's.
func sheetRows(f *excelize.File, sheet string, maxRows int, each func(n int, r []string) error) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	n, filled := 0, 0
	for rows.Next() {
		if n++; n > maxScanned {
			return apperr.Input("file", "template.rows", maxRows)
		}
		r, err := rows.Columns()
		if err != nil {
			return apperr.Input("file", "template.not_workbook")
		}
		for len(r) > 0 && strings.TrimSpace(r[len(r)-1]) == "" {
			r = r[:len(r)-1]
		}
		if len(r) == 0 {
			continue
		}
		if len(r) > len(columns) {
			return apperr.Input("file", "template.columns", n, len(columns))
		}
		if filled++; filled > maxRows {
			return apperr.Input("file", "template.rows", maxRows)
		}
		if err := each(n, r); err != nil {
			return err
		}
	}
	return rows.Error()
}

// precheck streams the worksheets' XML before excelize reads them: a cell
// right of the template's columns is refused with its row there, since
// excelize pads every row up to its last cell (a cell in column XFD makes
// each row 16,384 strings).
func precheck(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return apperr.Input("file", "template.not_workbook")
	}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") || !strings.HasSuffix(zf.Name, ".xml") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return apperr.Input("file", "template.not_workbook")
		}
		dec := xml.NewDecoder(io.LimitReader(rc, maxUnzipped))
		for {
			tok, err := dec.RawToken()
			if err != nil {
				break // the end, or XML excelize will refuse
			}
			el, ok := tok.(xml.StartElement)
			if !ok || el.Name.Local != "c" {
				continue
			}
			for _, a := range el.Attr {
				if a.Name.Local != "r" {
					continue
				}
				col, row, err := excelize.CellNameToCoordinates(a.Value)
				if err == nil && col > len(columns) {
					rc.Close()
					return apperr.Input("file", "template.columns", row, len(columns))
				}
			}
		}
		rc.Close()
	}
	return nil
}

func readXLSX(data []byte) (Doc, error) {
	var d Doc
	if err := precheck(data); err != nil {
		return d, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzipped})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return d, apperr.Input("file", "template.too_big", maxUnzipped>>20)
		}
		return d, apperr.Input("file", "template.not_workbook")
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
