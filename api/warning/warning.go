// Package warning is the heavy-pollution-weather warning capability (重污染天气
// 预警, domain.md §4; 长政办发〔2024〕5号): a city administrator — or a district
// administrator for its own districts — drafts a warning, previews its
// recipients (the air-related, active enterprises of its districts) and
// publishes it to all of them at once (一键触达). Each enterprise receives a
// notice carrying its own measures for the level (its 一厂一策 emission plan,
// or its grade's), acknowledges it (确认收到) and reports how it carried the
// measures out (措施落实上报). Upgrades, downgrades, extensions and lifting are
// new rounds with notices of their own. Timeliness is computed by the
// database from the due times stamped on each notice when it is pushed.
package warning

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/emissionplan"
	"greencheck/ent/enterprise"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
	"greencheck/ent/warning"
	"greencheck/ent/warningnotice"
)

// Service runs warnings.
type Service struct {
	client *ent.Client
	notify *notify.Service
	bus    events.Bus
	Now    func() time.Time
	wake   func() // the outbound channels' sender, when one runs
}

// New returns the warning service publishing its events on bus.
func New(client *ent.Client, n *notify.Service, bus events.Bus) *Service {
	return &Service{client: client, notify: n, bus: bus, Now: time.Now}
}

func (s *Service) now() time.Time { return s.Now().UTC().Truncate(time.Microsecond) }

// NoticeTopic is the topic of the notices pushed to an enterprise.
func NoticeTopic(enterpriseID int) string { return fmt.Sprintf("warning:enterprise:%d", enterpriseID) }

// BoardTopic is the topic of every change to a warning: its rounds and the
// receipts of its notices (the live board).
func BoardTopic(warningID int) string { return fmt.Sprintf("warning:%d", warningID) }

// Levels in increasing severity: 黄 (III), 橙 (II), 红 (I).
var Levels = []warning.Level{warning.LevelYELLOW, warning.LevelORANGE, warning.LevelRED}

func rank(l warning.Level) int { return slices.Index(Levels, l) }

// MaxRoundAhead is how far ahead of its publication a round may take effect.
const MaxRoundAhead = 30 * 24 * time.Hour

// batchIDs is the most ids one statement binds (SQLite's limit is 32,766).
const batchIDs = 5000

// Limits of a warning's texts (characters), from the schema (api/input).
var (
	MaxTitle   = input.MaxLen("Warning", "title")
	MaxContent = input.MaxLen("Warning", "content")
	MaxNote    = input.MaxLen("WarningNotice", "report")
	MaxReason  = input.MaxLen("MeasureReport", "reason")
	maxGrade   = input.MaxLen("GradeMeasure", "measuresZh")
	maxProcess = input.MaxLen("PlanMeasure", "process")
)

// DraftInput is bound to the GraphQL SaveWarningDraftInput.
type DraftInput struct {
	// ID names the draft to change; none creates one.
	ID    *int
	Title string
	Level warning.Level
	// DistrictIDs are the districts warned; none means all the viewer's:
	// every district for the city, its own for a district administrator.
	DistrictIDs   []int
	EffectiveFrom time.Time
	EffectiveTo   *time.Time
	// Content is the announcement with the generic city-wide measures
	// (outdoor spraying, earthworks, open burning, truck bans…).
	Content string
	// Measures are the warning's own measures for some performance grades,
	// for the enterprises without an emission plan for the year; the other
	// grades get their defaults at the level (DefaultMeasures).
	Measures []*schematype.GradeMeasure
	// AckSLAMinutes and ReportSLAMinutes default to 120 and 240.
	AckSLAMinutes, ReportSLAMinutes *int
	// RepushMinutes and CallMinutes (the escalation ladder) default to 30
	// and 60.
	RepushMinutes, CallMinutes *int
}

