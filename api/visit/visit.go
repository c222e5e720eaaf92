// Package visit is on-site assistance (帮扶) and expert consultation (会诊):
// the district plans a visit to an enterprise — often from the problem list
// (问题清单, problems.go), keeping the reasons that put it there — with a
// team of its staff and stationed experts; records it after it was held
// (notes, photos, the problems found on site, each a Finding with source
// VISIT that enters the rectification loop, and the tailored plan 一企一策);
// and the enterprise confirms on its phone that it received the record.
// Who may do what is the Visit policy's; this package keeps the steps.
package visit

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/files"
	"greencheck/api/input"
	"greencheck/api/notify"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/district"
	"greencheck/ent/finding"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
	"greencheck/ent/visit"
)

// Service plans, records and confirms visits.
type Service struct {
	client *ent.Client
	notify *notify.Service
	now    func() time.Time
}

// New returns the visit service.
func New(client *ent.Client, n *notify.Service) *Service {
	return &Service{client: client, notify: n, now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }}
}

// PlanInput is bound to the GraphQL PlanVisitInput.
type PlanInput struct {
	EnterpriseID int
	Kind         visit.Kind
	// ScheduledOn is the day of the visit (Asia/Shanghai date), today or later.
	ScheduledOn time.Time
	// TeamIDs are the district's staff and the stationed experts who go
	// (at least one; each must be an active administrator or expert of the
	// enterprise's district).
	TeamIDs []int
	// Reasons are the problem-list reasons the visit answers.
	Reasons []Reason
	// ClientKey makes a retried request plan once.
	ClientKey *string
}

// MaxTeam bounds a visit's team.
const MaxTeam = 20

// Plan schedules a visit and tells the team and the enterprise's users.
func (s *Service) Plan(ctx context.Context, in PlanInput) (*ent.Visit, error) {
	if len(in.TeamIDs) == 0 {
		return nil, apperr.Input("teamIDs", "input.required", "teamIDs")
	}
	if len(in.TeamIDs) > MaxTeam {
		return nil, apperr.Input("teamIDs", "visit.team_size", MaxTeam)
	}
	today := clock.StartOfDay(s.now())
	if in.ScheduledOn.Before(today) {
		return nil, apperr.Input("scheduledOn", "visit.in_past")
	}
	var reasons []string
	for _, r := range in.Reasons {
		if !IsReason(string(r)) {
			return nil, apperr.Input("reasons", "input.invalid", "reasons")
		}
		if !slices.Contains(reasons, string(r)) {
			reasons = append(reasons, string(r))
		}
	}
	if in.ClientKey != nil && (*in.ClientKey == "" || input.Runes(*in.ClientKey) > input.MaxLen("Visit", "clientKey")) {
		return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
	}
	var out *ent.Visit
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		if in.ClientKey != nil {
			if v := viewer.FromContext(ctx); v != nil {
				done, err := tx.Visit.Query().Where(visit.PlannedByID(v.UserID), visit.ClientKey(*in.ClientKey)).First(ctx)
				if err == nil {
					if done.EnterpriseID != in.EnterpriseID {
						return apperr.KeyReused("enterpriseID")
					}
					out = done
					return nil
				}
				if !ent.IsNotFound(err) {
					return err
				}
			}
		}
		e, err := tx.Enterprise.Get(ctx, in.EnterpriseID)
		if err != nil {
			return db.NotFoundAt("enterpriseID", err)
		}
		// The team: administrators and experts of the enterprise's district,
		// active — read by the system, the question is about the people's
		// roles, not who may see them (the policy checks that too).
		team, err := tx.User.Query().Where(user.IDIn(in.TeamIDs...), user.Active(true),
			user.RoleIn(user.RoleDISTRICT_ADMIN, user.RoleEXPERT), user.HasDistrictsWith(district.ID(e.DistrictID))).IDs(db.System(ctx))
		if err != nil {
			return err
		}
		if len(team) != len(dedupe(in.TeamIDs)) {
			return apperr.Input("teamIDs", "visit.team_unknown")
		}
		c := tx.Visit.Create().SetEnterpriseID(e.ID).SetKind(in.Kind).SetScheduledOn(clock.StartOfDay(in.ScheduledOn).UTC()).
			AddTeamIDs(team...).SetReasons(reasons).SetNillableClientKey(in.ClientKey)
		if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
			c.SetPlannedByID(v.UserID)
		}
		if out, err = c.Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "visit.plan", SubjectType: "Visit", SubjectID: out.ID,
			EnterpriseID: &e.ID, To: string(visit.StatusPLANNED)}); err != nil {
			return err
		}
		day := clock.Day(out.ScheduledOn)
		what := kindName(in.Kind)
		if err := s.notify.SendTo(ctx, team, notify.Message{Kind: "VISIT_PLANNED", Title: fmt.Sprintf("%s安排：%s", what, e.Name),
			Body: fmt.Sprintf("%s 赴 %s %s。", day, e.Name, what), Link: link(out.ID)}); err != nil {
			return err
		}
		users, err := enterpriseUsers(ctx, tx, e.ID)
		if err != nil {
			return err
		}
		return s.notify.SendTo(ctx, users, notify.Message{Kind: "VISIT_PLANNED", Title: fmt.Sprintf("%s通知：%s", what, day),
			Body: fmt.Sprintf("区县将于 %s 到企业开展%s，请安排环保负责人接待。", day, what), Link: link(out.ID)})
	})
	return out, err
}

