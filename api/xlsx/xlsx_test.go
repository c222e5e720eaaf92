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