// SaveDraft creates or changes a draft warning.
func (s *Service) SaveDraft(ctx context.Context, in DraftInput) (*ent.Warning, error) {
	title := strings.TrimSpace(in.Title)
	switch {
	case title == "":
		return nil, apperr.Input("title", "input.required", "title")
	case input.Runes(title) > MaxTitle:
		return nil, apperr.Input("title", "input.too_long", "title", MaxTitle)
	case input.Runes(in.Content) > MaxContent:
		return nil, apperr.Input("content", "input.too_long", "content", MaxContent)
	case in.EffectiveTo != nil && !in.EffectiveTo.After(in.EffectiveFrom):
		return nil, apperr.Input("effectiveTo", "warning.end_before_start")
	case in.AckSLAMinutes != nil && (*in.AckSLAMinutes < 1 || *in.AckSLAMinutes > 24*60):
		return nil, apperr.Input("ackSLAMinutes", "warning.sla", "ackSLAMinutes", 1, 24*60)
	case in.ReportSLAMinutes != nil && (*in.ReportSLAMinutes < 1 || *in.ReportSLAMinutes > 7*24*60):
		return nil, apperr.Input("reportSLAMinutes", "warning.sla", "reportSLAMinutes", 1, 7*24*60)
	case in.RepushMinutes != nil && (*in.RepushMinutes < 1 || *in.RepushMinutes > 24*60):
		return nil, apperr.Input("repushMinutes", "warning.sla", "repushMinutes", 1, 24*60)
	case in.CallMinutes != nil && (*in.CallMinutes < 1 || *in.CallMinutes > 7*24*60):
		return nil, apperr.Input("callMinutes", "warning.sla", "callMinutes", 1, 7*24*60)
	}
	if in.RepushMinutes != nil && in.CallMinutes != nil && *in.RepushMinutes >= *in.CallMinutes {
		return nil, apperr.Input("repushMinutes", "warning.repush_after_call")
	}
	var measures []schematype.GradeMeasure
	for i, m := range in.Measures {
		field := fmt.Sprintf("measures.%d", i)
		m.MeasuresZh, m.MeasuresEn = input.Text(m.MeasuresZh), input.Text(m.MeasuresEn)
		switch {
		case !slices.Contains(Grades, m.Grade):
			return nil, apperr.Input(field+".grade", "warning.grade", clip(m.Grade))
		case slices.ContainsFunc(measures, func(x schematype.GradeMeasure) bool { return x.Grade == m.Grade }):
			return nil, apperr.Input(field+".grade", "warning.grade_twice", m.Grade)
		case m.MeasuresZh == "":
			return nil, apperr.Input(field+".measuresZh", "input.required", "measuresZh")
		case input.Runes(m.MeasuresZh) > maxGrade || input.Runes(m.MeasuresEn) > maxGrade:
			return nil, apperr.Input(field, "input.too_long", "measures", maxGrade)
		}
		measures = append(measures, *m)
	}
	var out *ent.Warning
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		districts, err := s.districts(ctx, tx, in.DistrictIDs)
		if err != nil {
			return err
		}
		if in.ID == nil {
			q := tx.Warning.Create().SetTitle(title).SetLevel(in.Level).SetContent(in.Content).
				SetEffectiveFrom(in.EffectiveFrom.UTC()).SetNillableEffectiveTo(utc(in.EffectiveTo)).
				SetMeasures(measures).AddDistrictIDs(districts...).
				SetNillableAckSLAMinutes(in.AckSLAMinutes).SetNillableReportSLAMinutes(in.ReportSLAMinutes).
				SetNillableRepushMinutes(in.RepushMinutes).SetNillableCallMinutes(in.CallMinutes)
			if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
				q.SetIssuedByID(v.UserID)
			}
			if out, err = q.Save(ctx); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Entry{Action: "warning.draft", SubjectType: "Warning", SubjectID: out.ID,
				To: string(out.Level), Comment: out.Title})
		}
		w, err := tx.Warning.Get(ctx, *in.ID)
		if err != nil {
			return err
		}
		// Permission before state: a warning the viewer may not manage is
		// FORBIDDEN whatever its status.
		if err := authz.Require(ctx, tx, &authz.WarningManage, w.ID); err != nil {
			return err
		}
		if w.Status != warning.StatusDRAFT {
			return apperr.New(apperr.Conflict, "warning.published")
		}
		u := tx.Warning.UpdateOne(w).SetTitle(title).SetLevel(in.Level).SetContent(in.Content).
			SetEffectiveFrom(in.EffectiveFrom.UTC()).SetMeasures(measures).ClearDistricts().AddDistrictIDs(districts...)
		if in.EffectiveTo != nil {
			u.SetEffectiveTo(in.EffectiveTo.UTC())
		} else {
			u.ClearEffectiveTo()
		}
		if in.AckSLAMinutes != nil {
			u.SetAckSLAMinutes(*in.AckSLAMinutes)
		}
		if in.ReportSLAMinutes != nil {
			u.SetReportSLAMinutes(*in.ReportSLAMinutes)
		}
		u.SetNillableRepushMinutes(in.RepushMinutes).SetNillableCallMinutes(in.CallMinutes)
		if out, err = u.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "warning.draft", SubjectType: "Warning", SubjectID: out.ID,
			From: string(w.Level), To: string(out.Level), Comment: out.Title})
	})
	return out, err
}