// ProblemInput is one problem found on site (becomes a Finding).
type ProblemInput struct {
	Title       string
	Description string
	Severity    finding.Severity
	// DueAt is the rectification deadline, after the visit.
	DueAt time.Time
}

// RecordInput is bound to the GraphQL RecordVisitInput.
type RecordInput struct {
	ID        int
	HeldOn    time.Time
	Notes     string
	PhotoIDs  []int
	Problems  []ProblemInput
	Plan      string
	PlanSteps []schematype.PlanStep
}

// MaxProblems bounds the problems one record opens.
const MaxProblems = 50

// Record writes what a planned visit found: it is HELD, each problem found
// becomes a Finding (source VISIT, ASSIGNED with its deadline) of the
// enterprise, and the enterprise's users are asked to confirm the record.
// Recording a visit twice is a CONFLICT.
func (s *Service) Record(ctx context.Context, in RecordInput) (*ent.Visit, error) {
	notes, plan := strings.TrimSpace(in.Notes), strings.TrimSpace(in.Plan)
	if notes == "" {
		return nil, apperr.Input("notes", "input.required", "notes")
	}
	if n := input.MaxLen("Visit", "notes"); input.Runes(notes) > n {
		return nil, apperr.Input("notes", "input.too_long", "notes", n)
	}
	if n := input.MaxLen("Visit", "plan"); input.Runes(plan) > n {
		return nil, apperr.Input("plan", "input.too_long", "plan", n)
	}
	if in.HeldOn.After(s.now()) {
		return nil, apperr.Input("heldOn", "visit.held_in_future")
	}
	if len(in.Problems) > MaxProblems {
		return nil, apperr.Input("problems", "visit.too_many_problems", MaxProblems)
	}
	steps, err := checkSteps(in.PlanSteps)
	if err != nil {
		return nil, err
	}
	now := s.now()
	for i, p := range in.Problems {
		at := fmt.Sprintf("problems.%d.", i)
		if strings.TrimSpace(p.Title) == "" {
			return nil, apperr.Input(at+"title", "input.required", "title")
		}
		if n := input.MaxLen("Finding", "title"); input.Runes(p.Title) > n {
			return nil, apperr.Input(at+"title", "input.too_long", "title", n)
		}
		if input.Runes(p.Description) > input.MaxLen("Visit", "notes") {
			return nil, apperr.Input(at+"description", "input.too_long", "description", input.MaxLen("Visit", "notes"))
		}
		if !p.DueAt.After(in.HeldOn) || !p.DueAt.After(now) {
			return nil, apperr.Input(at+"dueAt", "visit.due_before_visit")
		}
	}
	var out *ent.Visit
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		v, err := tx.Visit.Query().Where(visit.ID(in.ID)).WithEnterprise().Only(ctx)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.VisitRecord, v.ID); err != nil {
			return err
		}
		if v.Status != visit.StatusPLANNED {
			return apperr.New(apperr.Conflict, "visit.not_planned")
		}
		// Held on or after the day it was planned (not before anyone knew of it).
		if in.HeldOn.Before(clock.StartOfDay(v.CreatedAt)) {
			return apperr.Input("heldOn", "visit.held_before_planned")
		}
		photos, err := files.Owned(ctx, tx, "photoIDs", in.PhotoIDs, v.EnterpriseID)
		if err != nil {
			return err
		}
		if out, err = tx.Visit.UpdateOne(v).SetStatus(visit.StatusHELD).SetHeldOn(in.HeldOn.UTC()).SetNotes(notes).
			SetPlan(plan).SetPlanSteps(steps).AddPhotos(photos...).Save(ctx); err != nil {
			return err
		}
		what := kindName(v.Kind)
		for _, p := range in.Problems {
			f, err := tx.Finding.Create().SetEnterpriseID(v.EnterpriseID).SetSource(finding.SourceVISIT).SetVisitID(v.ID).
				SetTitle(strings.TrimSpace(p.Title)).SetDescription(strings.TrimSpace(p.Description)).SetSeverity(p.Severity).
				SetStatus(finding.StatusASSIGNED).SetDueAt(p.DueAt.UTC()).Save(ctx)
			if err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, audit.Entry{Action: "finding.create", SubjectType: "Finding", SubjectID: f.ID,
				EnterpriseID: &v.EnterpriseID, To: string(finding.StatusASSIGNED), Comment: what + "发现：" + f.Title}); err != nil {
				return err
			}
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "visit.record", SubjectType: "Visit", SubjectID: v.ID,
			EnterpriseID: &v.EnterpriseID, From: string(visit.StatusPLANNED), To: string(visit.StatusHELD), Comment: notes}); err != nil {
			return err
		}
		users, err := enterpriseUsers(ctx, tx, v.EnterpriseID)
		if err != nil {
			return err
		}
		body := fmt.Sprintf("%s记录已形成，请查看并确认收到。", what)
		if len(in.Problems) > 0 {
			body = fmt.Sprintf("%s发现 %d 个问题，已列入整改；请查看%s记录和整改方案并确认收到。", what, len(in.Problems), what)
		}
		return s.notify.SendTo(ctx, users, notify.Message{Kind: "VISIT_RECORDED", Title: what + "记录待确认", Body: body, Link: link(v.ID)})
	})
	return out, err
}

