// Package training is the layered training of the service system (培训):
// the city or a district schedules live or recorded sessions for
// enterprise heads, administrators or everyone, in the whole city or some
// districts; enterprise users register, join the live session, and the
// SPA's player reports the minutes of the replay watched — each minute
// counts once, so a repeated report (a phone retrying) adds nothing — until
// the completion threshold. Coverage figures say which enterprises and how
// many distinct heads each training and district reached. Who may do what
// is the Training and Attendance policies'.
package training

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/apperr"
	"greencheck/api/authz"
	"greencheck/api/checklist"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/attendance"
	"greencheck/ent/district"
	"greencheck/ent/enterprise"
	"greencheck/ent/predicate"
	"greencheck/ent/training"
	"greencheck/ent/user"
)

// Service schedules trainings, keeps their materials and records
// attendance.
type Service struct {
	client *ent.Client
	files  *files.Service  // where materials are kept
	notify *notify.Service // who is told of a new training
	now    func() time.Time
}

// New returns the training service; fs keeps the trainings' materials,
// notifier tells those a new training is meant for.
func New(client *ent.Client, fs *files.Service, notifier *notify.Service) *Service {
	return &Service{client: client, files: fs, notify: notifier, now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }}
}

// ScheduleInput is bound to the GraphQL ScheduleTrainingInput.
type ScheduleInput struct {
	Title, Description string
	Kind               training.Kind
	StartsAt           time.Time
	// DurationMinutes is 1–600; CompletionMinutes 1–DurationMinutes (80 %
	// of the duration when nil).
	DurationMinutes    int
	CompletionMinutes  *int
	LiveURL, ReplayURL string
	Audience           training.Audience
	// DistrictIDs: empty for the whole city (the city only).
	DistrictIDs []int
	// IndustryPrefixes: GB/T 4754-2017 code prefixes of 1–4 digits (at
	// most MaxIndustries); empty for every industry.
	IndustryPrefixes []string
}

// MaxIndustries bounds a training's industry prefixes.
const MaxIndustries = 50

// Industries checks industry prefixes and writes them as the schema keeps
// them: sorted, without repeats, comma-delimited with a comma at each end
// (",23,26,"); "" for none. BAD_USER_INPUT at industryPrefixes(.N).
func Industries(prefixes []string) (string, error) {
	if len(prefixes) > MaxIndustries {
		return "", apperr.Input("industryPrefixes", "input.too_many", "industryPrefixes", MaxIndustries)
	}
	out := make([]string, 0, len(prefixes))
	for i, p := range prefixes {
		p = strings.TrimSpace(p)
		if !checklist.IndustryPrefixOK(p) {
			if r := []rune(p); len(r) > 12 {
				p = string(r[:12]) + "…"
			}
			return "", apperr.Input(fmt.Sprintf("industryPrefixes.%d", i), "training.industry", p)
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return "", nil
	}
	slices.Sort(out)
	return "," + strings.Join(slices.Compact(out), ",") + ",", nil
}

// IndustryPrefixes are the industries a training is for (none: every one).
func IndustryPrefixes(t *ent.Training) []string {
	if t.IndustryPrefixes == "" {
		return []string{}
	}
	return strings.Split(strings.Trim(t.IndustryPrefixes, ","), ",")
}

// MaxDurationMinutes bounds a training.
const MaxDurationMinutes = 600

// Schedule creates a training, issued by the viewer (the policy decides
// who: the city any, a district administrator its districts' only).
func (s *Service) Schedule(ctx context.Context, in ScheduleInput) (*ent.Training, error) {
	title := strings.TrimSpace(in.Title)
	if title == "" {
		return nil, apperr.Input("title", "input.required", "title")
	}
	if n := input.MaxLen("Training", "title"); input.Runes(title) > n {
		return nil, apperr.Input("title", "input.too_long", "title", n)
	}
	if in.DurationMinutes < 1 || in.DurationMinutes > MaxDurationMinutes {
		return nil, apperr.Input("durationMinutes", "input.int_range", "durationMinutes", 1, MaxDurationMinutes)
	}
	if c := in.CompletionMinutes; c != nil && (*c < 1 || *c > in.DurationMinutes) {
		return nil, apperr.Input("completionMinutes", "input.int_range", "completionMinutes", 1, in.DurationMinutes)
	}
	for _, u := range []struct{ field, url string }{{"liveURL", in.LiveURL}, {"replayURL", in.ReplayURL}} {
		if err := checkURL(u.field, u.url); err != nil {
			return nil, err
		}
	}
	if in.StartsAt.Year() < input.MinYear || in.StartsAt.Year() >= input.MaxYear {
		return nil, apperr.Input("startsAt", "input.time_range", "startsAt", input.MinYear, input.MaxYear-1)
	}
	inds, err := Industries(in.IndustryPrefixes)
	if err != nil {
		return nil, err
	}
	var out *ent.Training
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if len(in.DistrictIDs) > 0 {
			n, err := tx.District.Query().Where(district.IDIn(in.DistrictIDs...)).Count(ctx)
			if err != nil {
				return err
			}
			if n != len(unique(in.DistrictIDs)) {
				return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("districtIDs")
			}
		}
		c := tx.Training.Create().SetTitle(title).SetDescription(strings.TrimSpace(in.Description)).SetKind(in.Kind).
			SetStartsAt(in.StartsAt.UTC()).SetDurationMinutes(in.DurationMinutes).SetNillableCompletionMinutes(in.CompletionMinutes).
			SetLiveURL(strings.TrimSpace(in.LiveURL)).SetReplayURL(strings.TrimSpace(in.ReplayURL)).SetAudience(in.Audience).
			SetIndustryPrefixes(inds).AddDistrictIDs(in.DistrictIDs...)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			c.SetIssuedByID(v.UserID)
		}
		var err error
		if out, err = c.Save(ctx); err != nil {
			return err
		}
		return s.announce(ctx, tx, out, in.DistrictIDs, IndustryPrefixes(out))
	})
	return out, err
}

