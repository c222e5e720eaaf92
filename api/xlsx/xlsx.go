// Package xlsx reads uploaded Excel workbooks safely: the decompressed size
// is bounded (a zip bomb is refused), a cell right of the expected columns
// is refused before excelize pads every row up to it (a cell in column XFD
// makes each row 16,384 strings), and a sheet's rows are streamed one at a
// time with their number bounded. The checklist templates and the
// emission plans are imported through it.
package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
)

// Format is what a caller accepts, and the message keys of its refusals
// (each an apperr key on the field "file"): NotWorkbook (no arguments),
// TooBig (the MB limit), Columns (the row, the columns) and Rows (the
// rows).
type Format struct {
	Columns, MaxRows                         int
	NotWorkbook, TooBig, ColumnsKey, RowsKey string
	// RawValues reads cells' stored values instead of their display:
	// a date formatted 01-15-24 reads as its serial day number, 20,001 as
	// 20001, a phone number shown 1.38E+10 as its digits.
	RawValues bool
}

// MaxUnzipped bounds a workbook's decompressed size, shared strings included.
const MaxUnzipped = 16 << 20

// Open checks data and opens it as a workbook.
func Open(data []byte, f Format) (*excelize.File, error) {
	if err := precheck(data, f); err != nil {
		return nil, err
	}
	book, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: MaxUnzipped})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, apperr.Input("file", f.TooBig, MaxUnzipped>>20)
		}
		return nil, apperr.Input("file", f.NotWorkbook)
	}
	return book, nil
}

// Rows streams a sheet's rows to each (n is the sheet's row number, r the
// cells without trailing blanks; empty rows are skipped), refusing more than
// maxRows rows with content — and twice as many read, empty ones included —
// and any cell right of the format's columns.
func Rows(book *excelize.File, sheet string, maxRows int, f Format, each func(n int, r []string) error) error {
	rows, err := book.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	n, filled := 0, 0
	for rows.Next() {
		if n++; n > 2*f.MaxRows {
			return apperr.Input("file", f.RowsKey, maxRows)
		}
		r, err := rows.Columns(excelize.Options{RawCellValue: f.RawValues})
		if err != nil {
			return apperr.Input("file", f.NotWorkbook)
		}
		for len(r) > 0 && strings.TrimSpace(r[len(r)-1]) == "" {
			r = r[:len(r)-1]
		}
		if len(r) == 0 {
			continue
		}
		if len(r) > f.Columns {
			return apperr.Input("file", f.ColumnsKey, n, f.Columns)
		}
		if filled++; filled > maxRows {
			return apperr.Input("file", f.RowsKey, maxRows)
		}
		if err := each(n, r); err != nil {
			return err
		}
	}
	return rows.Error()
}

// precheck streams the worksheets' XML before excelize reads them and
// refuses a cell right of the format's columns with its row. All entries
// together are read at most MaxUnzipped bytes: a file of many large
// entries (a zip bomb) is refused as too big, in bounded time.
func precheck(data []byte, f Format) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return apperr.Input("file", f.NotWorkbook)
	}
	var declared uint64
	for _, zf := range zr.File {
		declared += zf.UncompressedSize64
	}
	if declared > MaxUnzipped {
		return apperr.Input("file", f.TooBig, MaxUnzipped>>20)
	}
	budget := &budgetReader{left: MaxUnzipped}
	// Shared strings: how many there are, and the highest index a cell
	// names (excelize reads a missing one as an empty cell, and a required
	// value would be reported missing rather than the file as broken).
	strs, maxRef := 0, -1
	for _, zf := range zr.File {
		sheet := strings.HasPrefix(zf.Name, "xl/worksheets/") && strings.HasSuffix(zf.Name, ".xml")
		if !sheet && zf.Name != "xl/sharedStrings.xml" {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return apperr.Input("file", f.NotWorkbook)
		}
		budget.r = rc
		dec := xml.NewDecoder(budget)
		for {
			tok, err := dec.Token() // checks that elements close as they open
			if budget.left <= 0 {
				rc.Close()
				return apperr.Input("file", f.TooBig, MaxUnzipped>>20)
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				// Not XML (a control character, an unclosed row): excelize
				// would stop reading the sheet there without a word, and
				// the rows after it would be lost.
				rc.Close()
				return apperr.Input("file", f.NotWorkbook)
			}
			el, ok := tok.(xml.StartElement)
			if ok && !sheet && el.Name.Local == "si" {
				strs++
			}
			if !ok || !sheet || el.Name.Local != "c" {
				continue
			}
			shared := false
			for _, a := range el.Attr {
				if a.Name.Local == "t" && a.Value == "s" {
					shared = true
				}
				if a.Name.Local != "r" {
					continue
				}
				col, row, err := excelize.CellNameToCoordinates(a.Value)
				if err == nil && col > f.Columns {
					rc.Close()
					return apperr.Input("file", f.ColumnsKey, row, f.Columns)
				}
			}
			if !shared {
				continue
			}
			var c struct {
				V *string `xml:"v"`
			}
			if err := dec.DecodeElement(&c, &el); err != nil {
				rc.Close()
				return apperr.Input("file", f.NotWorkbook)
			}
			if c.V != nil {
				i, err := strconv.Atoi(strings.TrimSpace(*c.V))
				if err != nil || i < 0 {
					rc.Close()
					return apperr.Input("file", f.NotWorkbook)
				}
				maxRef = max(maxRef, i)
			}
		}
		rc.Close()
	}
	if maxRef >= strs {
		return apperr.Input("file", f.NotWorkbook)
	}
	return nil
}

// budgetReader reads from r while the shared budget lasts (the entries'
// sizes a zip declares can lie).
type budgetReader struct {
	r    io.Reader
	left int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if b.left <= 0 && err == nil {
		b.left = 0
	}
	return n, err
}