// clip shortens what a message echoes back (an unknown value) to 40
// characters.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// districts resolves the districts a warning names: the given ones, each
// visible, or all the viewer's.
func (s *Service) districts(ctx context.Context, c *ent.Client, ids []int) ([]int, error) {
	if len(ids) == 0 {
		if v := viewer.FromContext(ctx); v != nil && !v.IsCity() {
			return v.DistrictIDs, nil
		}
		return c.District.Query().IDs(ctx)
	}
	given := ids
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	found, err := c.District.Query().Where(district.IDIn(ids...)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	for i, id := range given { // districts are everyone's to read: one missing is not found
		if !slices.Contains(found, id) {
			return nil, apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField(fmt.Sprintf("districtIDs.%d", i))
		}
	}
	return ids, nil
}

// Count is one group of a recipient preview.
type Count struct {
	Key   string // a district id or a performance grade
	Count int
}

// Preview is who a warning would reach: the air-related, active
// enterprises of its districts, by district and by grade.
type Preview struct {
	Total      int
	ByDistrict []DistrictCount
	ByGrade    []GradeCount
}

// DistrictCount is one district's recipients.
type DistrictCount struct {
	DistrictID int
	Count      int
}

// GradeCount is one performance grade's recipients.
type GradeCount struct {
	Grade string
	Count int
}

// recipients selects the enterprises a warning for districts reaches.
func recipients(c *ent.Client, districts []int) *ent.EnterpriseQuery {
	return c.Enterprise.Query().Where(enterprise.DistrictIDIn(districts...), enterprise.AirRelated(true),
		enterprise.StatusEQ(enterprise.StatusACTIVE))
}

// PreviewRecipients counts the recipients of a warning for districts (none:
// all the viewer's) as the viewer sees them, in two grouped statements. By
// grade as the notices will carry it (noticeGrade): the emission plan's of
// the year the warning takes effect (Asia/Shanghai; effectiveFrom nil: this
// year), else the register's.
func (s *Service) PreviewRecipients(ctx context.Context, districtIDs []int, effectiveFrom *time.Time) (*Preview, error) {
	ids, err := s.districts(ctx, s.client, districtIDs)
	if err != nil {
		return nil, err
	}
	out := &Preview{}
	if len(ids) == 0 {
		return out, nil
	}
	var byDistrict []struct {
		DistrictID int `json:"district_id"`
		Count      int `json:"count"`
	}
	if err := recipients(s.client, ids).GroupBy(enterprise.FieldDistrictID).Aggregate(ent.Count()).
		Scan(ctx, &byDistrict); err != nil {
		return nil, err
	}
	year := s.Now().In(clock.Shanghai).Year()
	if effectiveFrom != nil {
		year = effectiveFrom.In(clock.Shanghai).Year()
	}
	var byGrade []struct {
		Grade string `json:"notice_grade"`
		Count int    `json:"count"`
	}
	if err := recipients(s.client, ids).Modify(func(sel *sql.Selector) {
		// noticeGrade in SQL: the year's plan's grade, else the register's.
		p := sql.Table(emissionplan.Table).As("plan")
		sel.LeftJoin(p).OnP(sql.And(sql.ColumnsEQ(p.C(emissionplan.FieldEnterpriseID), sel.C(enterprise.FieldID)),
			sql.EQ(p.C(emissionplan.FieldYear), year)))
		grade := "COALESCE(" + p.C(emissionplan.FieldGrade) + ", " + sel.C(enterprise.FieldPerformanceGrade) + ")"
		sel.Select(sql.As(grade, "notice_grade"), sql.As(sql.Count("*"), "count")).GroupBy(grade)
	}).Scan(ctx, &byGrade); err != nil {
		return nil, err
	}
	for _, r := range byDistrict {
		out.Total += r.Count
		out.ByDistrict = append(out.ByDistrict, DistrictCount{r.DistrictID, r.Count})
	}
	slices.SortFunc(out.ByDistrict, func(a, b DistrictCount) int { return a.DistrictID - b.DistrictID })
	for _, r := range byGrade {
		out.ByGrade = append(out.ByGrade, GradeCount{r.Grade, r.Count})
	}
	slices.SortFunc(out.ByGrade, func(a, b GradeCount) int { return gradeOrder(a.Grade) - gradeOrder(b.Grade) })
	return out, nil
}

// recipient is an enterprise a round reaches, with what its notice needs.
type recipient struct {
	ID         int    `json:"id"`
	DistrictID int    `json:"district_id"`
	Grade      string `json:"performance_grade"`
}

// Publish pushes a draft to its recipients (一键触达): one notice per
// air-related active enterprise of its districts, snapshotted now, each
// with the enterprise's own measures for the level — all in one
// transaction, announced after it commits.
func (s *Service) Publish(ctx context.Context, id int) (*ent.Warning, error) {
	var out *ent.Warning
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		w, err := tx.Warning.Get(ctx, id)
		if err != nil {
			return err
		}
		if err := authz.Require(ctx, tx, &authz.WarningManage, w.ID); err != nil {
			return err
		}
		// The status moves first, guarded: of two concurrent publications
		// one finds the draft gone.
		moved, err := tx.Warning.Update().Where(warning.ID(id), warning.StatusEQ(warning.StatusDRAFT)).
			SetStatus(warning.StatusACTIVE).Save(ctx)
		if err != nil {
			return err
		}
		if moved == 0 {
			return apperr.New(apperr.Conflict, "warning.published")
		}
		now := s.now()
		if w.EffectiveTo != nil && !w.EffectiveTo.After(now) {
			return apperr.Input("effectiveTo", "warning.ended")
		}
		districts, err := w.QueryDistricts().IDs(ctx)
		if err != nil {
			return err
		}
		var rs []recipient
		err = recipients(tx, districts).Select(enterprise.FieldID, enterprise.FieldDistrictID, enterprise.FieldPerformanceGrade).
			Scan(ctx, &rs)
		if err != nil {
			return err
		}
		if len(rs) == 0 {
			return apperr.New(apperr.BadUserInput, "warning.no_recipients").WithField("districtIDs")
		}
		round := schematype.WarningRound{Number: 1, Kind: "PUBLISH", Level: string(w.Level), EffectiveFrom: w.EffectiveFrom,
			EffectiveTo: w.EffectiveTo, Content: w.Content, PublishedAt: now, Recipients: len(rs)}
		if v := viewer.FromContext(ctx); v != nil {
			round.PublishedByID = v.UserID
		}
		if err := s.push(ctx, tx, w, round, rs); err != nil {
			return err
		}
		out, err = tx.Warning.UpdateOne(w).SetStatus(warning.StatusACTIVE).SetPublishedAt(now).SetRound(1).
			SetRounds([]schematype.WarningRound{round}).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "warning.publish", SubjectType: "Warning", SubjectID: w.ID,
			From: string(warning.StatusDRAFT), To: string(w.Level), Comment: fmt.Sprintf("%d", len(rs))})
	})
	return out, err
}