// announce tells those a new training is meant for (培训通知): the active
// users of the enterprises of its districts and industries, unless it is
// for administrators only; the administrators and stationed experts of its
// districts (of every district for the whole city's), unless it is for
// enterprises only —
// each with a link to where they reach it. A statement to find each, a
// few to store the notifications.
func (s *Service) announce(ctx context.Context, tx *ent.Client, t *ent.Training, districtIDs []int, prefixes []string) error {
	if s.notify == nil {
		return nil
	}
	kind := "直播"
	if t.Kind == training.KindRECORDED {
		kind = "录播"
	}
	body := fmt.Sprintf("%s开始，%s，%d 分钟。", clock.Minute(t.StartsAt), kind, t.DurationMinutes)
	sys := db.System(ctx)
	if t.Audience != training.AudienceADMINISTRATORS {
		ids, err := tx.User.Query().Where(user.Active(true), user.HasEnterpriseWith(audience(districtIDs, prefixes)...)).IDs(sys)
		if err != nil {
			return err
		}
		if err := s.notify.SendTo(ctx, ids, notify.Message{Kind: "TRAINING_SCHEDULED", Title: "培训通知：" + t.Title,
			Body: body + "请在“我的 → 培训学习”报名参加。", Link: fmt.Sprintf("/trainings/%d", t.ID)}); err != nil {
			return err
		}
	}
	if t.Audience != training.AudienceENTERPRISES {
		admins := []predicate.User{user.Active(true), user.RoleIn(user.RoleDISTRICT_ADMIN, user.RoleEXPERT)}
		if len(districtIDs) > 0 {
			admins = append(admins, user.HasDistrictsWith(district.IDIn(districtIDs...)))
		}
		ids, err := tx.User.Query().Where(admins...).IDs(sys)
		if err != nil {
			return err
		}
		return s.notify.SendTo(ctx, ids, notify.Message{Kind: "TRAINING_SCHEDULED", Title: "培训通知：" + t.Title,
			Body: body, Link: fmt.Sprintf("/trainings?training=%d", t.ID)})
	}
	return nil
}

// SetReplay sets (or clears, with "") a training's replay link.
func (s *Service) SetReplay(ctx context.Context, id int, url string) (*ent.Training, error) {
	if err := checkURL("replayURL", url); err != nil {
		return nil, err
	}
	var out *ent.Training
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := tx.Training.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.TrainingManage, t.ID); err != nil {
			return err
		}
		out, err = tx.Training.UpdateOne(t).SetReplayURL(strings.TrimSpace(url)).Save(ctx)
		return err
	})
	return out, err
}

func unique(ids []int) []int {
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}

func checkURL(field, u string) error {
	u = strings.TrimSpace(u)
	if u == "" {
		return nil
	}
	p, err := url.Parse(u)
	// No user information: "https://gov.cn@example.com" would read as a government link.
	if err != nil || (!strings.EqualFold(p.Scheme, "https") && !strings.EqualFold(p.Scheme, "http")) || p.Host == "" || p.User != nil ||
		strings.ContainsAny(u, " \t\r\n<>\"'`") {
		return apperr.Input(field, "training.url", field)
	}
	if n := input.MaxLen("Training", "liveUrl"); input.Runes(u) > n {
		return apperr.Input(field, "input.too_long", field, n)
	}
	return nil
}

