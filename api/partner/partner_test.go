package partner_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/api/apperr"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/partner"
	"greencheck/api/partner/scope"
	"greencheck/api/report"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/finding"
	"greencheck/ent/schematype"
)

var sys = privacy.DecisionContext(context.Background(), privacy.Allow)

// city is a demo city with a movable clock.
type city struct {
	c      *ent.Client
	s      *partner.Service
	now    time.Time
	admin  context.Context
	furong int // 芙蓉区's id
}

func newCity(t *testing.T, dia string) *city {
	d := dbtest.Open(t, dia)
	if err := demo.Load(context.Background(), d.Client, time.Now()); err != nil {
		t.Fatal(err)
	}
	// Today at 10:00 Asia/Shanghai: the tests move the clock hours on and
	// count usage per Shanghai day, which a run near midnight crossed.
	n := time.Now().UTC()
	ct := &city{c: d.Client, s: partner.New(d.Client), now: time.Date(n.Year(), n.Month(), n.Day(), 2, 0, 0, 0, time.UTC), admin: dbtest.As(d.Client, "admin")}
	ct.s.Now = func() time.Time { return ct.now }
	ct.furong = d.Client.District.Query().Where(district.Code("430102")).OnlyIDX(sys)
	return ct
}

func (ct *city) key(t *testing.T, in partner.CreateInput) *partner.Issued {
	t.Helper()
	if in.Name == "" {
		in.Name = "测试大屏"
	}
	if in.DistrictIDs == nil {
		in.DistrictIDs = []int{ct.furong}
	}
	k, err := ct.s.Create(ct.admin, in)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// as is the context of a request made with secret.
func (ct *city) as(t *testing.T, secret string) (context.Context, *partner.Key) {
	t.Helper()
	v, k, err := ct.s.Authenticate(context.Background(), secret)
	if err != nil {
		t.Fatalf("authenticate: %v", err)
	}
	return partner.WithKey(viewer.NewContext(context.Background(), v), k), k
}

func field(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return "(not coded: " + errString(err) + ")"
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// TestKeys: only the city hands out keys; bad input is refused naming the
// field; the secret is shown once and only its hash kept; a rotation keeps
// the old secret for its overlap only; an expired or revoked key is
// refused from its next request; a change of scopes holds at once.
func TestKeys(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		ct := newCity(t, dia)
		all := []schematype.PartnerScope{schematype.ScopeSelfChecks}
		if _, err := ct.s.Create(dbtest.As(ct.c, "furong"), partner.CreateInput{Name: "x", DistrictIDs: []int{ct.furong}, Scopes: all}); !errors.Is(err, privacy.Deny) {
			t.Errorf("a district created a key: %v", err)
		}
		past := ct.now.Add(-time.Hour)
		for _, c := range []struct {
			in    partner.CreateInput
			field string
		}{
			{partner.CreateInput{Name: " ", DistrictIDs: []int{ct.furong}, Scopes: all}, "name"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{}, Scopes: all}, "districtIDs"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{999999}, Scopes: all}, "districtIDs"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{ct.furong}}, "scopes"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{ct.furong}, Scopes: all, Budget: ptr(5)}, "budget"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{ct.furong}, Scopes: all, RefillPerSecond: ptr(0)}, "refillPerSecond"},
			{partner.CreateInput{Name: "x", DistrictIDs: []int{ct.furong}, Scopes: all, ExpiresAt: &past}, "expiresAt"},
		} {
			if _, err := ct.s.Create(ct.admin, c.in); field(err) != c.field {
				t.Errorf("%+v: field %s, want %s", c.in, field(err), c.field)
			}
		}
		issued := ct.key(t, partner.CreateInput{Scopes: all, DistrictIDs: []int{ct.furong, ct.furong}})
		k := issued.APIKey
		if !strings.HasPrefix(issued.Secret, "gck_") || len(issued.Secret) != 36 || k.Prefix != issued.Secret[:12] {
			t.Errorf("secret %q, prefix %q", issued.Secret, k.Prefix)
		}
		stored := ct.c.APIKey.GetX(sys, k.ID)
		if stored.KeyHash != partner.Hash(issued.Secret) || strings.Contains(stored.KeyHash, issued.Secret[4:]) {
			t.Errorf("stored %q", stored.KeyHash)
		}
		v, _, err := ct.s.Authenticate(context.Background(), issued.Secret)
		if err != nil || v.Role != viewer.RolePartner || !slices.Equal(v.DistrictIDs, []int{ct.furong}) || !slices.Equal(v.Scopes, []string{"SELF_CHECKS"}) {
			t.Fatalf("viewer %+v, %v", v, err)
		}
		if _, _, err := ct.s.Authenticate(context.Background(), "gck_"+strings.Repeat("a", 32)); apperr.CodeOf(err) != apperr.Unauthenticated {
			t.Errorf("an unknown key: %v", err)
		}

		// Scopes change at once.
		if _, err := ct.s.Update(ct.admin, k.ID, partner.UpdateInput{Scopes: []schematype.PartnerScope{schematype.ScopeWarnings, schematype.ScopeEnterprises}}); err != nil {
			t.Fatal(err)
		}
		if v, _, _ := ct.s.Authenticate(context.Background(), issued.Secret); !slices.Equal(v.Scopes, []string{"ENTERPRISES", "WARNINGS"}) {
			t.Errorf("scopes after the change: %v", v.Scopes)
		}

		// Rotation: both secrets within the overlap, the new one after it.
		rotated, err := ct.s.Rotate(ct.admin, k.ID, 60)
		if err != nil || rotated.Secret == issued.Secret {
			t.Fatalf("rotate: %v", err)
		}
		for _, s := range []string{issued.Secret, rotated.Secret} {
			if _, _, err := ct.s.Authenticate(context.Background(), s); err != nil {
				t.Errorf("within the overlap: %v", err)
			}
		}
		ct.now = ct.now.Add(61 * time.Minute)
		if _, _, err := ct.s.Authenticate(context.Background(), issued.Secret); apperr.CodeOf(err) != apperr.Unauthenticated {
			t.Errorf("the old secret after the overlap: %v", err)
		}
		if _, _, err := ct.s.Authenticate(context.Background(), rotated.Secret); err != nil {
			t.Errorf("the new secret: %v", err)
		}
		again, _ := ct.s.Rotate(ct.admin, k.ID, 0)
		if _, _, err := ct.s.Authenticate(context.Background(), rotated.Secret); apperr.CodeOf(err) != apperr.Unauthenticated {
			t.Errorf("a secret rotated without overlap: %v", err)
		}

		// Expiry.
		soon := ct.now.Add(time.Hour)
		if _, err := ct.s.Update(ct.admin, k.ID, partner.UpdateInput{ExpiresAt: &soon}); err != nil {
			t.Fatal(err)
		}
		ct.now = ct.now.Add(2 * time.Hour)
		if _, _, err := ct.s.Authenticate(context.Background(), again.Secret); !isKey(err, "partner.key_expired") {
			t.Errorf("expired: %v", err)
		}
		if got := ct.s.Status(ct.c.APIKey.GetX(sys, k.ID)); got != "EXPIRED" {
			t.Errorf("status %s", got)
		}
		// An expired key is not rotated (its new secret would be refused at
		// once) until its expiry is extended or removed — not both at once.
		if _, err := ct.s.Rotate(ct.admin, k.ID, 10); !isKey(err, "partner.expired") {
			t.Errorf("rotating an expired key: %v", err)
		}
		yes, later := true, ct.now.Add(time.Hour)
		if _, err := ct.s.Update(ct.admin, k.ID, partner.UpdateInput{ClearExpiresAt: &yes, ExpiresAt: &later}); field(err) != "clearExpiresAt" {
			t.Errorf("an expiry set and removed: %v", err)
		}
		if _, err := ct.s.Update(ct.admin, k.ID, partner.UpdateInput{ClearExpiresAt: &yes}); err != nil {
			t.Fatal(err)
		}
		// Revocation, from the next request; a revoked key stays revoked.
		if _, err := ct.s.Revoke(ct.admin, k.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := ct.s.Authenticate(context.Background(), again.Secret); !isKey(err, "partner.key_revoked") {
			t.Errorf("revoked: %v", err)
		}
		if _, err := ct.s.Rotate(ct.admin, k.ID, 10); field(err) != "id" {
			t.Errorf("rotating a revoked key: %v", err)
		}
		if _, err := ct.s.Revoke(dbtest.As(ct.c, "furong"), k.ID); err == nil {
			t.Error("a district revoked a key")
		}
	})
}