// AdjustInput is bound to the GraphQL AdjustWarningInput.
type AdjustInput struct {
	WarningID int
	// Kind is UPGRADE or DOWNGRADE (with Level), EXTEND (with EffectiveTo)
	// or LIFT.
	Kind warningnotice.Kind
	// Level is the new level of an upgrade or downgrade.
	Level *warning.Level
	// EffectiveFrom is when the round takes effect (for LIFT: when the
	// warning ends); now when empty.
	EffectiveFrom *time.Time
	// EffectiveTo is the new planned end (required to extend).
	EffectiveTo *time.Time
	Content     string
	// Title renames the warning with the round (an upgrade's title names
	// the new level: “…红色预警（2026年第1号）”); nil keeps it.
	Title *string
}

// Adjust starts a new round of an active warning: an upgrade or downgrade
// to another level, an extension, or the lifting (解除). The round reaches
// the same enterprises as the first (the recipients snapshotted when it was
// published), each with a new notice to acknowledge.
func (s *Service) Adjust(ctx context.Context, in AdjustInput) (*ent.Warning, error) {
	if in.Title != nil {
		switch title := input.Text(*in.Title); {
		case title == "":
			return nil, apperr.Input("title", "input.required", "title")
		case input.Runes(title) > MaxTitle:
			return nil, apperr.Input("title", "input.too_long", "title", MaxTitle)
		}
	}
	if input.Runes(in.Content) > MaxContent {
		return nil, apperr.Input("content", "input.too_long", "content", MaxContent)
	}
	var out *ent.Warning
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		w, err := tx.Warning.Get(ctx, in.WarningID)
		if err != nil {
			return err
		}
		// Who may adjust it is decided before what is wrong with the request.
		if err := authz.Require(ctx, tx, &authz.WarningManage, w.ID); err != nil {
			return err
		}
		switch w.Status {
		case warning.StatusDRAFT:
			return apperr.New(apperr.Conflict, "warning.not_published")
		case warning.StatusLIFTED:
			return apperr.New(apperr.Conflict, "warning.lifted")
		}
		if w.Round >= MaxRounds {
			return apperr.New(apperr.Conflict, "warning.too_many_rounds", MaxRounds)
		}
		now := s.now()
		from := now
		if in.EffectiveFrom != nil {
			from = in.EffectiveFrom.UTC().Truncate(time.Microsecond)
		}
		// A round takes effect after the warning was published: a lifting
		// by now at the latest, the others within MaxRoundAhead.
		published := now
		if w.PublishedAt != nil {
			published = *w.PublishedAt
		}
		if in.Kind == warningnotice.KindLIFT && (from.Before(published) || from.After(now)) {
			return apperr.Input("effectiveFrom", "warning.lift_time")
		}
		if from.Before(published) || from.After(now.Add(MaxRoundAhead)) {
			return apperr.Input("effectiveFrom", "warning.round_time", int(MaxRoundAhead.Hours()/24))
		}
		level, to := w.Level, w.EffectiveTo
		switch in.Kind {
		case warningnotice.KindUPGRADE, warningnotice.KindDOWNGRADE:
			if in.Level == nil {
				return apperr.Input("level", "input.required", "level")
			}
			if d := rank(*in.Level) - rank(w.Level); (in.Kind == warningnotice.KindUPGRADE && d <= 0) ||
				(in.Kind == warningnotice.KindDOWNGRADE && d >= 0) {
				return apperr.Input("level", "warning.level_direction")
			}
			level = *in.Level
			if in.EffectiveTo != nil {
				to = utc(in.EffectiveTo)
			}
		case warningnotice.KindEXTEND:
			if in.EffectiveTo == nil {
				return apperr.Input("effectiveTo", "input.required", "effectiveTo")
			}
			if w.EffectiveTo != nil && !in.EffectiveTo.After(*w.EffectiveTo) {
				return apperr.Input("effectiveTo", "warning.extend_earlier")
			}
			to = utc(in.EffectiveTo)
		case warningnotice.KindLIFT:
			to = &from
		default:
			return apperr.Input("kind", "input.invalid", "kind")
		}
		if to != nil && in.Kind != warningnotice.KindLIFT && !to.After(from) {
			return apperr.Input("effectiveTo", "warning.end_before_start")
		}
		if in.Title != nil && input.Text(*in.Title) != w.Title {
			// Renamed before the round goes out: its notices, messages and
			// webhooks carry the new title.
			if w, err = tx.Warning.UpdateOne(w).SetTitle(*in.Title).Save(ctx); err != nil {
				return err
			}
		}
		if out, err = s.newRound(ctx, tx, w, in.Kind, level, from, to, in.Content, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "warning." + strings.ToLower(string(in.Kind)), SubjectType: "Warning",
			SubjectID: w.ID, From: string(w.Level), To: string(level), Comment: in.Content})
	})
	return out, err
}

