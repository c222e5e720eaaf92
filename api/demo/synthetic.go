package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"entgo.io/ent/privacy"

	"greencheck/ent"
	"greencheck/ent/finding"
	"greencheck/ent/user"
)

// Synthetic fills an empty database with a city far larger than Changsha's
// — enterprises enterprises and findings findings over the real districts
// and checklist — for the scale benchmarks (a task to 50,000 enterprises, a
// review queue and ledger over 500,000 findings). Each enterprise has one
// user (s000001…, as many enterprises have their environmental officer on
// the platform), whom warnings notify; nobody can sign in to it (the
// password hash "!" matches no password) until a benchmark gives some
// users a password.
func Synthetic(ctx context.Context, c *ent.Client, enterprises, findings int, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	l := &loader{c: c, rnd: rand.New(rand.NewPCG(7, uint64(enterprises))), now: now.UTC().Truncate(time.Second)}
	if err := l.loadDistricts(ctx); err != nil {
		return err
	}
	if err := l.loadChecklist(ctx); err != nil {
		return err
	}
	seen := map[string]bool{}
	ids := make([]int, 0, enterprises)
	err := chunks(enterprises, 1000, func(lo, hi int) error {
		bulk := make([]*ent.EnterpriseCreate, 0, hi-lo)
		for i := lo; i < hi; i++ {
			d := l.districts[i%len(l.districts)]
			ind := industries[i%len(industries)]
			bulk = append(bulk, c.Enterprise.Create().SetName(fmt.Sprintf("合成%s企业%06d有限公司", ind.Suffix, i)).
				SetCreditCode(l.creditCode(d.Code, seen)).SetDistrictID(d.ID).SetAddress(d.NameZh).
				SetIndustryCode(ind.Code).SetIndustryName(ind.Name).SetPermitTier(enterprisePermitTier(l.pick(ind.Tiers))).
				SetAirRelated(i%5 != 0).SetVocUser(ind.VOC).SetHazardousWaste(ind.HW))
		}
		got, err := c.Enterprise.CreateBulk(bulk...).Save(ctx)
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		return err
	})
	if err != nil {
		return err
	}
	err = chunks(len(ids), 1000, func(lo, hi int) error {
		bulk := make([]*ent.UserCreate, 0, hi-lo)
		for i := lo; i < hi; i++ {
			bulk = append(bulk, c.User.Create().SetUsername(fmt.Sprintf("s%06d", i+1)).SetDisplayName(fmt.Sprintf("环保专员%06d", i+1)).
				SetPasswordHash("!").SetRole(user.RoleENTERPRISE).SetEnterpriseID(ids[i]))
		}
		return c.User.CreateBulk(bulk...).Exec(ctx)
	})
	if err != nil {
		return err
	}
	// Mostly closed, as in a mature campaign; 5 % waiting for review, 10 % open.
	return chunks(findings, 1000, func(lo, hi int) error {
		bulk := make([]*ent.FindingCreate, 0, hi-lo)
		for i := lo; i < hi; i++ {
			it := l.items[i%len(l.items)]
			found := l.now.Add(-time.Duration(l.rnd.IntN(365*24)) * time.Hour)
			due := found.AddDate(0, 0, it.DefaultDeadlineDays)
			q := c.Finding.Create().SetEnterpriseID(ids[i%len(ids)]).SetSource(finding.SourceSELF_CHECK).
				SetTitle(it.FindingLabelZh).SetSeverity(finding.Severity(it.Severity)).SetDueAt(due).
				SetItemID(it.ID).SetCreatedAt(found).SetUpdatedAt(found)
			switch r := l.rnd.IntN(100); {
			case r < 85:
				q.SetStatus(finding.StatusCLOSED).SetClosedAt(found.Add(time.Duration(1+l.rnd.IntN(40*24)) * time.Hour))
			case r < 90:
				q.SetStatus(finding.StatusSUBMITTED).SetUpdatedAt(found.Add(time.Duration(l.rnd.IntN(72)) * time.Hour))
			default:
				q.SetStatus(finding.StatusRECTIFYING).SetOverdue(due.Before(l.now))
			}
			bulk = append(bulk, q)
		}
		return c.Finding.CreateBulk(bulk...).Exec(ctx)
	})
}