// Completion is the minutes that complete t.
func Completion(t *ent.Training) int {
	if t.CompletionMinutes != nil {
		return *t.CompletionMinutes
	}
	return max(1, t.DurationMinutes*8/10)
}

// Register records the viewer (an enterprise user) as attending the
// training; registering again returns the same attendance.
func (s *Service) Register(ctx context.Context, trainingID int) (*ent.Attendance, error) {
	return s.attend(ctx, trainingID, func(*ent.Training, *ent.AttendanceUpdateOne, *ent.Attendance) {})
}

// Join records that the viewer joined the live session (the first time
// counts), registering it if it was not.
func (s *Service) Join(ctx context.Context, trainingID int) (*ent.Attendance, error) {
	return s.attend(ctx, trainingID, func(_ *ent.Training, u *ent.AttendanceUpdateOne, a *ent.Attendance) {
		if a.JoinedAt == nil {
			u.SetJoinedAt(s.now())
		}
	})
}

// ReportWatched adds minutes of the training the viewer watched (0-based
// minute indexes, at most the duration; each counts once, so a retried
// report adds nothing) and completes the attendance at the threshold.
func (s *Service) ReportWatched(ctx context.Context, trainingID int, minutes []int) (*ent.Attendance, error) {
	if len(minutes) > MaxDurationMinutes {
		return nil, apperr.Input("minutes", "training.minutes_count", MaxDurationMinutes)
	}
	return s.attend(ctx, trainingID, func(t *ent.Training, u *ent.AttendanceUpdateOne, a *ent.Attendance) {
		seen := slices.Clone(a.Watched)
		for _, m := range minutes {
			if m >= 0 && m < t.DurationMinutes && !slices.Contains(seen, m) {
				seen = append(seen, m)
			}
		}
		slices.Sort(seen)
		u.SetWatched(seen).SetWatchedMinutes(len(seen))
		if a.JoinedAt == nil {
			u.SetJoinedAt(s.now())
		}
		if a.CompletedAt == nil && len(seen) >= Completion(t) {
			u.SetCompletedAt(s.now())
		}
	}, minutes...)
}

// attend finds or creates the viewer's attendance of the training and
// applies change to it, in one transaction.
func (s *Service) attend(ctx context.Context, trainingID int, change func(*ent.Training, *ent.AttendanceUpdateOne, *ent.Attendance), minutes ...int) (*ent.Attendance, error) {
	for _, m := range minutes {
		if m < 0 || m >= MaxDurationMinutes {
			return nil, apperr.Input("minutes", "training.minutes", MaxDurationMinutes-1)
		}
	}
	v := viewer.FromContext(ctx)
	if v == nil || v.EnterpriseID == 0 {
		return nil, apperr.New(apperr.Forbidden, "training.enterprise_only")
	}
	var out *ent.Attendance
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		t, err := tx.Training.Get(ctx, trainingID)
		if err != nil {
			return db.NotFoundAt("trainingID", err)
		}
		a, err := tx.Attendance.Query().Where(attendance.TrainingID(t.ID), attendance.UserID(v.UserID)).Only(ctx)
		if ent.IsNotFound(err) {
			if a, err = tx.Attendance.Create().SetTrainingID(t.ID).SetEnterpriseID(v.EnterpriseID).SetUserID(v.UserID).
				SetRegisteredAt(s.now()).Save(ctx); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		u := tx.Attendance.UpdateOne(a)
		change(t, u, a)
		if len(u.Mutation().Fields()) == 0 {
			out = a
			return nil
		}
		out, err = u.Save(ctx)
		return err
	})
	return out, err
}

// Coverage is how far trainings reached: enterprises registered, attended
// (joined or watched) and completed, and the distinct enterprise heads
// (users) who attended.
type Coverage struct {
	Registered, Attended, Completed int // enterprises
	Heads                           int // distinct users who attended
}

// DistrictCoverage is Coverage for one district.
type DistrictCoverage struct {
	District *ent.District
	Coverage Coverage
}

// CoverageFigures are the figures of one training (or all) over the
// viewer's enterprises, and per district.
type CoverageFigures struct {
	// Training is the one training the figures are of (nil: all).
	Training   *ent.Training
	Total      Coverage
	ByDistrict []*DistrictCoverage
	// Enterprises in scope — of one training, those it is meant for (its
	// districts and industries; none for an administrators' training) —
	// and how many of them no training (that training) reached yet.
	Enterprises, Uncovered int
}

