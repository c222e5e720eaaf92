package files

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

var png = append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{1}, 100)...)

func entries(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}

// The store keeps a content once, by its hash, and leaves nothing behind
// when it refuses one.
func TestStore(t *testing.T) {
	dir := t.TempDir()
	s, err := NewStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.stage(bytes.NewReader(png))
	if err != nil || st.contentType != "image/png" || st.size != int64(len(png)) {
		t.Fatalf("stage: %+v %v", st, err)
	}
	if created, err := s.commit(st); err != nil || !created || !s.Has(st.sha256) {
		t.Fatalf("commit: %v %v", created, err)
	}
	again, _ := s.stage(bytes.NewReader(png))
	if created, err := s.commit(again); err != nil || created {
		t.Errorf("the same content stored twice: %v %v", created, err)
	}
	if n := entries(t, dir); n != 1 {
		t.Errorf("%d files in the store, want 1", n)
	}
	for name, content := range map[string][]byte{
		"executable": append([]byte("MZ\x90\x00"), make([]byte, 600)...),
		"html":       []byte("<html><script>alert(1)</script></html>"),
		"empty":      nil,
		"too large":  append(append([]byte{}, png...), make([]byte, MaxFileBytes)...),
	} {
		if _, err := s.stage(bytes.NewReader(content)); !errors.Is(err, errType) && !errors.Is(err, errTooLarge) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if n := entries(t, dir); n != 1 {
		t.Errorf("refused contents left %d files", n-1)
	}
}

func TestCheckName(t *testing.T) {
	for _, ok := range []string{"照片.jpg", "report (1).pdf", "a b.png", "现场照片 ①.jpg"} {
		if err := checkName(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"", " ", "..", "../a.png", `C:\a.png`, "a/b.png", "a\x00.png", "a\n.png", string(make([]byte, 300)),
		"\U000e0041tag.pdf", "a\u2028b.pdf", "zero\u200bwidth.pdf", "gpj.\u202eexe.pdf", "\ufeffa.pdf", "a\ue000.pdf"} {
		if err := checkName(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