// newRound starts round w.Round+1 of an active warning — kind, level, when
// it takes effect, the planned end, the note — for the recipients of the
// first round, and returns the warning as it is after it. The round moves
// first, guarded: of two concurrent adjustments (or an adjustment and the
// expiry job) one finds the round taken (CONFLICT).
func (s *Service) newRound(ctx context.Context, tx *ent.Client, w *ent.Warning, kind warningnotice.Kind, level warning.Level,
	from time.Time, to *time.Time, content string, now time.Time) (*ent.Warning, error) {
	moved, err := tx.Warning.Update().Where(warning.ID(w.ID), warning.Round(w.Round), warning.StatusEQ(warning.StatusACTIVE)).
		SetRound(w.Round + 1).Save(ctx)
	if err != nil {
		return nil, err
	}
	if moved == 0 {
		return nil, apperr.New(apperr.Conflict, string(apperr.Conflict))
	}
	// The recipients are the first round's, whoever adjusts: read as the
	// system (the adjustment is authorized — WarningManage, or the expiry
	// job), not through the adjuster's scope, from which an enterprise
	// that has since moved to another district would be missing.
	var rs []recipient
	err = tx.WarningNotice.Query().Where(warningnotice.WarningID(w.ID), warningnotice.Round(1)).
		Modify(func(sel *sql.Selector) {
			sel.Select(sel.C(warningnotice.FieldEnterpriseID)+" AS id", sel.C(warningnotice.FieldDistrictID)+" AS district_id",
				sel.C(warningnotice.FieldGrade)+" AS performance_grade")
		}).Scan(db.System(ctx), &rs)
	if err != nil {
		return nil, err
	}
	round := schematype.WarningRound{Number: w.Round + 1, Kind: string(kind), Level: string(level),
		EffectiveFrom: from, EffectiveTo: to, Content: content, PublishedAt: now, Recipients: len(rs)}
	if v := viewer.FromContext(ctx); v != nil {
		round.PublishedByID = v.UserID
	}
	if err := s.push(ctx, tx, w, round, rs); err != nil {
		return nil, err
	}
	u := tx.Warning.UpdateOne(w).SetLevel(level).SetRound(round.Number).SetRounds(append(w.Rounds, round))
	if to != nil {
		u.SetEffectiveTo(*to)
	}
	if kind == warningnotice.KindLIFT {
		u.SetStatus(warning.StatusLIFTED)
	}
	return u.Save(ctx)
}

