package report

import (
	"bytes"

	"context"
	"encoding/json"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/savedreport"
	"greencheck/ent/user"
)

// SaveInput saves a report (GraphQL SaveReportInput): without ID a new
// one of the viewer's, with ID the viewer's report of that ID changed.
type SaveInput struct {
	ID     *int
	Name   string
	Report Input
	Chart  *savedreport.Chart
	Shared *bool
	// Pinned shows it on its owner's home (at most MaxPinned).
	Pinned *bool
	// ClientKey makes a retried save create once (at most 64 characters).
	ClientKey *string
}

// Save checks the report as Run would (its errors name report.…),
// then creates or changes the saved report in one transaction. Errors:
// BAD_USER_INPUT (the report, name, clientKey), NOT_FOUND (id: not one of
// the viewer's), CONFLICT (clientKey reused for another name).
func (s *Service) Save(ctx context.Context, in SaveInput) (*ent.SavedReport, error) {
	if _, err := validate(in.Report, time.Now()); err != nil {
		if e, ok := apperr.As(err); ok && strings.HasPrefix(e.Field, "input.") {
			c := *e
			c.Field = "report." + strings.TrimPrefix(e.Field, "input.")
			return nil, &c
		}
		return nil, err
	}
	if strings.TrimSpace(in.Name) == "" {
		return nil, apperr.Input("name", "input.required", "name")
	}
	if in.ClientKey != nil && (*in.ClientKey == "" || input.Runes(*in.ClientKey) > input.MaxLen("SavedReport", "clientKey")) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	raw, err := json.Marshal(in.Report)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSpace(in.Name)
	var out *ent.SavedReport
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		v := viewer.FromContext(ctx)
		if in.ID != nil {
			u := tx.SavedReport.UpdateOneID(*in.ID).Where(savedreport.UserID(v.UserID)).SetName(name).SetInput(string(raw))
			if in.Chart != nil {
				u.SetChart(*in.Chart)
			}
			if in.Shared != nil {
				u.SetShared(*in.Shared)
			}
			if in.Pinned != nil {
				if err := roomOnHome(ctx, tx, v.UserID, in.ID, *in.Pinned); err != nil {
					return err
				}
				u.SetPinned(*in.Pinned)
			}
			out, err = u.Save(ctx)
			return db.NotFoundAt("id", err)
		}
		if in.ClientKey != nil {
			done, err := tx.SavedReport.Query().Where(savedreport.UserID(v.UserID), savedreport.ClientKey(*in.ClientKey)).First(ctx)
			if err == nil {
				if done.Name != name {
					return apperr.KeyReused("name")
				}
				out = done
				return nil
			}
			if !ent.IsNotFound(err) {
				return err
			}
		}
		c := tx.SavedReport.Create().SetUserID(v.UserID).SetName(name).SetInput(string(raw)).SetNillableClientKey(in.ClientKey)
		if in.Chart != nil {
			c.SetChart(*in.Chart)
		}
		if in.Shared != nil {
			c.SetShared(*in.Shared)
		}
		if in.Pinned != nil {
			if err := roomOnHome(ctx, tx, v.UserID, nil, *in.Pinned); err != nil {
				return err
			}
			c.SetPinned(*in.Pinned)
		}
		out, err = c.Save(ctx)
		return err
	})
	return out, err
}

// MaxPinned bounds the saved reports one user's home shows.
const MaxPinned = 8

// roomOnHome refuses pinning a report (id: nil for a new one) when the
// user's home already shows MaxPinned others: BAD_USER_INPUT naming
// pinned.
func roomOnHome(ctx context.Context, tx *ent.Client, userID int, id *int, pinned bool) error {
	if !pinned {
		return nil
	}
	// Two pins racing on PostgreSQL would both count 7: the owner's row
	// is locked until the transaction ends (SQLite's transactions are
	// immediate: one writer at a time).
	var locked []struct {
		ID int `json:"id"`
	}
	if err := tx.User.Query().Where(user.ID(userID)).Modify(func(s *entsql.Selector) {
		s.Select(s.C(user.FieldID))
		if s.Dialect() == dialect.Postgres {
			s.ForUpdate()
		}
	}).Scan(ctx, &locked); err != nil {
		return err
	}
	q := tx.SavedReport.Query().Where(savedreport.UserID(userID), savedreport.Pinned(true))
	if id != nil {
		q.Where(savedreport.IDNEQ(*id))
	}
	n, err := q.Count(ctx)
	if err != nil {
		return err
	}
	if n >= MaxPinned {
		return apperr.Input("pinned", "report.too_many_pinned", MaxPinned)
	}
	return nil
}

