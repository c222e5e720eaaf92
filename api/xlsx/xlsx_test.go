package xlsx_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/xlsx"
)

var format = xlsx.Format{Columns: 3, MaxRows: 10, NotWorkbook: "nw", TooBig: "big", ColumnsKey: "cols", RowsKey: "rows"}

// book is a small valid workbook plus extra entries of n bytes of XML each,
// declared (lying) or not.
func book(t *testing.T, extra int, n int) []byte {
	t.Helper()
	f := excelize.NewFile()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"a", "b", "c"})
	var src bytes.Buffer
	if err := f.Write(&src); err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(src.Bytes()), int64(src.Len()))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, e := range zr.File {
		w, _ := zw.Create(e.Name)
		r, _ := e.Open()
		_, _ = io.Copy(w, r)
		r.Close()
	}
	junk := strings.Repeat("<x/>", n/4)
	for i := range extra {
		w, _ := zw.Create("xl/worksheets/junk" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + ".xml")
		_, _ = io.WriteString(w, junk)
	}
	_ = zw.Close()
	return out.Bytes()
}

func TestOpen(t *testing.T) {
	if _, err := xlsx.Open(book(t, 0, 0), format); err != nil {
		t.Fatalf("a small workbook: %v", err)
	}
	// Many large entries: refused as too big, in bounded time.
	start := time.Now()
	_, err := xlsx.Open(book(t, 20, 4<<20), format)
	if e, ok := apperr.As(err); !ok || e.Key != "big" {
		t.Errorf("20 entries of 4 MB: %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("refusing the bomb took %v", took)
	}
	if _, err := xlsx.Open([]byte("not a zip"), format); err == nil {
		t.Error("not a zip was opened")
	}
}

// TestBrokenSheetXML: a sheet whose XML breaks off (a raw control
// character, as some generators write; an unclosed row), or whose cell
// names a shared string the file lacks, is refused, not read up to the
// break with the rest silently lost (or the cell as blank).
func TestBrokenSheetXML(t *testing.T) {
	f := excelize.NewFile()
	for i := 1; i <= 4; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		_ = f.SetCellStr("Sheet1", cell, "行"+string(rune('0'+i)))
	}
	var src bytes.Buffer
	if err := f.Write(&src); err != nil {
		t.Fatal(err)
	}
	for name, breakIt := range map[string]func(string) string{
		"control character": func(x string) string { return strings.Replace(x, "行2", "行\x072", 1) },
		"unclosed row":      func(x string) string { return strings.Replace(x, "</row><row r=\"3\"", "<row r=\"3\"", 1) },
		// A cell naming a shared string the file does not hold reads as
		// empty in excelize: a broken file, not a blank value.
		"missing shared string":  func(x string) string { return strings.Replace(x, "t=\"s\"><v>1</v>", "t=\"s\"><v>99</v>", 1) },
		"negative shared string": func(x string) string { return strings.Replace(x, "t=\"s\"><v>1</v>", "t=\"s\"><v>-1</v>", 1) },
	} {
		zr, _ := zip.NewReader(bytes.NewReader(src.Bytes()), int64(src.Len()))
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		changed := false
		for _, e := range zr.File {
			r, _ := e.Open()
			raw, _ := io.ReadAll(r)
			r.Close()
			if e.Name == "xl/sharedStrings.xml" || e.Name == "xl/worksheets/sheet1.xml" {
				if b := breakIt(string(raw)); b != string(raw) {
					raw, changed = []byte(b), true
				}
			}
			w, _ := zw.Create(e.Name)
			_, _ = w.Write(raw)
		}
		_ = zw.Close()
		if !changed {
			t.Fatalf("%s: nothing to break", name)
		}
		if _, err := xlsx.Open(out.Bytes(), format); err == nil {
			t.Errorf("%s: opened", name)
		} else if e, ok := apperr.As(err); !ok || e.Key != "nw" {
			t.Errorf("%s: %v", name, err)
		}
	}
}
