package templates

import (
	"bytes"
	"encoding/json"
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
		return d, apperr.Input("file", "template.file_invalid", err.Error())
	}
	return d, nil
}

func readXLSX(data []byte) (Doc, error) {
	var d Doc
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return d, apperr.Input("file", "template.file_invalid", err.Error())
	}
	defer f.Close()
	if info, err := f.GetRows(infoSheet); err == nil {
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
	rows, err := f.GetRows(itemsSheet)
	if err != nil {
		return d, apperr.Input("file", "template.file_invalid", err.Error())
	}
	for n, r := range rows {
		if n == 0 || len(r) == 0 || strings.TrimSpace(strings.Join(r, "")) == "" {
			continue
		}
		for len(r) < len(columns) {
			r = append(r, "")
		}
		bad := func(col int, err error) error {
			return apperr.Input("file", "template.row_invalid", n+1, columns[col], err.Error())
		}
		it := ItemDoc{Code: r[0], Category: checklistitem.Category(r[1]), QuestionZh: r[2], QuestionEn: r[3],
			AnswerType: checklistitem.AnswerType(r[4]), Severity: checklistitem.Severity(r[7]),
			FindingLabelZh: r[9], FindingLabelEn: r[10], GuidanceZh: lines(r[11]), GuidanceEn: lines(r[12])}
		if r[5] != "" {
			if err := json.Unmarshal([]byte(r[5]), &it.Compliance); err != nil {
				return d, bad(5, err)
			}
		}
		if r[6] != "" {
			if err := json.Unmarshal([]byte(r[6]), &it.Applicability); err != nil {
				return d, bad(6, err)
			}
		}
		if r[13] != "" && r[13] != "null" {
			if err := json.Unmarshal([]byte(r[13]), &it.LegalRefs); err != nil {
				return d, bad(13, err)
			}
		}
		days, err := strconv.Atoi(strings.TrimSpace(r[8]))
		if err != nil {
			return d, bad(8, fmt.Errorf("%q", r[8]))
		}
		it.DefaultDeadlineDays = days
		d.Items = append(d.Items, it)
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