// Confirm is the enterprise's receipt of a held visit's record (only it
// confirms; the policy says so). Confirming twice changes nothing; a visit
// not yet held is a CONFLICT.
func (s *Service) Confirm(ctx context.Context, id int) (*ent.Visit, error) {
	var out *ent.Visit
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		v, err := tx.Visit.Get(ctx, id)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.VisitConfirm, v.ID); err != nil {
			return err
		}
		if v.ConfirmedAt != nil {
			// Whoever could not confirm it is still refused.
			if err := db.MayWrite(ctx, tx, tx.Visit.UpdateOneID(v.ID).SetConfirmedAt(*v.ConfirmedAt).Mutation()); err != nil {
				return err
			}
			out = v
			return nil
		}
		if v.Status != visit.StatusHELD {
			return apperr.New(apperr.Conflict, "visit.not_held")
		}
		upd := tx.Visit.UpdateOne(v).SetConfirmedAt(s.now())
		if u := viewer.FromContext(ctx); u != nil && u.UserID != 0 {
			upd.SetConfirmedByID(u.UserID)
		}
		if out, err = upd.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "visit.confirm", SubjectType: "Visit", SubjectID: v.ID, EnterpriseID: &v.EnterpriseID})
	})
	return out, err
}

func checkSteps(steps []schematype.PlanStep) ([]schematype.PlanStep, error) {
	lim := schematype.PlanStepLimits
	if len(steps) > lim.Steps {
		return nil, apperr.Input("planSteps", "visit.too_many_steps", lim.Steps)
	}
	out := make([]schematype.PlanStep, len(steps))
	for i, st := range steps {
		at := fmt.Sprintf("planSteps.%d.", i)
		st.Measure, st.Responsible, st.DueOn = strings.TrimSpace(st.Measure), strings.TrimSpace(st.Responsible), strings.TrimSpace(st.DueOn)
		if st.Measure == "" {
			return nil, apperr.Input(at+"measure", "input.required", "measure")
		}
		if input.Runes(st.Measure) > lim.Measure {
			return nil, apperr.Input(at+"measure", "input.too_long", "measure", lim.Measure)
		}
		if input.Runes(st.Responsible) > lim.Responsible {
			return nil, apperr.Input(at+"responsible", "input.too_long", "responsible", lim.Responsible)
		}
		if st.DueOn != "" {
			d, err := time.ParseInLocation(time.DateOnly, st.DueOn, clock.Shanghai)
			if err != nil {
				return nil, apperr.Input(at+"dueOn", "selfcheck.value_date")
			}
			if d.Before(clock.StartOfDay(time.Now())) {
				return nil, apperr.Input(at+"dueOn", "visit.step_due_past")
			}
			if d.Year() < input.MinYear || d.Year() >= input.MaxYear {
				return nil, apperr.Input(at+"dueOn", "input.time_range", "dueOn", input.MinYear, input.MaxYear-1)
			}
		}
		out[i] = st
	}
	return out, nil
}

