// Package demo generates the demo city: Changsha's ten county-level units,
// 1,739 air-emitting enterprises with permits, facilities and EIA approvals,
// the default checklist, one completed self-inspection campaign that found
// exactly 6,416 problems of which 6,206 are closed, experts, questions,
// three heavy-pollution warnings, trainings and visits. Everything is drawn
// from a fixed seed, so every load is the same city; only the open findings'
// deadlines are placed relative to the load time, so that some are overdue
// and some not whenever the demo is started.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"entgo.io/ent/privacy"
	"golang.org/x/crypto/bcrypt"

	"greencheck/api/checklist"
	"greencheck/api/uscc"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
)

// The published figures the demo city reproduces.
const (
	Enterprises    = 1739
	Findings       = 6416
	ClosedFindings = 6206
	Password       = "greencheck"
	QiyeEnterprise = "长沙星城彩印包装有限公司"
)

// Present reports whether the demo city is loaded (its admin account exists).
func Present(ctx context.Context, c *ent.Client) (bool, error) {
	return c.User.Query().Where(user.Username("admin")).Exist(privacy.DecisionContext(ctx, privacy.Allow))
}

// LoadIfEmpty loads the demo city into a database without districts.
func LoadIfEmpty(ctx context.Context, c *ent.Client) (bool, error) {
	n, err := c.District.Query().Count(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil || n > 0 {
		return false, err
	}
	return true, Load(ctx, c, time.Now())
}

// Load writes the demo city in one transaction. The loader acts as the
// system, deliberately bypassing the privacy rules.
func Load(ctx context.Context, c *ent.Client, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	tx, err := c.Tx(ctx)
	if err != nil {
		return err
	}
	l := &loader{c: tx.Client(), rnd: rand.New(rand.NewPCG(2025, Enterprises)), now: now.UTC().Truncate(time.Second)}
	if err := l.load(ctx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

type loader struct {
	c   *ent.Client
	rnd *rand.Rand
	now time.Time

	hash        string
	districts   []*ent.District
	byCode      map[string]*ent.District
	admins      map[int]*ent.User // district id → its administrator
	cityAdmin   *ent.User
	enterprises []*ent.Enterprise
	entUsers    map[int]*ent.User // enterprise id → its user
	qiye        *ent.Enterprise
	qiyeUser    *ent.User
	plans       map[planKey]*ent.EmissionPlan
	items       []*ent.ChecklistItem
	template    *ent.ChecklistTemplate
}

func (l *loader) load(ctx context.Context) error {
	h, err := bcrypt.GenerateFromPassword([]byte(Password), 10)
	if err != nil {
		return err
	}
	l.hash = string(h)
	steps := []func(context.Context) error{
		l.loadDistricts, l.loadChecklist, l.loadEnterprises, l.loadRegistry,
		l.loadUsers, l.loadCampaign, l.loadExperts, l.loadWarnings, l.loadTrainings, l.loadVisits,
		l.loadCurrentTask, l.loadReports, l.loadPartners,
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func (l *loader) between(a, b time.Time) time.Time {
	return a.Add(time.Duration(l.rnd.Int64N(int64(b.Sub(a)) + 1))).Truncate(time.Second)
}

func (l *loader) pick(list []string) string { return list[l.rnd.IntN(len(list))] }

func (l *loader) person() string { return l.pick(surnames) + l.pick(givenNames) }

func (l *loader) phone() string {
	return fmt.Sprintf("1%d%d%08d", 3+l.rnd.IntN(6), l.rnd.IntN(10), l.rnd.IntN(100000000))
}

// chunks runs fn over [0,n) in slices of at most size, for bulk inserts
// that stay under both databases' parameter limits.
func chunks(n, size int, fn func(lo, hi int) error) error {
	for lo := 0; lo < n; lo += size {
		if err := fn(lo, min(lo+size, n)); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) loadDistricts(ctx context.Context) error {
	l.byCode = map[string]*ent.District{}
	for _, d := range districts {
		nd, err := l.c.District.Create().SetCode(d.Code).SetNameZh(d.NameZh).SetNameEn(d.NameEn).
			SetKind(district.Kind(d.Kind)).Save(ctx)
		if err != nil {
			return err
		}
		l.districts = append(l.districts, nd)
		l.byCode[d.Code] = nd
	}
	return nil
}

// loadChecklist stores the default checklist as published version 1.
func (l *loader) loadChecklist(ctx context.Context) error {
	t, err := StoreDefaultChecklist(ctx, l.c, day(2025, 5, 20))
	if err != nil {
		return err
	}
	l.template = t
	l.items, err = t.QueryItems().Order(ent.Asc("sort_order")).All(ctx)
	return err
}

// StoreDefaultChecklist writes the default checklist as a published template.
func StoreDefaultChecklist(ctx context.Context, c *ent.Client, published time.Time) (*ent.ChecklistTemplate, error) {
	t, err := c.ChecklistTemplate.Create().SetName(checklist.DefaultTemplateName).SetVersion(1).
		SetStatus("PUBLISHED").SetPublishedAt(published).
		SetDescription("依据《环境保护法》《大气污染防治法》《排污许可管理条例》等编制的涉气企业环保自查清单，共 10 类 59 项。").
		Save(ctx)
	if err != nil {
		return nil, err
	}
	items := checklist.DefaultItems()
	bulk := make([]*ent.ChecklistItemCreate, len(items))
	for i, it := range items {
		bulk[i] = c.ChecklistItem.Create().SetTemplate(t).SetCode(it.Code).
			SetCategory(checklistCategory(it.Category)).SetSortOrder(i + 1).
			SetQuestionZh(it.QuestionZh).SetQuestionEn(it.QuestionEn).
			SetAnswerType(answerType(it.AnswerType)).SetCompliance(it.Compliance).
			SetApplicability(it.Applicability).SetLegalRefs(it.LegalRefs).
			SetFindingLabelZh(it.LabelZh).SetFindingLabelEn(it.LabelEn).
			SetSeverity(itemSeverity(it.Severity)).SetDefaultDeadlineDays(it.DeadlineDays).
			SetGuidanceZh(it.GuidanceZh).SetGuidanceEn(it.GuidanceEn)
	}
	if err := c.ChecklistItem.CreateBulk(bulk...).Exec(ctx); err != nil {
		return nil, err
	}
	return t, nil
}

func (l *loader) creditCode(districtCode string, seen map[string]bool) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	for {
		b := []byte("91" + districtCode + "MA4")
		for len(b) < 17 {
			b = append(b, alphabet[l.rnd.IntN(len(alphabet))])
		}
		c, err := uscc.CheckChar(string(b))
		if err != nil {
			panic(err)
		}
		code := string(append(b, c))
		if !seen[code] {
			seen[code] = true
			return code
		}
	}
}

func weighted[T any](rnd *rand.Rand, list []T, weight func(T) int) T {
	total := 0
	for _, x := range list {
		total += weight(x)
	}
	n := rnd.IntN(total)
	for _, x := range list {
		if n -= weight(x); n < 0 {
			return x
		}
	}
	return list[len(list)-1]
}

var grades = []struct {
	Grade  string
	Weight int
}{{"A", 3}, {"B", 8}, {"B_MINUS", 6}, {"C", 30}, {"D", 12}, {"LEADING", 2}, {"GUARANTEE", 3}, {"NONE", 36}}

func (l *loader) loadEnterprises(ctx context.Context) error {
	seenCodes, seenNames := map[string]bool{}, map[string]bool{}
	bulk := make([]*ent.EnterpriseCreate, 0, Enterprises)
	for i := 0; i < Enterprises; i++ {
		var d districtData
		var ind industry
		var name string
		if i == 0 {
			// qiye's enterprise: a printing and packaging firm in 芙蓉区.
			d, ind, name = districts[0], industries[18], QiyeEnterprise
		} else {
			d = weighted(l.rnd, districts, func(d districtData) int { return d.Weight })
			ind = weighted(l.rnd, industries, func(i industry) int { return i.Weight })
			for {
				place := "长沙"
				if l.rnd.IntN(3) == 0 {
					place = "湖南"
				}
				name = place + l.pick(tradeWords) + l.pick(ind.Products) + "有限公司"
				if l.rnd.IntN(4) == 0 {
					name = place + "市" + l.pick(tradeWords) + l.pick(tradeWords)[:3] + l.pick(ind.Products) + "有限公司"
				}
				if !seenNames[name] {
					break
				}
			}
		}
		seenNames[name] = true
		dist := l.byCode[d.Code]
		tier := l.pick(ind.Tiers)
		if i == 0 {
			tier = "SIMPLIFIED"
		}
		grade := weighted(l.rnd, grades, func(g struct {
			Grade  string
			Weight int
		}) int {
			return g.Weight
		}).Grade
		lng, lat := 112.75+l.rnd.Float64()*0.9, 27.95+l.rnd.Float64()*0.6
		contacts := []schematype.Contact{
			{Name: l.person(), Role: "环保负责人", Phone: l.phone()},
			{Name: l.person(), Role: "应急联系人", Phone: l.phone()},
		}
		bulk = append(bulk, l.c.Enterprise.Create().
			SetName(name).SetCreditCode(l.creditCode(d.Code, seenCodes)).SetDistrictID(dist.ID).
			SetAddress(fmt.Sprintf("%s%s%d号", d.NameZh, l.pick(streets), 1+l.rnd.IntN(899))).
			SetLongitude(lng).SetLatitude(lat).
			SetIndustryCode(ind.Code).SetIndustryName(ind.Name).
			SetPermitTier(enterprisePermitTier(tier)).SetAirRelated(true).
			SetKeySupervised(ind.Key && tier == "KEY").SetVocUser(ind.VOC).SetHazardousWaste(ind.HW).
			SetPerformanceGrade(enterpriseGrade(grade)).SetContacts(contacts))
	}
	return chunks(len(bulk), 500, func(lo, hi int) error {
		es, err := l.c.Enterprise.CreateBulk(bulk[lo:hi]...).Save(ctx)
		l.enterprises = append(l.enterprises, es...)
		return err
	})
}

func (l *loader) loadRegistry(ctx context.Context) error {
	var permits []*ent.PermitCreate
	var facilities []*ent.FacilityCreate
	var eias []*ent.EIAApprovalCreate
	for _, e := range l.enterprises {
		tier := string(e.PermitTier)
		if tier != "NONE" {
			issued := l.between(day(2020, 1, 1), day(2024, 12, 31))
			until := issued.AddDate(5, 0, 0)
			suffix := "001P"
			if tier == "REGISTRATION" {
				suffix, until = "001W", issued.AddDate(5, 0, 0)
			}
			status := "VALID"
			if until.Before(l.now) {
				status = "EXPIRED"
			}
			outlets := []string{}
			for k := 1; k <= 1+l.rnd.IntN(4); k++ {
				outlets = append(outlets, fmt.Sprintf("DA%03d", k))
			}
			permits = append(permits, l.c.Permit.Create().SetEnterpriseID(e.ID).
				SetNumber(e.CreditCode+suffix).SetTier(permitTier(tier)).SetIssuedOn(issued).
				SetValidUntil(until).SetStatus(permitStatus(status)).SetOutlets(outlets))
		}
		lines := 1 + l.rnd.IntN(3)
		for k := 1; k <= lines; k++ {
			capacity := float64(1+l.rnd.IntN(50)) * 1000
			facilities = append(facilities, l.c.Facility.Create().SetEnterpriseID(e.ID).
				SetCode(fmt.Sprintf("MF%04d", k)).SetName(fmt.Sprintf("%s生产线%d", e.IndustryName, k)).
				SetKind("PRODUCTION_LINE").SetCapacity(capacity).SetCapacityUnit("件/年"))
			tech := l.pick([]string{"布袋除尘", "活性炭吸附", "活性炭吸附+催化燃烧", "RTO 蓄热式焚烧", "水喷淋+活性炭", "静电除尘"})
			facilities = append(facilities, l.c.Facility.Create().SetEnterpriseID(e.ID).
				SetCode(fmt.Sprintf("TA%03d", k)).SetName(fmt.Sprintf("%s废气治理设施%d", tech, k)).
				SetKind("CONTROL_FACILITY").SetTechnology(tech))
		}
		approved := l.between(day(2008, 1, 1), day(2023, 6, 30))
		reportType := "REPORT_FORM"
		if tier == "KEY" {
			reportType = "REPORT"
		} else if tier == "REGISTRATION" || tier == "NONE" {
			reportType = "REGISTRATION_FORM"
		}
		q := l.c.EIAApproval.Create().SetEnterpriseID(e.ID).
			SetProjectName(e.Name[:len(e.Name)-len("有限公司")] + "建设项目").
			SetDocumentNumber(fmt.Sprintf("长环评〔%d〕%d号", approved.Year(), 1+l.rnd.IntN(400))).
			SetReportType(eiaReportType(reportType)).SetApprovedOn(approved).
			SetApprovedCapacity(float64(1+l.rnd.IntN(60)) * 1000).SetCapacityUnit("件/年")
		if reportType != "REGISTRATION_FORM" && l.rnd.IntN(10) > 0 {
			q.SetAcceptanceOn(approved.AddDate(0, 6+l.rnd.IntN(10), 0))
		}
		eias = append(eias, q)
	}
	if err := chunks(len(permits), 500, func(lo, hi int) error {
		return l.c.Permit.CreateBulk(permits[lo:hi]...).Exec(ctx)
	}); err != nil {
		return err
	}
	if err := chunks(len(facilities), 500, func(lo, hi int) error {
		return l.c.Facility.CreateBulk(facilities[lo:hi]...).Exec(ctx)
	}); err != nil {
		return err
	}
	return chunks(len(eias), 500, func(lo, hi int) error {
		return l.c.EIAApproval.CreateBulk(eias[lo:hi]...).Exec(ctx)
	})
}

func (l *loader) loadUsers(ctx context.Context) error {
	var err error
	l.cityAdmin, err = l.c.User.Create().SetUsername("admin").SetDisplayName("市局管理员").
		SetPasswordHash(l.hash).SetRole("CITY_ADMIN").Save(ctx)
	if err != nil {
		return err
	}
	l.admins = map[int]*ent.User{}
	for i, d := range districts {
		u, err := l.c.User.Create().SetUsername(d.Admin).SetDisplayName(d.NameZh + "分局管理员").
			SetPasswordHash(l.hash).SetRole("DISTRICT_ADMIN").AddDistricts(l.districts[i]).Save(ctx)
		if err != nil {
			return err
		}
		l.admins[l.districts[i].ID] = u
	}
	l.entUsers = map[int]*ent.User{}
	bulk := make([]*ent.UserCreate, 0, len(l.enterprises)+1)
	for i, e := range l.enterprises {
		bulk = append(bulk, l.c.User.Create().SetUsername(fmt.Sprintf("e%04d", i+1)).
			SetDisplayName(e.Contacts[0].Name).SetPhone(e.Contacts[0].Phone).
			SetPasswordHash(l.hash).SetRole("ENTERPRISE").SetEnterpriseID(e.ID))
	}
	l.qiye = l.enterprises[0]
	bulk = append(bulk, l.c.User.Create().SetUsername("qiye").SetDisplayName(l.qiye.Contacts[0].Name).
		SetPhone(l.qiye.Contacts[0].Phone).SetPasswordHash(l.hash).SetRole("ENTERPRISE").SetEnterpriseID(l.qiye.ID))
	return chunks(len(bulk), 500, func(lo, hi int) error {
		us, err := l.c.User.CreateBulk(bulk[lo:hi]...).Save(ctx)
		for _, u := range us {
			if u.EnterpriseID != nil && u.Username != "qiye" {
				l.entUsers[*u.EnterpriseID] = u
			}
			if u.Username == "qiye" {
				l.qiyeUser = u
			}
		}
		return err
	})
}
