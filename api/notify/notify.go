// Package notify is the in-app notification centre (消息): it sends
// notifications to users, marks them read, and streams new ones live.
package notify

import (
	"context"
	"fmt"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/input"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/notification"
)

// Service sends and streams notifications.
type Service struct {
	client *ent.Client
	bus    events.Bus
}

// New returns the notification service publishing on bus.
func New(client *ent.Client, bus events.Bus) *Service { return &Service{client: client, bus: bus} }

func topic(userID int) string { return fmt.Sprintf("notification:user:%d", userID) }

// Message is one notification to send.
type Message struct {
	UserID            int
	Kind, Title, Body string
	Link              string
}

// Send stores a notification in the caller's transaction and publishes it
// once that transaction has committed.
func (s *Service) Send(ctx context.Context, m Message) error {
	return s.SendMany(ctx, []Message{m})
}

// SendMany stores many notifications at once (a task to hundreds of
// enterprises) and publishes them after the caller's transaction commits.
func (s *Service) SendMany(ctx context.Context, ms []Message) error {
	if len(ms) == 0 {
		return nil
	}
	c := db.Client(ctx, s.client)
	// Asked of the policy once (any signed-in user's action notifies
	// others); the rows then go in a few statements (db.InsertMany), as
	// many as there are distinct messages: a province's warning notifies
	// tens of thousands of users.
	probe := c.Notification.Create().SetUserID(ms[0].UserID).SetKind(ms[0].Kind).SetTitle(clipTitle(ms[0].Title))
	if err := db.MayWrite(ctx, c, probe.Mutation()); err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	type content struct{ kind, title, body, link string }
	var order []content
	users := map[content][][]any{}
	for _, m := range ms {
		k := content{m.Kind, clipTitle(m.Title), m.Body, m.Link}
		if _, seen := users[k]; !seen {
			order = append(order, k)
		}
		users[k] = append(users[k], []any{m.UserID})
	}
	var saved []db.Inserted
	for _, k := range order {
		ids, err := db.InsertMany(ctx, c, db.Bulk{Table: notification.Table, Fixed: []db.Column{
			{Name: notification.FieldCreatedAt, Value: now}, {Name: notification.FieldUpdatedAt, Value: now},
			{Name: notification.FieldKind, Value: k.kind}, {Name: notification.FieldTitle, Value: k.title},
			{Name: notification.FieldBody, Value: k.body}, {Name: notification.FieldLink, Value: k.link},
		}, Varying: []string{notification.FieldUserID}, Rows: users[k]})
		if err != nil {
			return err
		}
		saved = append(saved, ids...)
	}
	db.AfterCommit(ctx, func() {
		for _, n := range saved {
			s.bus.Publish(events.Event{Topic: topic(n.Key), ID: n.ID})
		}
	})
	return nil
}

// SendTo sends the same message to each of users (in the caller's
// transaction, published after it commits).
func (s *Service) SendTo(ctx context.Context, users []int, m Message) error {
	ms := make([]Message, len(users))
	for i, u := range users {
		ms[i] = m
		ms[i].UserID = u
	}
	return s.SendMany(ctx, ms)
}

// clipTitle keeps a title within the column's bound (a warning's title
// with its prefix can be longer), ending in "…" when cut.
func clipTitle(title string) string {
	n := input.MaxLen("Notification", "title")
	if r := []rune(title); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return title
}

// MarkRead marks one of the viewer's notifications read (idempotent).
func (s *Service) MarkRead(ctx context.Context, id int) (*ent.Notification, error) {
	c := db.Client(ctx, s.client)
	n, err := c.Notification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if n.ReadAt != nil {
		return n, nil
	}
	return c.Notification.UpdateOne(n).SetReadAt(time.Now().UTC().Truncate(time.Microsecond)).Save(ctx)
}

// MarkAllRead marks all the viewer's unread notifications read.
func (s *Service) MarkAllRead(ctx context.Context) (int, error) {
	return db.Client(ctx, s.client).Notification.Update().Where(notification.ReadAtIsNil()).
		SetReadAt(time.Now().UTC().Truncate(time.Microsecond)).Save(ctx)
}

// UnreadCount counts the viewer's unread notifications.
func (s *Service) UnreadCount(ctx context.Context) (int, error) {
	return s.client.Notification.Query().Where(notification.ReadAtIsNil()).Count(ctx)
}

// Subscribe streams the viewer's new notifications until ctx ends.
func (s *Service) Subscribe(ctx context.Context) (<-chan *ent.Notification, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	out := make(chan *ent.Notification, 1)
	in := s.bus.Subscribe(ctx, topic(v.UserID))
	go func() {
		defer close(out)
		for e := range in {
			// Read as the subscriber: the privacy rules still decide.
			n, err := s.client.Notification.Get(ctx, e.ID)
			if err != nil {
				continue
			}
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}
