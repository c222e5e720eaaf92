// Package files is the upload capability (附件): photos and documents an
// enterprise gives as evidence, checked by content, stored once by their
// SHA-256 under the data folder and served only to viewers who may see them.
package files

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Limits of one submission.
const (
	MaxFileBytes = 10 << 20 // 10 MB a file
	MaxFiles     = 9        // files a submission
)

// Allowed content types, decided by the bytes, never by the name.
var allowed = map[string]bool{
	"image/jpeg":      true,
	"image/png":       true,
	"image/webp":      true,
	"application/pdf": true,
}

// Store keeps file contents under dir/ab/abcdef…, named by their SHA-256.
type Store struct{ dir string }

// NewStore returns a store in dir, creating it.
func NewStore(dir string) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o750); err != nil {
		return nil, fmt.Errorf("file store: %w", err)
	}
	return &Store{dir: dir}, nil
}

// Dir is the store's folder.
func (s *Store) Dir() string { return s.dir }

// staged is a checked upload waiting in the store's tmp folder.
type staged struct {
	tmp         string
	sha256      string
	size        int64
	contentType string
	takenAt     *time.Time // a photo's EXIF capture time
}

var (
	errTooLarge = errors.New("too large")
	errType     = errors.New("type not allowed")
)

// stage copies r into a temporary file while hashing it, refusing more than
// MaxFileBytes and contents that are not an allowed type. On refusal
// nothing is left behind.
func (s *Store) stage(r io.Reader) (_ *staged, err error) {
	f, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "up-*")
	if err != nil {
		return nil, err
	}
	defer func() {
		f.Close()
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	head := make([]byte, 512)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	head = head[:n]
	ct := http.DetectContentType(head)
	if !allowed[ct] {
		return nil, errType
	}
	h := sha256.New()
	w := io.Writer(io.MultiWriter(f, h))
	var prefix *capped
	if ct == "image/jpeg" {
		prefix = &capped{max: exifPrefix}
		w = io.MultiWriter(w, prefix)
	}
	if _, err := w.Write(head); err != nil {
		return nil, err
	}
	copied, err := io.Copy(w, io.LimitReader(r, MaxFileBytes-int64(n)+1))
	if err != nil {
		return nil, err
	}
	size := int64(n) + copied
	if size > MaxFileBytes {
		return nil, errTooLarge
	}
	if err := f.Sync(); err != nil { // durable before the API says OK
		return nil, err
	}
	st := &staged{tmp: f.Name(), sha256: hex.EncodeToString(h.Sum(nil)), size: size, contentType: ct}
	if prefix != nil {
		st.takenAt = takenAt(prefix.buf, time.Now())
	}
	return st, nil
}

// capped keeps the first max bytes written to it.
type capped struct {
	buf []byte
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - len(c.buf); room > 0 {
		c.buf = append(c.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

// discard removes a staged file that will not be kept.
func (s *Store) discard(st *staged) { os.Remove(st.tmp) }

// commit moves a staged file to its content address. It reports whether
// the content is new to the store (so that a rolled-back upload can remove
// exactly what it added).
func (s *Store) commit(st *staged) (created bool, err error) {
	dst := s.Path(st.sha256)
	if _, err := os.Stat(dst); err == nil {
		os.Remove(st.tmp)
		// Freshly in use again: the sweep's grace period protects it until
		// the record that now uses it has committed.
		now := time.Now()
		_ = os.Chtimes(dst, now, now)
		return false, nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
		return false, err
	}
	if err := os.Rename(st.tmp, dst); err != nil {
		return false, err
	}
	return true, nil
}

// Path is where the content with this SHA-256 is kept.
func (s *Store) Path(sum string) string {
	return filepath.Join(s.dir, sum[:2], sum)
}

// Has reports whether the content with this SHA-256 is stored.
func (s *Store) Has(sum string) bool {
	_, err := os.Stat(s.Path(sum))
	return err == nil
}