func isKey(err error, key string) bool {
	e, ok := apperr.As(err)
	return ok && e.Key == key
}

func ptr[T any](v T) *T { return &v }

func sortedIDs(ids []int) []int { slices.Sort(ids); return ids }

// TestPartnerReadsItsScope: a key reads what a district administrator of
// its districts reads, of the entities its scopes open and nothing else —
// through queries, edges, filters across edges and reports — with
// enterprise contacts masked unless PERSONAL_DATA is granted, and never
// writes.
func TestPartnerReadsItsScope(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		ct := newCity(t, dia)
		furong := dbtest.As(ct.c, "furong")
		checks, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeSelfChecks}}).Secret)

		want := sortedIDs(ct.c.Finding.Query().IDsX(furong))
		got, err := ct.c.Finding.Query().IDs(checks)
		if err != nil || !slices.Equal(sortedIDs(got), want) || len(want) == 0 {
			t.Errorf("findings: %d, 芙蓉区's administrator reads %d (%v)", len(got), len(want), err)
		}
		for typ, q := range map[string]func(context.Context) error{
			"Enterprise":   func(ctx context.Context) error { _, err := ct.c.Enterprise.Query().All(ctx); return err },
			"User":         func(ctx context.Context) error { _, err := ct.c.User.Query().All(ctx); return err },
			"Notification": func(ctx context.Context) error { _, err := ct.c.Notification.Query().All(ctx); return err },
			"finding → enterprise": func(ctx context.Context) error {
				_, err := ct.c.Finding.Query().WithEnterprise().All(ctx)
				return err
			},
		} {
			if err := q(checks); apperr.CodeOf(err) != apperr.Forbidden {
				t.Errorf("%s out of scope: %v", typ, err)
			}
		}
		// A filter across an edge to an entity out of scope matches as if
		// it held no rows; in scope, as the district's administrator.
		across := func(ctx context.Context) int {
			return ct.c.Finding.Query().Where(finding.HasEnterpriseWith(enterprise.NameContains("有限"))).CountX(ctx)
		}
		if n, m := across(checks), across(furong); n != 0 || m == 0 {
			t.Errorf("findings filtered by their enterprise: key %d, district %d", n, m)
		}
		// Reports run in the key's scope: 芙蓉区's figures.
		rep := report.New(ct.c)
		in := report.Input{Measures: []string{"FINDINGS", "CLOSED_FINDINGS"}, Dimensions: []string{"DISTRICT"}}
		mine, err := rep.Run(checks, in)
		theirs, err2 := rep.Run(furong, in)
		if err != nil || err2 != nil || len(mine.Rows) != 1 || len(theirs.Rows) != 1 ||
			*mine.Rows[0].Values[0] != *theirs.Rows[0].Values[0] || *mine.Rows[0].Values[1] != *theirs.Rows[0].Values[1] {
			t.Errorf("report: %+v %v / %+v %v", mine, err, theirs, err2)
		}
		if _, err := rep.Run(checks, report.Input{Measures: []string{"ENTERPRISES"}}); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("a cube out of scope: %v", err)
		}
		// The services' cubes are behind SERVICES, as their lists.
		for _, m := range []string{"QUESTIONS", "HEADS_TRAINED", "VISITS"} {
			if _, err := rep.Run(checks, report.Input{Measures: []string{m}}); apperr.CodeOf(err) != apperr.Forbidden {
				t.Errorf("%s without the SERVICES scope: %v", m, err)
			}
		}
		services, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeServices}}).Secret)
		if _, err := rep.Run(services, report.Input{Measures: []string{"VISITS"}, Dimensions: []string{"EXPERT"}}); err != nil {
			t.Errorf("visits by expert with SERVICES: %v", err)
		}
		if _, err := rep.Run(services, report.Input{Measures: []string{"VISITS"}, Dimensions: []string{"PERMIT_TIER"}}); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("visits by the enterprises' tier without ENTERPRISES: %v", err)
		}

		// Enterprises: contacts masked, unless PERSONAL_DATA.
		ents, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeEnterprises}}).Secret)
		people, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeEnterprises, schematype.ScopePersonalData}}).Secret)
		plain := ct.c.Enterprise.Query().Where(enterprise.DistrictID(ct.furong)).Order(ent.Asc(enterprise.FieldID)).AllX(sys)
		masked, err := ct.c.Enterprise.Query().Order(ent.Asc(enterprise.FieldID)).All(ents)
		if err != nil || len(masked) != len(plain) {
			t.Fatalf("enterprises: %d of %d (%v)", len(masked), len(plain), err)
		}
		contacts := 0
		for i, e := range masked {
			for j, c := range e.Contacts {
				p := plain[i].Contacts[j]
				contacts++
				if c.Name == p.Name || !strings.HasSuffix(c.Name, "*") || (p.Phone != "" && (c.Phone == p.Phone || !strings.Contains(c.Phone, "****"))) || c.Email != "" {
					t.Fatalf("contact %+v shown as %+v", p, c)
				}
			}
		}
		if contacts == 0 {
			t.Fatal("no contacts in 芙蓉区: the masking was not tried")
		}
		// An enterprise reached through an edge is masked too.
		both, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeEnterprises, schematype.ScopeSelfChecks}}).Secret)
		fs, err := ct.c.Finding.Query().WithEnterprise().All(both)
		if err != nil || len(fs) == 0 {
			t.Fatalf("findings with their enterprises: %v", err)
		}
		for _, f := range fs {
			p := ct.c.Enterprise.GetX(sys, f.EnterpriseID)
			if len(p.Contacts) > 0 && f.Edges.Enterprise.Contacts[0].Name == p.Contacts[0].Name {
				t.Fatalf("an enterprise read through a finding shows %+v", f.Edges.Enterprise.Contacts[0])
			}
		}
		open, err := ct.c.Enterprise.Query().Order(ent.Asc(enterprise.FieldID)).All(people)
		if err != nil || len(open) != len(plain) || !slices.Equal(open[0].Contacts, plain[0].Contacts) {
			t.Errorf("PERSONAL_DATA: %v", err)
		}
		if _, err := ct.c.User.Query().Count(people); err != nil {
			t.Errorf("PERSONAL_DATA opens the users: %v", err)
		}

		// Never a write, whatever the scopes.
		every, _ := ct.as(t, ct.key(t, partner.CreateInput{Scopes: schematype.PartnerScopes}).Secret)
		if err := ct.c.Enterprise.UpdateOneID(plain[0].ID).SetAddress("改").Exec(every); err == nil {
			t.Error("a key changed an enterprise")
		}
		if err := ct.c.Finding.UpdateOneID(want[0]).SetTitle("改").Exec(every); err == nil {
			t.Error("a key changed a finding")
		}
	})
}