// CoverageOf computes the coverage of trainingID (every training when nil)
// within the viewer's scope (the privacy rules filter the attendances):
// one statement reading the attendances, one counting the enterprises in
// scope per district, one naming the districts.
func (s *Service) CoverageOf(ctx context.Context, trainingID *int) (*CoverageFigures, error) {
	c := db.Client(ctx, s.client)
	var t *ent.Training
	if trainingID != nil {
		var err error
		if t, err = c.Training.Query().Where(training.ID(*trainingID)).WithDistricts().Only(ctx); err != nil {
			return nil, db.NotFoundAt("trainingID", err)
		}
	}
	var rows []struct {
		EnterpriseID int        `json:"enterprise_id"`
		UserID       int        `json:"user_id"`
		JoinedAt     *time.Time `json:"joined_at"`
		Watched      int        `json:"watched_minutes"`
		CompletedAt  *time.Time `json:"completed_at"`
		DistrictID   int        `json:"district_id"`
	}
	q := c.Attendance.Query()
	if trainingID != nil {
		q.Where(attendance.TrainingID(*trainingID))
	}
	// The enterprise's district beside each attendance (one join).
	if err := q.Modify(func(sel *sql.Selector) {
		e := sql.Table(enterprise.Table)
		sel.Join(e).On(sel.C(attendance.FieldEnterpriseID), e.C(enterprise.FieldID))
		sel.Select(sel.C(attendance.FieldEnterpriseID), sel.C(attendance.FieldUserID), sel.C(attendance.FieldJoinedAt),
			sel.C(attendance.FieldWatchedMinutes), sel.C(attendance.FieldCompletedAt), e.C(enterprise.FieldDistrictID))
	}).Scan(ctx, &rows); err != nil {
		return nil, err
	}
	type acc struct {
		reg, att, done map[int]bool
		heads          map[int]bool
	}
	newAcc := func() *acc { return &acc{map[int]bool{}, map[int]bool{}, map[int]bool{}, map[int]bool{}} }
	all, byD := newAcc(), map[int]*acc{}
	for _, r := range rows {
		if byD[r.DistrictID] == nil {
			byD[r.DistrictID] = newAcc()
		}
		for _, a := range []*acc{all, byD[r.DistrictID]} {
			a.reg[r.EnterpriseID] = true
			if r.JoinedAt != nil || r.Watched > 0 {
				a.att[r.EnterpriseID] = true
				a.heads[r.UserID] = true
			}
			if r.CompletedAt != nil {
				a.done[r.EnterpriseID] = true
			}
		}
	}
	cov := func(a *acc) Coverage { return Coverage{len(a.reg), len(a.att), len(a.done), len(a.heads)} }
	out := &CoverageFigures{Training: t, Total: cov(all)}
	ids := make([]int, 0, len(byD))
	for d := range byD {
		ids = append(ids, d)
	}
	sort.Ints(ids)
	if len(ids) > 0 {
		ds, err := c.District.Query().Where(district.IDIn(ids...)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			out.ByDistrict = append(out.ByDistrict, &DistrictCoverage{District: d, Coverage: cov(byD[d.ID])})
		}
		sort.Slice(out.ByDistrict, func(i, j int) bool { return out.ByDistrict[i].District.Code < out.ByDistrict[j].District.Code })
	}
	meant, reached := audienceOf(t), enterprise.HasAttendances()
	if t != nil {
		if t.Audience == training.AudienceADMINISTRATORS {
			return out, nil // for administrators: no enterprise is meant
		}
		reached = enterprise.HasAttendancesWith(attendance.TrainingID(t.ID))
	}
	n, err := c.Enterprise.Query().Where(meant...).Count(ctx)
	if err != nil {
		return nil, err
	}
	covered, err := c.Enterprise.Query().Where(append(meant, reached)...).Count(ctx)
	if err != nil {
		return nil, err
	}
	out.Enterprises, out.Uncovered = n, n-covered
	return out, nil
}

// audienceOf are the enterprises a training (with its districts loaded)
// is meant for, as predicates: its districts and industries (none: all).
func audienceOf(t *ent.Training) []predicate.Enterprise {
	if t == nil {
		return nil
	}
	ids := make([]int, len(t.Edges.Districts))
	for i, d := range t.Edges.Districts {
		ids[i] = d.ID
	}
	return audience(ids, IndustryPrefixes(t))
}

// audience are the enterprises of these districts (none: all) and
// industry prefixes (none: all), as predicates.
func audience(districtIDs []int, prefixes []string) []predicate.Enterprise {
	out := []predicate.Enterprise{}
	if len(districtIDs) > 0 {
		out = append(out, enterprise.DistrictIDIn(districtIDs...))
	}
	if len(prefixes) > 0 {
		or := make([]predicate.Enterprise, len(prefixes))
		for i, p := range prefixes {
			or[i] = enterprise.IndustryCodeHasPrefix(p)
		}
		out = append(out, enterprise.Or(or...))
	}
	return out
}
