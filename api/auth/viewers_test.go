package auth_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/auth"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/ent"
)

// TestViewersCachedUntilRevokedOnAnyReplica: a request costs no statement
// for who is calling once the viewer is cached; a change of rights made
// anywhere — on this replica or, through PostgreSQL, on another — ends the
// cached viewer as soon as it commits, and a revocation rolled back ends
// nothing.
func TestViewersCachedUntilRevokedOnAnyReplica(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		d := dbtest.Open(t, dia)
		ctx := context.Background()
		sys := privacy.DecisionContext(ctx, privacy.Allow)
		secret := []byte("viewers-test-secret-viewers-test-secret")
		hash, err := auth.HashPassword("Greencheck-2026")
		if err != nil {
			t.Fatal(err)
		}
		dist := d.Client.District.Create().SetCode("430102").SetNameZh("芙蓉区").SetNameEn("Furong").SetKind("DISTRICT").SaveX(sys)
		u := d.Client.User.Create().SetUsername("furong").SetDisplayName("分局").SetPasswordHash(hash).
			SetRole("DISTRICT_ADMIN").AddDistricts(dist).SaveX(sys)
		a := auth.New(d.Client, secret)
		login := func() string {
			s, err := a.Login(ctx, "furong", "Greencheck-2026")
			if err != nil {
				t.Fatal(err)
			}
			return s.AccessToken
		}
		cost := func(s *auth.Service, c *db.CountingDriver, tok string) (int64, error) {
			c.Reset()
			v, err := s.ViewerFromToken(ctx, tok)
			if err == nil && (v.UserID != u.ID || len(v.DistrictIDs) != 1) {
				t.Fatalf("viewer %+v", v)
			}
			return c.Count(), err
		}
		tok := login()
		if n, err := cost(a, d.Counter, tok); err != nil || n == 0 {
			t.Fatalf("first read: %d statements, %v", n, err)
		}
		if n, err := cost(a, d.Counter, tok); err != nil || n != 0 {
			t.Fatalf("cached read: %d statements (want 0), %v", n, err)
		}
		// A change of rights on this replica: refused at once.
		d.Client.User.UpdateOneID(u.ID).SetRole("EXPERT").ExecX(sys)
		if _, err := a.ViewerFromToken(ctx, tok); err == nil {
			t.Fatal("the cached viewer outlived a change of role")
		}
		if !d.IsPostgres() {
			return
		}

		// Replica B: its own connections, its own cache.
		sqlB, err := sql.Open("postgres", d.URL)
		if err != nil {
			t.Fatal(err)
		}
		defer sqlB.Close()
		counterB := &db.CountingDriver{Driver: db.Driver(dia, sqlB)}
		b := auth.New(db.NewClient(counterB), secret)
		lctx, stop := context.WithCancel(ctx)
		defer stop()
		a.ListenForRevocations(lctx, d.URL)
		b.ListenForRevocations(lctx, d.URL)
		tok = login()
		// B caches once it listens.
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, _ = cost(b, counterB, tok)
			n, err := cost(b, counterB, tok)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("replica B never cached a viewer: not listening")
			}
			time.Sleep(50 * time.Millisecond)
		}
		// A revocation on A rolled back: B keeps the session.
		tx, err := d.Client.Tx(sys)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.RevokeUser(ent.NewContext(ent.NewTxContext(sys, tx), tx.Client()), u.ID); err != nil {
			t.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		if _, err := b.ViewerFromToken(ctx, tok); err != nil {
			t.Fatalf("a rolled-back revocation ended the session on B: %v", err)
		}
		// Committed on A: B refuses the token within moments.
		if err := a.RevokeUser(sys, u.ID); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		for {
			if _, err := b.ViewerFromToken(ctx, tok); err != nil {
				t.Logf("replica B refused the revoked session after %v", time.Since(start).Round(time.Millisecond))
				break
			}
			if time.Since(start) > 5*time.Second {
				t.Fatal("replica B still honours a session revoked on A")
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}
