package warning_test

import (
	"context"
	"testing"
	"time"

	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent"
	"greencheck/ent/enterprise"
	"greencheck/ent/user"
	entwarning "greencheck/ent/warning"
)

// withDeadline is as's viewer with ctx's deadline.
func withDeadline(ctx, as context.Context) context.Context {
	c, cancel := context.WithDeadline(as, func() time.Time { d, _ := ctx.Deadline(); return d }())
	go func() { <-ctx.Done(); cancel() }()
	return c
}

// TestSubscribedNoticesAreDelivered: qiye's phone subscribed when the city
// publishes receives its own notice — already carrying its delivery time —
// and that time is recorded on the notice just after (the banner is not
// kept waiting for the write); a neighbour's phone receives its own notice,
// never qiye's; an administrator's subscription receives nothing.
func TestSubscribedNoticesAreDelivered(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		qiye := *x.c.User.Query().Where(user.Username("qiye")).OnlyX(sys).EnterpriseID
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		sub := func(as context.Context) <-chan *ent.WarningNotice {
			t.Helper()
			ch, err := x.svc.SubscribeNotices(withDeadline(ctx, as))
			if err != nil {
				t.Fatal(err)
			}
			return ch
		}
		neighbour := x.c.User.Query().Where(user.RoleEQ(user.RoleENTERPRISE), user.EnterpriseIDNEQ(qiye),
			user.HasEnterpriseWith(enterprise.DistrictID(x.furong), enterprise.AirRelated(true), enterprise.StatusEQ(enterprise.StatusACTIVE))).
			WithDistricts().FirstX(sys)
		mine, theirs, admins := sub(x.as("qiye")), sub(x.asUser(neighbour)), sub(admin)
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		for name, c := range map[string]struct {
			ch   <-chan *ent.WarningNotice
			want int
		}{"qiye": {mine, qiye}, "the neighbour": {theirs, *neighbour.EnterpriseID}} {
			select {
			case n := <-c.ch:
				if n.EnterpriseID != c.want || n.WarningID != w.ID || n.DeliveredAt == nil {
					t.Fatalf("%s received %+v", name, n)
				}
				deadline := time.Now().Add(5 * time.Second)
				for {
					stored := x.c.WarningNotice.GetX(sys, n.ID)
					if stored.DeliveredAt != nil && stored.DeliveredAt.Equal(*n.DeliveredAt) {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("%s: deliveredAt not recorded: %v, sent %v", name, stored.DeliveredAt, n.DeliveredAt)
					}
					time.Sleep(20 * time.Millisecond)
				}
			case <-ctx.Done():
				t.Fatalf("%s's phone received nothing", name)
			}
		}
		select {
		case n, ok := <-admins:
			if ok {
				t.Errorf("an administrator's subscription received %+v", n)
			}
		case <-time.After(300 * time.Millisecond):
		}
		select {
		case n := <-mine:
			t.Errorf("qiye received a second notice: %+v", n)
		case <-time.After(300 * time.Millisecond):
		}
	})
}
