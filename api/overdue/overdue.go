// Package overdue is the periodic deadline job (逾期处理): it marks findings
// past their deadline overdue and reminds the enterprise three days before,
// the day before and on the day, and the district the day after. It is
// idempotent (each reminder is recorded once per finding), and on
// PostgreSQL a transaction-scoped advisory lock lets only one replica run
// it at a time.
package overdue

import (
	"context"
	"database/sql"
	"fmt"
	"greencheck/api/clock"
	"greencheck/api/lifecycle"
	"log/slog"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/db"
	"greencheck/api/notify"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/finding"
	"greencheck/ent/reminder"
	"greencheck/ent/user"
)

// lockKey is the advisory-lock key of this job.
const lockKey = 7_251_001

// open statuses: the enterprise still has to act (deadlines apply).
var open = lifecycle.As[finding.Status](lifecycle.AwaitingEnterprise)

// Job runs the deadline work.
type Job struct {
	client  *ent.Client
	notify  *notify.Service
	dialect string
	db      *sql.DB // for the advisory lock on PostgreSQL
}

// New returns the job over the database's client and connection pool.
func New(client *ent.Client, n *notify.Service, dialectName string, db *sql.DB) *Job {
	return &Job{client: client, notify: n, dialect: dialectName, db: db}
}

// Stats says what one run did.
type Stats struct {
	MarkedOverdue int
	Reminders     map[reminder.Kind]int
	Skipped       bool // another replica held the lock
}

// daysLeft counts Shanghai calendar days from now until due (negative when past).
func daysLeft(due, now time.Time) int {
	d := time.Date(due.In(clock.Shanghai).Year(), due.In(clock.Shanghai).Month(), due.In(clock.Shanghai).Day(), 0, 0, 0, 0, clock.Shanghai)
	n := time.Date(now.In(clock.Shanghai).Year(), now.In(clock.Shanghai).Month(), now.In(clock.Shanghai).Day(), 0, 0, 0, 0, clock.Shanghai)
	return int(d.Sub(n).Hours() / 24)
}

// kindFor is the reminder a finding with days left is due, if any.
func kindFor(days int) (reminder.Kind, bool) {
	switch {
	case days < 0:
		return reminder.KindOVERDUE, true
	case days == 0:
		return reminder.KindDUE_TODAY, true
	case days == 1:
		return reminder.KindDUE_IN_1_DAY, true
	case days <= 3:
		return reminder.KindDUE_IN_3_DAYS, true
	}
	return "", false
}

// Run does one pass at now, as the system.
func (j *Job) Run(ctx context.Context, now time.Time) (*Stats, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now = now.UTC().Truncate(time.Microsecond)
	st := &Stats{Reminders: map[reminder.Kind]int{}}
	ran, err := db.Exclusive(ctx, j.db, j.dialect, lockKey, func(ctx context.Context) error {
		tx, err := j.client.Tx(ctx)
		if err != nil {
			return err
		}
		c := tx.Client()
		ctx = ent.NewContext(ent.NewTxContext(ctx, tx), c)
		if err := j.run(ctx, c, now, st); err != nil {
			_ = tx.Rollback()
			return err
		}
		return tx.Commit()
	})
	if err != nil {
		return nil, err
	}
	st.Skipped = !ran
	return st, nil
}

func (j *Job) run(ctx context.Context, c *ent.Client, now time.Time, st *Stats) error {
	var err error
	st.MarkedOverdue, err = c.Finding.Update().
		Where(finding.StatusIn(open...), finding.DueAtLT(now), finding.Overdue(false)).
		SetOverdue(true).Save(ctx)
	if err != nil {
		return err
	}
	// Findings whose deadline is near or past, without the reminder they are
	// due: read a batch at a time, so that loading their enterprises and
	// reminders binds at most batchSize ids (SQLite allows 32,766).
	var reminders []*ent.ReminderCreate
	var messages []notify.Message
	admins := map[int][]int{} // district → its administrators
	staff := map[int][]int{}  // enterprise → its users
	for last := 0; ; {
		batch, err := c.Finding.Query().
			Where(finding.StatusIn(open...), finding.DueAtLT(now.AddDate(0, 0, 4)), finding.IDGT(last)).
			Order(finding.ByID()).Limit(batchSize).WithEnterprise().WithReminders().All(ctx)
		if err != nil {
			return err
		}
		if len(batch) == 0 {
			break
		}
		last = batch[len(batch)-1].ID
		if err := j.remind(ctx, c, now, st, batch, admins, staff, &reminders, &messages); err != nil {
			return err
		}
	}
	for lo := 0; lo < len(reminders); lo += batchSize {
		if err := c.Reminder.CreateBulk(reminders[lo:min(lo+batchSize, len(reminders))]...).Exec(ctx); err != nil {
			return err
		}
	}
	return j.notify.SendMany(ctx, messages)
}

// batchSize bounds the ids one statement binds.
const batchSize = 1000

// remind adds the reminders a batch of findings is due, and their messages.
func (j *Job) remind(ctx context.Context, c *ent.Client, now time.Time, st *Stats, candidates []*ent.Finding,
	admins, staff map[int][]int, reminders *[]*ent.ReminderCreate, messages *[]notify.Message) error {
	var err error
	for _, f := range candidates {
		kind, ok := kindFor(daysLeft(f.DueAt, now))
		if !ok || sent(f, kind) {
			continue
		}
		*reminders = append(*reminders, c.Reminder.Create().SetFindingID(f.ID).SetKind(kind).SetSentAt(now))
		st.Reminders[kind]++
		link := fmt.Sprintf("/findings/%d", f.ID)
		due := clock.Day(f.DueAt)
		if kind == reminder.KindOVERDUE {
			d := f.Edges.Enterprise.DistrictID
			if _, ok := admins[d]; !ok {
				if admins[d], err = c.User.Query().Where(user.RoleEQ(user.RoleDISTRICT_ADMIN), user.Active(true),
					user.HasDistrictsWith(district.ID(d))).IDs(ctx); err != nil {
					return err
				}
			}
			for _, u := range admins[d] {
				*messages = append(*messages, notify.Message{UserID: u, Kind: "FINDING_OVERDUE", Link: link,
					Title: "问题逾期未整改：" + f.Title, Body: f.Edges.Enterprise.Name + "，整改期限 " + due + "。"})
			}
			continue
		}
		users, ok := staff[f.EnterpriseID]
		if !ok {
			if users, err = c.User.Query().Where(user.EnterpriseID(f.EnterpriseID), user.Active(true)).IDs(ctx); err != nil {
				return err
			}
			staff[f.EnterpriseID] = users
		}
		for _, u := range users {
			*messages = append(*messages, notify.Message{UserID: u, Kind: "FINDING_" + string(kind), Link: link,
				Title: "整改期限提醒：" + f.Title, Body: "整改期限 " + due + "，请按时提交整改材料。"})
		}
	}
	return nil
}

func sent(f *ent.Finding, kind reminder.Kind) bool {
	for _, r := range f.Edges.Reminders {
		if r.Kind == kind {
			return true
		}
	}
	return false
}

// Every runs the job at start and then every interval until ctx ends.
func (j *Job) Every(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if st, err := j.Run(ctx, time.Now()); err != nil {
			slog.Error("overdue job", "err", err)
		} else if !st.Skipped && (st.MarkedOverdue > 0 || len(st.Reminders) > 0) {
			slog.Info("overdue job", "marked_overdue", st.MarkedOverdue, "reminders", st.Reminders)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
