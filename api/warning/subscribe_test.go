package warning_test

import (
	"context"
	"testing"
	"time"

	"greencheck/api/db/dbtest"
	"greencheck/api/warning"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/user"
	entwarning "greencheck/ent/warning"
	"greencheck/ent/warningnotice"
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

// TestBoardSubscribersHearOnlyWhatTheyRead: a board subscriber is told of
// a change only when the board as it reads it changes — an enterprise that
// has acknowledged hears nothing of another enterprise's receipt, 芙蓉区's
// administrator nothing of 岳麓区's — and hears an upgrade at once.
func TestBoardSubscribersHearOnlyWhatTheyRead(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		x := newCity(t, dia)
		admin := x.as("admin")
		yuelu := x.c.District.Query().Where(district.NameZh("岳麓区")).OnlyIDX(sys)
		w := x.draft(admin, warning.DraftInput{Title: "橙色预警", Level: entwarning.LevelORANGE, DistrictIDs: []int{x.furong, yuelu},
			EffectiveFrom: x.now.Add(time.Hour)})
		if _, err := x.svc.Publish(admin, w.ID); err != nil {
			t.Fatal(err)
		}
		notice := func(d int, skip int) *ent.WarningNotice {
			return x.c.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.DistrictID(d)).
				Order(ent.Asc(warningnotice.FieldID)).Offset(skip).FirstX(sys)
		}
		ack := func(n *ent.WarningNotice) {
			t.Helper()
			if _, err := x.svc.Acknowledge(x.enterpriseUser(n.EnterpriseID), n.ID); err != nil {
				t.Fatal(err)
			}
		}
		own := notice(x.furong, 0)
		ack(own) // its board now has a median (a pointer in the figures)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		sub := func(as context.Context) <-chan *ent.Warning {
			t.Helper()
			ch, err := x.svc.SubscribeBoard(withDeadline(ctx, as), w.ID)
			if err != nil {
				t.Fatal(err)
			}
			return ch
		}
		firm, furong := sub(x.enterpriseUser(own.EnterpriseID)), sub(x.as("furong"))
		quiet := func(name string, ch <-chan *ent.Warning) {
			t.Helper()
			select {
			case w := <-ch:
				t.Errorf("%s heard a change it cannot read: round %d", name, w.Round)
			case <-time.After(3 * warning.BoardInterval):
			}
		}
		hears := func(name string, ch <-chan *ent.Warning) {
			t.Helper()
			select {
			case <-ch:
			case <-time.After(10 * warning.BoardInterval):
				t.Errorf("%s heard nothing", name)
			}
		}
		quiet("the enterprise, just subscribed", firm)
		ack(notice(yuelu, 0)) // another district's enterprise
		quiet("the enterprise (岳麓区's receipt)", firm)
		quiet("芙蓉区's administrator (岳麓区's receipt)", furong)
		ack(notice(x.furong, 1)) // its district's, another enterprise's
		hears("芙蓉区's administrator (its district's receipt)", furong)
		quiet("the enterprise (a neighbour's receipt)", firm)
		if _, err := x.svc.Adjust(admin, warning.AdjustInput{WarningID: w.ID, Kind: warningnotice.KindUPGRADE, Level: ptr(entwarning.LevelRED)}); err != nil {
			t.Fatal(err)
		}
		hears("the enterprise (an upgrade)", firm)
		hears("芙蓉区's administrator (an upgrade)", furong)
	})
}
