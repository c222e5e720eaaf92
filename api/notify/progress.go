package notify

import (
	"context"
	"fmt"
	"regexp"

	"greencheck/api/apperr"
	"greencheck/api/events"
	"greencheck/api/viewer"
)

// progressKeyRE is a progress key: the client's own name for one long
// request (a UUID, say), 8–64 letters, digits, - or _.
var progressKeyRE = regexp.MustCompile(`^[A-Za-z0-9_-]{8,64}$`)

func progressTopic(userID int, key string) string {
	return fmt.Sprintf("progress:user:%d:%s", userID, key)
}

// CheckProgressKey refuses a progress key that is not 8–64 letters, digits,
// - or _ (BAD_USER_INPUT at field); "" (no progress asked) passes.
func CheckProgressKey(field, key string) error {
	if key != "" && !progressKeyRE.MatchString(key) {
		return apperr.Input(field, "input.progress_key", field)
	}
	return nil
}

// Progress tells the viewer's subscribers of key how far one of their
// requests has got, in percent (0–100). It does nothing without a key or a
// signed-in user. On PostgreSQL the bus carries it to every replica, so the
// page may follow from another one.
func (s *Service) Progress(ctx context.Context, key string, percent int) {
	v := viewer.FromContext(ctx)
	if key == "" || v == nil || v.UserID == 0 {
		return
	}
	s.bus.Publish(events.Event{Topic: progressTopic(v.UserID, key), ID: min(max(percent, 0), 100)})
}

// WatchProgress streams the percentages Progress publishes for the
// viewer's key until ctx ends: only the viewer's own requests (the topic
// holds their user id), never another user's with the same key.
func (s *Service) WatchProgress(ctx context.Context, key string) (<-chan int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	if err := CheckProgressKey("key", key); err != nil {
		return nil, err
	}
	if key == "" {
		return nil, apperr.Input("key", "input.required", "key")
	}
	in := s.bus.Subscribe(ctx, progressTopic(v.UserID, key))
	out := make(chan int, 1)
	go func() {
		defer close(out)
		for e := range in {
			select {
			case out <- e.ID:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}
