package files

import (
	"bytes"
	"encoding/binary"
	"testing"
	"time"

	exif "github.com/dsoprea/go-exif/v3"
	exifcommon "github.com/dsoprea/go-exif/v3/common"
)

// jpegWithExif is a minimal JPEG whose APP1 segment carries tags (name →
// value) in its EXIF sub-IFD.
func jpegWithExif(t *testing.T, tags map[string]string) []byte {
	t.Helper()
	im, err := exifcommon.NewIfdMappingWithStandard()
	if err != nil {
		t.Fatal(err)
	}
	ib := exif.NewIfdBuilder(im, exif.NewTagIndex(), exifcommon.IfdStandardIfdIdentity, exifcommon.EncodeDefaultByteOrder)
	sub, err := exif.GetOrCreateIbFromRootIb(ib, "IFD/Exif")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range tags {
		if err := sub.SetStandardWithName(name, v); err != nil {
			t.Fatal(err)
		}
	}
	tiff, err := exif.NewIfdByteEncoder().EncodeToExif(ib)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xD8, 0xFF, 0xE1})
	_ = binary.Write(&b, binary.BigEndian, uint16(2+6+len(tiff)))
	b.WriteString("Exif\x00\x00")
	b.Write(tiff)
	b.Write([]byte{0xFF, 0xD9})
	return b.Bytes()
}

func TestTakenAt(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		tags map[string]string
		want string // UTC, "" for none
	}{
		{"Shanghai local time", map[string]string{"DateTimeOriginal": "2026:12:01 09:30:00"}, "2026-12-01T01:30:00Z"},
		{"with its offset", map[string]string{"DateTimeOriginal": "2026:12:01 09:30:00", "OffsetTimeOriginal": "+09:00"}, "2026-12-01T00:30:00Z"},
		{"in the future", map[string]string{"DateTimeOriginal": "2027:06:01 09:30:00"}, ""},
		{"a camera's zero date", map[string]string{"DateTimeOriginal": "0000:00:00 00:00:00"}, ""},
		{"no capture time", map[string]string{"LensMake": "x"}, ""},
	} {
		got := takenAt(jpegWithExif(t, c.tags), now)
		if (got == nil) != (c.want == "") || (got != nil && got.Format(time.RFC3339) != c.want) {
			t.Errorf("%s: %v, want %q", c.name, got, c.want)
		}
	}
	if got := takenAt([]byte("\xFF\xD8\xFF\xE0 no exif here"), now); got != nil {
		t.Errorf("a JPEG without EXIF: %v", got)
	}
}

// TestStagedPhotoKeepsItsCaptureTime: a JPEG's capture time is read while
// it is stored, whatever its size.
func TestStagedPhotoKeepsItsCaptureTime(t *testing.T) {
	s, err := NewStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	photo := append(jpegWithExif(t, map[string]string{"DateTimeOriginal": "2025:12:04 07:15:00"}), make([]byte, 1<<20)...)
	st, err := s.stage(bytes.NewReader(photo))
	if err != nil {
		t.Fatal(err)
	}
	defer s.discard(st)
	if st.contentType != "image/jpeg" || st.takenAt == nil || st.takenAt.Format(time.RFC3339) != "2025-12-03T23:15:00Z" {
		t.Errorf("staged: %s, taken %v", st.contentType, st.takenAt)
	}
}