// TestBudget: a key's bucket gives what it holds and refills with time;
// points beyond a request's actual cost come back; a request costing more
// than the whole bucket never runs; keys authenticated apart (as on two
// replicas) never spend the same points twice; the day's usage counts it
// all.
func TestBudget(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		ct := newCity(t, dia)
		issued := ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeSelfChecks}, Budget: ptr(10), RefillPerSecond: ptr(1)})
		ctx, k := ct.as(t, issued.Secret)
		charge := func(cost int) (partner.Bucket, time.Duration, bool) {
			t.Helper()
			b, wait, ok, err := ct.s.Charge(ctx, k, cost)
			if err != nil {
				t.Fatal(err)
			}
			return b, wait, ok
		}
		if b, _, ok := charge(4); !ok || b.Remaining != 6 || b.Capacity != 10 || b.RefillPerSecond != 1 {
			t.Errorf("first: %+v %v", b, ok)
		}
		charge(4)
		if b, wait, ok := charge(4); ok || b.Remaining != 2 || wait != 2*time.Second {
			t.Errorf("empty: %+v, wait %v, %v", b, wait, ok)
		}
		if err := ct.s.Refused(ctx, k); err != nil {
			t.Fatal(err)
		}
		ct.now = ct.now.Add(2 * time.Second)
		if b, _, ok := charge(4); !ok || b.Remaining != 0 {
			t.Errorf("after 2 s: %+v %v", b, ok)
		}
		if err := ct.s.Settle(ctx, k, 4, 1); err != nil {
			t.Fatal(err)
		}
		if _, _, ok := charge(3); !ok {
			t.Error("the 3 points given back were not there")
		}
		if _, wait, ok := charge(11); ok || wait >= 0 {
			t.Errorf("over the whole budget: %v %v", wait, ok)
		}
		ct.now = ct.now.Add(time.Hour)
		if b, _, _ := charge(1); b.Remaining != 9 {
			t.Errorf("refilled no further than the budget: %+v", b)
		}
		// A raised budget is there at once; a lowered one holds no more
		// than it can.
		charge(9)
		if _, err := ct.s.Update(ct.admin, issued.APIKey.ID, partner.UpdateInput{Budget: ptr(50)}); err != nil {
			t.Fatal(err)
		}
		ctx, k = ct.as(t, issued.Secret)
		if b, _, ok := charge(0); !ok || b.Remaining != 40 || b.Capacity != 50 {
			t.Errorf("raised to 50 from an empty 10: %+v", b)
		}
		if _, err := ct.s.Update(ct.admin, issued.APIKey.ID, partner.UpdateInput{Budget: ptr(20)}); err != nil {
			t.Fatal(err)
		}
		ctx, k = ct.as(t, issued.Secret)
		if b, _, _ := charge(0); b.Remaining != 20 {
			t.Errorf("lowered to 20 from 40: %+v", b)
		}
		days, err := ct.s.Usage(ct.admin, issued.APIKey.ID, 3)
		if err != nil || len(days) != 3 {
			t.Fatal(err)
		}
		if today := days[2]; today.Requests != 1 || today.Cost != 1 || today.Refused != 1 || days[0].Requests != 0 {
			t.Errorf("usage %+v", days)
		}
		if _, err := ct.s.Usage(dbtest.As(ct.c, "furong"), issued.APIKey.ID, 3); !errors.Is(err, privacy.Deny) {
			t.Errorf("a district read a key's usage: %v", err)
		}

		// Eight clients, each authenticated on its own (as replicas are),
		// take one point at a time from a bucket of 40 that does not refill
		// while they do: exactly 40 succeed.
		shared := ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeSelfChecks}, Budget: ptr(40), RefillPerSecond: ptr(1)})
		var won, lost atomic.Int64
		var wg sync.WaitGroup
		for range 8 {
			cctx, ck := ct.as(t, shared.Secret)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 8 {
					_, _, ok, err := ct.s.Charge(cctx, ck, 1)
					switch {
					case err != nil:
						t.Error(err)
						return
					case ok:
						won.Add(1)
					default:
						lost.Add(1)
					}
				}
			}()
		}
		wg.Wait()
		if won.Load() != 40 || lost.Load() != 24 {
			t.Errorf("%d charges won, %d refused: want 40 and 24", won.Load(), lost.Load())
		}
	})
}

