package files

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

var contentName = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Sweep removes what no record uses: contents without an attachment (left
// when a process died between storing a file and committing its record)
// and staged uploads, once they are older than grace — so an upload in
// flight is never touched. It returns how many files it removed.
func (s *Service) Sweep(ctx context.Context, grace time.Duration) (int, error) {
	cutoff := time.Now().Add(-grace)
	old := func(info os.FileInfo) bool { return info.ModTime().Before(cutoff) }
	removed := 0
	err := filepath.Walk(s.store.dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !old(info) {
			return nil
		}
		if filepath.Base(filepath.Dir(p)) == "tmp" {
			if os.Remove(p) == nil {
				removed++
			}
			return nil
		}
		name := filepath.Base(p)
		if !contentName.MatchString(name) {
			return nil
		}
		used, err := s.inUse(ctx, name)
		if err != nil {
			return err
		}
		if !used && os.Remove(p) == nil {
			removed++
		}
		return nil
	})
	return removed, err
}

// SweepEvery sweeps at start and then every interval until ctx ends.
func (s *Service) SweepEvery(ctx context.Context, interval time.Duration, log func(removed int, err error)) {
	for {
		n, err := s.Sweep(ctx, time.Hour)
		log(n, err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}