// noticeGrade is the performance grade a notice carries, and whose measures
// it asks for: the grade of the enterprise's emission plan for the year the
// round takes effect (the season's assessment, 一厂一策), else the grade in
// the register. PreviewRecipients counts by the same rule in SQL.
func noticeGrade(plan *ent.EmissionPlan, registered string) string {
	if plan != nil {
		return string(plan.Grade)
	}
	return registered
}

// push creates the round's notices — each with the enterprise's measures
// for the level and its due times — tells the enterprises' users, and
// announces the notices once the transaction commits.
func (s *Service) push(ctx context.Context, tx *ent.Client, w *ent.Warning, round schematype.WarningRound, rs []recipient) error {
	ids := make([]int, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	plans := map[int]*ent.EmissionPlan{}
	year := round.EffectiveFrom.In(clock.Shanghai).Year()
	lift := round.Kind == string(warningnotice.KindLIFT)
	if !lift {
		for lo := 0; lo < len(ids); lo += batchIDs {
			ps, err := tx.EmissionPlan.Query().Where(emissionplan.EnterpriseIDIn(ids[lo:min(lo+batchIDs, len(ids))]...),
				emissionplan.Year(year)).All(ctx)
			if err != nil {
				return err
			}
			for _, p := range ps {
				plans[p.EnterpriseID] = p
			}
		}
	}
	ackDue := round.PublishedAt.Add(time.Duration(w.AckSLAMinutes) * time.Minute)
	if round.EffectiveFrom.Before(ackDue) {
		ackDue = round.EffectiveFrom
	}
	if !ackDue.After(round.PublishedAt) { // in effect when pushed (an upgrade now, a lifting): the SLA alone
		ackDue = round.PublishedAt.Add(time.Duration(w.AckSLAMinutes) * time.Minute)
	}
	reportDue := round.EffectiveFrom.Add(time.Duration(w.ReportSLAMinutes) * time.Minute)
	level := warningnotice.Level(round.Level)
	// The notices go in a few statements (db.InsertMany), not through ent
	// one by one: a province's warning reaches tens of thousands. On
	// publication the policy is asked here, for a notice of the first
	// recipient: every recipient was read through the viewer's privacy
	// rules (the enterprises of the warning's districts), so each notice's
	// parents are the viewer's to write under. A later round goes to the
	// same recipients by the warning's own permission (WarningManage,
	// asked by Adjust; the system's for the expiry job).
	if len(rs) > 0 && round.Number == 1 {
		probe := tx.WarningNotice.Create().SetWarningID(w.ID).SetRound(round.Number).SetEnterpriseID(rs[0].ID).
			SetDistrictID(rs[0].DistrictID).SetLevel(level).SetKind(warningnotice.Kind(round.Kind))
		if err := db.MayWrite(ctx, tx, probe.Mutation()); err != nil {
			return err
		}
	}
	bulk := db.Bulk{Table: warningnotice.Table, Fixed: []db.Column{
		{Name: warningnotice.FieldCreatedAt, Value: round.PublishedAt}, {Name: warningnotice.FieldUpdatedAt, Value: round.PublishedAt},
		{Name: warningnotice.FieldWarningID, Value: w.ID}, {Name: warningnotice.FieldRound, Value: round.Number},
		{Name: warningnotice.FieldLevel, Value: string(level)}, {Name: warningnotice.FieldKind, Value: round.Kind},
		{Name: warningnotice.FieldPushedAt, Value: round.PublishedAt}, {Name: warningnotice.FieldEffectiveAt, Value: round.EffectiveFrom},
		{Name: warningnotice.FieldAckDueAt, Value: ackDue},
	}, Varying: []string{warningnotice.FieldEnterpriseID, warningnotice.FieldDistrictID, warningnotice.FieldGrade, warningnotice.FieldMeasures}}
	if !lift {
		bulk.Fixed = append(bulk.Fixed, db.Column{Name: warningnotice.FieldReportDueAt, Value: reportDue})
	}
	bulk.Rows = make([][]any, len(rs))
	byGrade := map[string]json.RawMessage{} // the measures of a grade, for the enterprises without a plan
	for i, r := range rs {
		p := plans[r.ID]
		grade := noticeGrade(p, r.Grade)
		var measures any
		if !lift {
			b, ok := byGrade[grade]
			if !ok || p != nil {
				var err error
				if b, err = json.Marshal(MeasuresFor(p, grade, round.Level, w.Measures)); err != nil {
					return err
				}
				if p == nil {
					byGrade[grade] = b
				}
			}
			measures = b
		}
		bulk.Rows[i] = []any{r.ID, r.DistrictID, grade, measures}
	}
	saved, err := db.InsertMany(ctx, tx, bulk)
	if err != nil {
		return err
	}
	if err := s.tellUsers(ctx, tx, w, round); err != nil {
		return err
	}
	names, err := tx.Warning.QueryDistricts(w).Order(ent.Asc(district.FieldCode)).Select(district.FieldNameZh).Strings(ctx)
	if err != nil {
		return err
	}
	if err := s.outbox(ctx, tx, w, round, names); err != nil {
		return err
	}
	db.AfterCommit(ctx, func() {
		for _, n := range saved {
			s.bus.Publish(events.Event{Topic: NoticeTopic(n.Key), ID: n.ID})
		}
		s.bus.Publish(events.Event{Topic: BoardTopic(w.ID), ID: w.ID})
	})
	return nil
}

// tellUsers sends the enterprises' active users an in-app notification.
func (s *Service) tellUsers(ctx context.Context, tx *ent.Client, w *ent.Warning, round schematype.WarningRound) error {
	// The active users of the enterprises this round's notices went to,
	// in one statement (the system's read: whom to tell).
	var users []struct {
		ID int `json:"id"`
	}
	err := tx.User.Query().Where(user.Active(true), user.HasEnterpriseWith(enterprise.HasWarningNoticesWith(
		warningnotice.WarningID(w.ID), warningnotice.Round(round.Number)))).
		Select(user.FieldID).Scan(db.System(ctx), &users)
	if err != nil {
		return err
	}
	title := map[string]string{"PUBLISH": "重污染天气预警：", "UPGRADE": "预警升级：", "DOWNGRADE": "预警降级：",
		"EXTEND": "预警延长：", "LIFT": "预警解除："}[round.Kind] + w.Title
	body := "请立即确认收到，并按本企业减排措施落实、上报。"
	if round.Kind == "LIFT" {
		body = "预警已解除，请确认收到并有序恢复生产。"
	}
	ms := make([]notify.Message, len(users))
	for i, u := range users {
		ms[i] = notify.Message{UserID: u.ID, Kind: "WARNING_NOTICE", Title: title, Body: body, Link: "/warnings/notices"}
	}
	return s.notify.SendMany(ctx, ms)
}

// MeasuresFor are the measures a notice requires at level: the plan's for
// the level when the enterprise has a plan with any; else the warning's own
// measure for the grade, if it names one; else the grade's default at the
// level (DefaultMeasures).
func MeasuresFor(plan *ent.EmissionPlan, grade, level string, own []schematype.GradeMeasure) []schematype.NoticeMeasure {
	var out []schematype.NoticeMeasure
	if plan != nil {
		for _, m := range plan.Measures {
			if m.Level != level {
				continue
			}
			out = append(out, schematype.NoticeMeasure{Key: fmt.Sprintf("m%d", len(out)+1), Process: m.Process,
				Action: m.Action, LimitPercent: m.LimitPercent, FacilityID: m.FacilityID, SO2: m.SO2, NOx: m.NOx, PM: m.PM,
				VOCs: m.VOCs, TextZh: planText(m, true), TextEn: planText(m, false)})
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, m := range own {
		if m.Grade == grade {
			return []schematype.NoticeMeasure{{Key: "m1", TextZh: m.MeasuresZh, TextEn: m.MeasuresEn}}
		}
	}
	if _, known := defaultMeasures[grade]; !known {
		grade = "NONE"
	}
	m := defaultMeasures[grade][level]
	return []schematype.NoticeMeasure{{Key: "m1", TextZh: m[0], TextEn: m[1]}}
}

func planText(m schematype.PlanMeasure, zh bool) string {
	switch m.Action {
	case "STOP":
		if zh {
			return m.Process + "：停产"
		}
		return m.Process + ": stop"
	case "LIMIT":
		p := 0
		if m.LimitPercent != nil {
			p = *m.LimitPercent
		}
		if zh {
			return fmt.Sprintf("%s：限产至 %d%%", m.Process, p)
		}
		return fmt.Sprintf("%s: limit to %d%%", m.Process, p)
	default:
		if zh {
			return m.Process + "：正常生产"
		}
		return m.Process + ": keep running"
	}
}