// TestPersistedQueries: the city registers queries for any key, a partner
// for its own (not a persisted-only key); the same text is registered
// once; what does not parse is refused at query.
func TestPersistedQueries(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		ct := newCity(t, dia)
		open := ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeSelfChecks}})
		locked := ct.key(t, partner.CreateInput{Scopes: []schematype.PartnerScope{schematype.ScopeSelfChecks}, PersistedOnly: ptr(true)})
		q := `{ findings(first: 10) { totalCount } }`
		pq, err := ct.s.Register(ct.admin, &locked.APIKey.ID, q, "总数")
		if err != nil || pq.Sha256 != partner.QueryHash(q) {
			t.Fatalf("city registers: %v", err)
		}
		if again, _ := ct.s.Register(ct.admin, &locked.APIKey.ID, q, "总数"); again.ID != pq.ID {
			t.Error("registered twice")
		}
		lockedCtx, lk := ct.as(t, locked.Secret)
		if _, err := ct.s.Register(lockedCtx, nil, `{ districts(first: 1) { totalCount } }`, ""); !errors.Is(err, privacy.Deny) {
			t.Errorf("a persisted-only key registered: %v", err)
		}
		if text, ok, err := ct.s.Lookup(lockedCtx, lk, pq.Sha256); !ok || err != nil || text != q {
			t.Errorf("lookup: %q %v %v", text, ok, err)
		}
		openCtx, ok := ct.as(t, open.Secret)
		mine, err := ct.s.Register(openCtx, nil, q, "")
		if err != nil || mine.APIKeyID != open.APIKey.ID {
			t.Fatalf("a partner registers for its own key: %v", err)
		}
		if _, err := ct.s.Register(openCtx, &locked.APIKey.ID, `{ districts(first: 2) { totalCount } }`, ""); err == nil {
			t.Error("a partner registered for another key")
		}
		if _, found, _ := ct.s.Lookup(openCtx, ok, pq.Sha256); !found {
			t.Error("the same text, registered for another key, is the key's own too")
		}
		if _, err := ct.s.Register(ct.admin, &open.APIKey.ID, `{ findings(first: `, ""); field(err) != "query" {
			t.Errorf("a query that does not parse: %v", err)
		}
		// A partner reads its own key's queries only.
		if n, err := ct.c.PersistedQuery.Query().Count(openCtx); err != nil || n != 1 {
			t.Errorf("the key's own queries: %d %v", n, err)
		}
		if err := ct.s.Unregister(ct.admin, locked.APIKey.ID, pq.Sha256); err != nil {
			t.Fatal(err)
		}
		if _, found, _ := ct.s.Lookup(lockedCtx, lk, pq.Sha256); found {
			t.Error("an unregistered query is still found")
		}
	})
}

// TestMasks: names keep their first character, phones their first three
// and last four digits.
func TestMasks(t *testing.T) {
	for in, want := range map[string]string{"张三": "张*", "欧阳娜娜": "欧***", "王": "王*", "": ""} {
		if got := scope.MaskName(in); got != want {
			t.Errorf("MaskName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"13812345678": "138****5678", "0731-8888": "*******88", "123": "***", "": ""} {
		if got := scope.MaskPhone(in); got != want {
			t.Errorf("MaskPhone(%q) = %q, want %q", in, got, want)
		}
	}
}
