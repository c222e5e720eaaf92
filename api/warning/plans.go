package warning

import (
	"context"
	"fmt"
	"reflect"
	"slices"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/authz"
	"greencheck/api/db"
	"greencheck/api/input"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/emissionplan"
	"greencheck/ent/facility"
	"greencheck/ent/schematype"
)

// PlanInput is bound to the GraphQL SaveEmissionPlanInput.
type PlanInput struct {
	EnterpriseID int
	Year         int
	Grade        emissionplan.Grade
	Measures     []*schematype.PlanMeasure
	Note         string
}

// measureKey is a measure's identity within a plan: its level and its line
// or process however it is written (input.Key) — a line appears once per
// level, in the editor and in the Excel list alike.
func measureKey(level, process string) string {
	return level + "\x00" + input.Key(process)
}

// MaxPlanMeasures bounds a plan: lines or processes × 3 levels.
const MaxPlanMeasures = 300

// maxReduction bounds an expected reduction (kg a day).
const maxReduction = 1e9

// Plan actions: 停产, 限产 (to a percentage of normal load), 正常生产.
var planActions = []string{"STOP", "LIMIT", "RUN"}

// SavePlan creates or replaces an enterprise's emission plan for a year
// (应急减排清单 / 一厂一策): its grade and its measures per level. A facility
// a measure names must be the enterprise's.
func (s *Service) SavePlan(ctx context.Context, in PlanInput) (*ent.EmissionPlan, error) {
	if in.Year < input.MinYear || in.Year >= input.MaxYear {
		return nil, apperr.Input("year", "input.time_range", "year", input.MinYear, input.MaxYear-1)
	}
	if len(in.Measures) > MaxPlanMeasures {
		return nil, apperr.Input("measures", "plans.too_many", MaxPlanMeasures)
	}
	if n := input.MaxLen("EmissionPlan", "note"); input.Runes(in.Note) > n {
		return nil, apperr.Input("note", "input.too_long", "note", n)
	}
	measures := make([]schematype.PlanMeasure, len(in.Measures))
	var facilities []int
	var seen []string
	for i, m := range in.Measures {
		field := fmt.Sprintf("measures.%d", i)
		m.Process = input.Text(m.Process)
		switch {
		case !slices.Contains([]string{"YELLOW", "ORANGE", "RED"}, m.Level):
			return nil, apperr.Input(field+".level", "input.invalid", "level")
		case m.Process == "":
			return nil, apperr.Input(field+".process", "input.required", "process")
		case input.Runes(m.Process) > maxProcess:
			return nil, apperr.Input(field+".process", "input.too_long", "process", maxProcess)
		case !slices.Contains(planActions, m.Action):
			return nil, apperr.Input(field+".action", "input.invalid", "action")
		case m.Action == "LIMIT" && (m.LimitPercent == nil || *m.LimitPercent < 0 || *m.LimitPercent > 100):
			return nil, apperr.Input(field+".limitPercent", "warning.percent")
		case m.Action != "LIMIT" && m.LimitPercent != nil:
			return nil, apperr.Input(field+".limitPercent", "plans.percent_only_limit")
		}
		for i, x := range []*float64{m.SO2, m.NOx, m.PM, m.VOCs} {
			if x != nil && !(*x >= 0 && *x <= maxReduction) { // NaN fails both
				return nil, apperr.Input(field+"."+[]string{"so2", "nox", "pm", "vocs"}[i], "warning.reduction", maxReduction)
			}
		}
		// One line once per level, however it is written: width, case and
		// spacing folded (“Line A”, “line a”, “Ｌｉｎｅ Ａ” are one line).
		key := measureKey(m.Level, m.Process)
		if slices.Contains(seen, key) {
			return nil, apperr.Input(field+".process", "plans.twice", m.Process)
		}
		seen = append(seen, key)
		if m.Action != "LIMIT" {
			m.LimitPercent = nil
		}
		if m.FacilityID != nil {
			facilities = append(facilities, *m.FacilityID)
		}
		measures[i] = *m
	}
	var out *ent.EmissionPlan
	err := db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		// An enterprise of no row, or of none the viewer sees, is NOT_FOUND.
		if _, err := tx.Enterprise.Get(ctx, in.EnterpriseID); err != nil {
			if ent.IsNotFound(err) {
				return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField("enterpriseID")
			}
			return err
		}
		if len(facilities) > 0 {
			slices.Sort(facilities)
			facilities = slices.Compact(facilities)
			own, err := tx.Facility.Query().Where(facility.IDIn(facilities...), facility.EnterpriseID(in.EnterpriseID)).IDs(ctx)
			if err != nil {
				return err
			}
			for i, m := range measures { // the first measure naming a facility not the enterprise's
				if m.FacilityID != nil && !slices.Contains(own, *m.FacilityID) {
					return apperr.Input(fmt.Sprintf("measures.%d.facilityID", i), "warning.facility_unknown")
				}
			}
		}
		// Whose measures these are: the enterprise's own declaration (自主减排)
		// or its administrators'. Who may save them is the plan's policy.
		v := viewer.FromContext(ctx)
		declared := v != nil && v.Role == viewer.RoleEnterprise
		p, err := tx.EmissionPlan.Query().Where(emissionplan.EnterpriseID(in.EnterpriseID), emissionplan.Year(in.Year)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			out, err = tx.EmissionPlan.Create().SetEnterpriseID(in.EnterpriseID).SetYear(in.Year).SetGrade(in.Grade).
				SetMeasures(measures).SetNote(in.Note).SetSelfDeclared(declared).Save(ctx)
		case err == nil:
			if err := authz.Require(ctx, tx, &authz.EmissionPlanEditMeasures, p.ID); err != nil {
				return err
			}
			u := tx.EmissionPlan.UpdateOne(p).SetMeasures(measures).SetNote(in.Note)
			if !reflect.DeepEqual(p.Measures, measures) || p.Note != in.Note {
				u.SetSelfDeclared(declared) // whose measures they now are; a regrade alone keeps that
			}
			if in.Grade != p.Grade { // the grade is the administrators' (an enterprise sends it unchanged)
				u.SetGrade(in.Grade)
			}
			out, err = u.Save(ctx)
		}
		if err != nil {
			return err
		}
		eid := in.EnterpriseID
		return audit.Record(ctx, tx, audit.Entry{Action: map[bool]string{false: "emissionplan.save", true: "emissionplan.declare"}[declared], SubjectType: "EmissionPlan", SubjectID: out.ID,
			EnterpriseID: &eid, To: fmt.Sprintf("%d %s %d", in.Year, in.Grade, len(measures))})
	})
	return out, err
}
