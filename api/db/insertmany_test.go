package db_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/ent"
	"greencheck/ent/notification"
	"greencheck/ent/user"
)

// TestInsertMany: 12,001 rows in three statements; every value reads back
// through ent as written (text with quotes, backslashes, Chinese and
// emoji; a column left to its default; a NULL time); the ids come from the
// table's own global-id range; inside a transaction that rolls back,
// nothing stays; a value of an unsupported type or a short row is refused
// before anything is sent.
func TestInsertMany(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		u := d.Client.User.Create().SetUsername("user1").SetDisplayName("一").SetPasswordHash("!").SetRole(user.RoleCITY_ADMIN).SaveX(ctx)
		v := d.Client.User.Create().SetUsername("user2").SetDisplayName("二").SetPasswordHash("!").SetRole(user.RoleCITY_ADMIN).SaveX(ctx)
		at := time.Date(2026, 12, 1, 8, 0, 0, 123000, time.UTC)
		const n = 2*db.InsertManyBatch + 1
		rows := make([][]any, n)
		for i := range rows {
			who := u.ID
			if i%2 == 1 {
				who = v.ID
			}
			rows[i] = []any{who, fmt.Sprintf(`预警 "%d" \ 🌫️ it's`, i), nil}
		}
		b := db.Bulk{Table: notification.Table,
			Fixed:   []db.Column{{Name: "created_at", Value: at}, {Name: "updated_at", Value: at}, {Name: "kind", Value: "WARNING_NOTICE"}, {Name: "link", Value: "/warnings/notices"}},
			Varying: []string{"user_id", "title", "read_at"}, Rows: rows}
		d.Counter.Reset()
		ids, err := db.InsertMany(ctx, d.Client, b)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Counter.Count(); got != 3 {
			t.Errorf("%d statements for %d rows, want 3", got, n)
		}
		ns := d.Client.Notification.Query().Order(ent.Asc(notification.FieldID)).AllX(ctx)
		if len(ns) != n || len(ids) != n {
			t.Fatalf("%d rows, %d ids returned, want %d", len(ns), len(ids), n)
		}
		for _, x := range ids { // each id with its row's first varying column
			if want := map[bool]int{true: u.ID, false: v.ID}[x.Key == u.ID]; x.Key != want {
				t.Fatalf("returned %+v", x)
			}
		}
		byID := map[int]int{}
		for _, x := range ns {
			byID[x.ID] = x.UserID
		}
		for _, x := range ids {
			if byID[x.ID] != x.Key {
				t.Fatalf("returned %+v, stored user %d", x, byID[x.ID])
			}
		}
		for i, x := range []*ent.Notification{ns[0], ns[1], ns[n-1]} {
			want := rows[[]int{0, 1, n - 1}[i]]
			if x.UserID != want[0].(int) || x.Title != want[1].(string) || x.Kind != "WARNING_NOTICE" || x.Body != "" ||
				x.Link != "/warnings/notices" || x.ReadAt != nil || !x.CreatedAt.Equal(at) {
				t.Errorf("row %d read back as %+v, want %v", i, x, want)
			}
		}
		// The ids are the table's: node(id) resolves them to notifications.
		if got, err := d.Client.Noder(ctx, ns[n-1].ID); err != nil {
			t.Errorf("node(%d): %v", ns[n-1].ID, err)
		} else if _, ok := got.(*ent.Notification); !ok {
			t.Errorf("node(%d) is a %T", ns[n-1].ID, got)
		}
		// Inside a transaction that rolls back, nothing stays.
		err = db.WithTx(ctx, d.Client, func(ctx context.Context, tx *ent.Client) error {
			if _, err := db.InsertMany(ctx, tx, db.Bulk{Table: notification.Table, Fixed: b.Fixed, Varying: b.Varying, Rows: rows[:10]}); err != nil {
				return err
			}
			return fmt.Errorf("roll back")
		})
		if err == nil || d.Client.Notification.Query().CountX(ctx) != n {
			t.Errorf("after a rolled-back transaction: %v, %d rows", err, d.Client.Notification.Query().CountX(ctx))
		}
		// Refused before anything is sent.
		d.Counter.Reset()
		for _, bad := range [][]any{{u.ID, 3.5, nil}, {u.ID, "x"}, {u.ID, json.Number("1"), nil}} {
			if _, err := db.InsertMany(ctx, d.Client, db.Bulk{Table: notification.Table, Fixed: b.Fixed, Varying: b.Varying, Rows: [][]any{bad}}); err == nil {
				t.Errorf("row %v accepted", bad)
			}
		}
		// Text is checked and normalized as ent's hook does: a direction
		// override is refused naming the field, spaces and a decomposed é
		// are stored as a typed form would store them.
		bidi := [][]any{{u.ID, "通知\u202e", nil}}
		if _, err := db.InsertMany(ctx, d.Client, db.Bulk{Table: notification.Table, Fixed: b.Fixed, Varying: b.Varying, Rows: bidi}); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("a direction override: %v", err)
		}
		if got := d.Counter.Count(); got != 0 {
			t.Errorf("%d statements sent for refused rows", got)
		}
		raw := []any{u.ID, "  Cafe\u0301 预警  ", nil}
		got, err := db.InsertMany(ctx, d.Client, db.Bulk{Table: notification.Table, Fixed: b.Fixed, Varying: b.Varying, Rows: [][]any{raw}})
		if err != nil {
			t.Fatal(err)
		}
		if title := d.Client.Notification.GetX(ctx, got[0].ID).Title; title != "Café 预警" || raw[1] != "  Cafe\u0301 预警  " {
			t.Errorf("stored %q (the caller's row now %q)", title, raw[1])
		}
	})
}