// Cancel calls off a planned visit (the district, the city); the team and
// the enterprise's users are told. A visit already held or cancelled is a
// CONFLICT.
func (s *Service) Cancel(ctx context.Context, id int) (*ent.Visit, error) {
	var out *ent.Visit
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		v, err := tx.Visit.Query().Where(visit.ID(id)).WithEnterprise().Only(ctx)
		if err != nil {
			return db.NotFoundAt("id", err)
		}
		if err := authz.Require(ctx, tx, &authz.VisitCancel, v.ID); err != nil {
			return err
		}
		if v.Status != visit.StatusPLANNED {
			return apperr.New(apperr.Conflict, "visit.not_planned")
		}
		if out, err = tx.Visit.UpdateOne(v).SetStatus(visit.StatusCANCELLED).Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Entry{Action: "visit.cancel", SubjectType: "Visit", SubjectID: v.ID,
			EnterpriseID: &v.EnterpriseID, From: string(visit.StatusPLANNED), To: string(visit.StatusCANCELLED)}); err != nil {
			return err
		}
		team, err := tx.Visit.QueryTeam(v).IDs(db.System(ctx))
		if err != nil {
			return err
		}
		users, err := enterpriseUsers(ctx, tx, v.EnterpriseID)
		if err != nil {
			return err
		}
		what := kindName(v.Kind)
		return s.notify.SendTo(ctx, append(team, users...), notify.Message{Kind: "VISIT_CANCELLED",
			Title: fmt.Sprintf("%s取消：%s", what, v.Edges.Enterprise.Name),
			Body:  fmt.Sprintf("原定 %s 的%s已取消。", clock.Day(v.ScheduledOn), what), Link: link(v.ID)})
	})
	return out, err
}

func enterpriseUsers(ctx context.Context, tx *ent.Client, enterpriseID int) ([]int, error) {
	return tx.User.Query().Where(user.EnterpriseID(enterpriseID), user.Active(true)).IDs(db.System(ctx))
}

func kindName(k visit.Kind) string {
	if k == visit.KindCONSULTATION {
		return "专家会诊"
	}
	return "帮扶"
}

func link(id int) string { return fmt.Sprintf("/visits/%d", id) }

func dedupe(ids []int) map[int]bool {
	m := make(map[int]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// TeamCandidates are the people who may go on a visit to the enterprise:
// the active administrators and stationed experts of its district, as the
// viewer may see them, administrators first.
func (s *Service) TeamCandidates(ctx context.Context, enterpriseID int) ([]*ent.User, error) {
	c := db.Client(ctx, s.client)
	e, err := c.Enterprise.Get(ctx, enterpriseID)
	if err != nil {
		return nil, err
	}
	return c.User.Query().Where(user.Active(true), user.RoleIn(user.RoleDISTRICT_ADMIN, user.RoleEXPERT),
		user.HasDistrictsWith(district.ID(e.DistrictID))).
		Order(ent.Asc(user.FieldRole), ent.Asc(user.FieldDisplayName)).Limit(100).All(ctx)
}