// Pinned lists the viewer's own saved reports pinned to their home, by
// name (at most MaxPinned).
func (s *Service) Pinned(ctx context.Context) ([]*ent.SavedReport, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	return s.client.SavedReport.Query().Where(savedreport.UserID(v.UserID), savedreport.Pinned(true)).
		Order(ent.Asc(savedreport.FieldName), ent.Asc(savedreport.FieldID)).Limit(MaxPinned).All(ctx)
}

// Delete removes one of the viewer's saved reports (NOT_FOUND otherwise).
func (s *Service) Delete(ctx context.Context, id int) error {
	return db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		v := viewer.FromContext(ctx)
		n, err := tx.SavedReport.Delete().Where(savedreport.ID(id), savedreport.UserID(v.UserID)).Exec(ctx)
		if err == nil && n == 0 {
			return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("id")
		}
		return err
	})
}

// RunSaved runs a saved report as the viewer in ctx: their scope, their
// language; limit, when given (1–MaxLimit, BAD_USER_INPUT naming limit),
// keeps at most that many of its rows.
func (s *Service) RunSaved(ctx context.Context, r *ent.SavedReport, limit *int) (*Report, error) {
	var in Input
	if err := json.Unmarshal([]byte(r.Input), &in); err != nil {
		return nil, err
	}
	if limit != nil {
		if *limit < 1 || *limit > MaxLimit {
			return nil, apperr.Input("limit", "input.int_range", "limit", 1, MaxLimit)
		}
		if in.Limit == nil || *in.Limit > *limit {
			in.Limit = limit
		}
	}
	return s.Run(ctx, in)
}

// Watch bounds: how often a watched report is run again.
const (
	MinWatchSeconds     = 5
	MaxWatchSeconds     = 3600
	DefaultWatchSeconds = 30
	// watchRunTimeout bounds each run of a watched report.
	watchRunTimeout = 10 * time.Second
)

// Watch sends a saved report's figures at once, then again whenever they
// change, checking every `every` seconds (5–3600, BAD_USER_INPUT naming
// everySeconds): for wall screens (reportUpdated). Each check reads the
// saved report again as the viewer — one unshared, deleted or no longer
// readable ends the stream — and runs it in the viewer's scope. The
// channel closes when ctx ends or the report cannot be read.
func (s *Service) Watch(ctx context.Context, id, every int) (<-chan *Report, error) {
	if every < MinWatchSeconds || every > MaxWatchSeconds {
		return nil, apperr.Input("everySeconds", "input.int_range", "everySeconds", MinWatchSeconds, MaxWatchSeconds)
	}
	run := func() (*Report, []byte, error) {
		ctx, cancel := context.WithTimeout(ctx, watchRunTimeout)
		defer cancel()
		r, err := s.client.SavedReport.Get(ctx, id)
		if err != nil {
			return nil, nil, db.NotFoundAt("id", err)
		}
		rep, err := s.RunSaved(ctx, r, nil)
		if err != nil {
			return nil, nil, err
		}
		fp, err := json.Marshal(rep)
		return rep, fp, err
	}
	first, last, err := run()
	if err != nil {
		return nil, err
	}
	ch := make(chan *Report, 1)
	ch <- first
	go func() {
		defer close(ch)
		t := time.NewTicker(time.Duration(every) * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			rep, fp, err := run()
			if err != nil {
				return
			}
			if bytes.Equal(fp, last) {
				continue
			}
			last = fp
			select {
			case ch <- rep:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch, nil
}
