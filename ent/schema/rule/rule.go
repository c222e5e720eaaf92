// Package rule holds the privacy rules shared by the ent schema: who may read
// and write which rows, keyed on the viewer. It imports no generated package,
// so the schema can always be regenerated from a clean checkout.
package rule

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"greencheck/api/viewer"
	"greencheck/ent/edgescope"
)

// nothing is a predicate no row satisfies (ids start at 1).
var nothing = entql.FieldEQ("id", 0)

// DenyAnonymous refuses every query and mutation without a viewer.
func DenyAnonymous() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		return privacy.Skip
	})
}

// AllowCityAdmin lets the city administrator through.
func AllowCityAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsCity() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AllowRead lets any authenticated viewer read (public reference data:
// districts, checklists, trainings, warnings).
func AllowRead() privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, _ ent.Query) error {
		if viewer.FromContext(ctx) != nil {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// DenyWrites ends a mutation policy: what no earlier rule allowed is denied.
func DenyWrites() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(context.Context, ent.Mutation) error {
		return privacy.Denyf("rule: write not allowed")
	})
}

// AllowRoles lets the given roles write.
func AllowRoles(roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && slices.Contains(roles, v.Role) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// Filter is what a generated query or mutation offers for generic filtering.
type Filter interface{ Where(entql.P) }

// filterOf returns the entql filter of a generated query or mutation. The
// generated types all have a Filter method, each with its own return type, so
// it is reached by reflection instead of importing the generated package.
func filterOf(x any) (Filter, error) {
	m := reflect.ValueOf(x).MethodByName("Filter")
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 {
		return nil, privacy.Denyf("rule: %T cannot be filtered", x)
	}
	f, ok := m.Call(nil)[0].Interface().(Filter)
	if !ok {
		return nil, privacy.Denyf("rule: %T has no entql filter", x)
	}
	return f, nil
}

// Anchor says how rows of an entity belong to an enterprise or a district.
type Anchor struct {
	// Edges is the path from the entity to its Enterprise; empty when the
	// entity is the Enterprise itself.
	Edges []string
	// District, when set, is the district column of the entity that holds the
	// final "enterprise" edge (Question): district roles are matched on it
	// instead of on the enterprise's district.
	District string
}

// OwnEnterprise anchors an entity holding an "enterprise" edge.
var OwnEnterprise = Anchor{Edges: []string{"enterprise"}}

// Via anchors an entity through a parent edge whose target is anchored by a.
func Via(edge string, a Anchor) Anchor {
	return Anchor{Edges: append([]string{edge}, a.Edges...), District: a.District}
}

// Predicate returns the rows of the anchored entity that v may see, or false
// when v sees everything.
func (a Anchor) Predicate(v *viewer.Viewer) (entql.P, bool) {
	if v.IsCity() {
		return nil, false
	}
	var p entql.P
	edges := a.Edges
	if a.District != "" && v.Role != viewer.RoleEnterprise {
		p = districtIn(a.District, v.DistrictIDs)
		return wrap(p, edges[:len(edges)-1]), true
	}
	switch v.Role {
	case viewer.RoleEnterprise:
		if v.EnterpriseID == 0 {
			return nothing, true
		}
		if len(edges) > 0 && edges[len(edges)-1] == "enterprise" {
			// Compare the foreign key instead of a sub-select.
			p = entql.FieldEQ("enterprise_id", v.EnterpriseID)
			edges = edges[:len(edges)-1]
		} else {
			p = entql.FieldEQ("id", v.EnterpriseID)
		}
	case viewer.RoleDistrictAdmin, viewer.RoleExpert, viewer.RolePartner:
		p = districtIn("district_id", v.DistrictIDs)
	default:
		return nothing, true
	}
	return wrap(p, edges), true
}

// wrap turns a predicate on the end of an edge path into one on its start.
func wrap(p entql.P, edges []string) entql.P {
	for i := len(edges) - 1; i >= 0; i-- {
		p = entql.HasEdgeWith(edges[i], p)
	}
	return p
}

func districtIn(field string, ids []int) entql.P {
	if len(ids) == 0 {
		return nothing
	}
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	return entql.FieldIn(field, vs...)
}

// FilterQuery limits every query to the rows the viewer may see.
func FilterQuery(a Anchor) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		p, limited := a.Predicate(v)
		if !limited {
			return privacy.Allow
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		f.Where(p)
		return privacy.Skip
	})
}

// FilterDistrictColumn limits every query of an entity that belongs to a
// district, not to an enterprise (summaries), to the rows of the viewer's
// districts for the district roles, and to none for everyone else.
func FilterDistrictColumn(column string) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		if v.IsCity() {
			return privacy.Allow
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		switch v.Role {
		case viewer.RoleDistrictAdmin, viewer.RoleExpert, viewer.RolePartner:
			f.Where(districtIn(column, v.DistrictIDs))
		default:
			f.Where(nothing)
		}
		return privacy.Skip
	})
}

// Lookup reports whether the node with the given global id is visible to the
// viewer in ctx (nil error) or not. The database layer puts one in the
// context of every mutation, bound to the mutation's own transaction.
type Lookup func(ctx context.Context, id int) error

type lookupKey struct{}

// WithLookup returns ctx carrying l.
func WithLookup(ctx context.Context, l Lookup) context.Context {
	return context.WithValue(ctx, lookupKey{}, l)
}

// WriteScoped lets the given roles create and change rows anchored by a
// (deleting is the city's alone), but only rows they can see, and only under parents they can see: updates and deletes are
// filtered to the viewer's rows, and every parent set by the mutation must be
// visible to the viewer.
func WriteScoped(a Anchor, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || isDelete(m) {
			return privacy.Skip
		}
		if !m.Op().Is(ent.OpCreate) {
			if p, limited := a.Predicate(v); limited {
				f, err := filterOf(m)
				if err != nil {
					return err
				}
				f.Where(p)
			}
		}
		if err := parentsVisible(ctx, v, a, m); err != nil {
			return err
		}
		return privacy.Allow
	})
}

// UpdateScopedWhere allows the roles to update (never create or delete)
// the rows of their scope that also match p: an enterprise declares the
// measures of its own plan when its grade lets it (自主减排).
func UpdateScopedWhere(a Anchor, p entql.P, roles ...viewer.Role) privacy.MutationRule {
	return UpdateScopedWhereFunc(a, func() entql.P { return p }, roles...)
}

// UpdateScopedWhereFunc is UpdateScopedWhere with the predicate made at
// each write (one that depends on the date).
func UpdateScopedWhereFunc(a Anchor, pf func() entql.P, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || isDelete(m) || m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		f, err := filterOf(m)
		if err != nil {
			return err
		}
		where := pf()
		if scope, limited := a.Predicate(v); limited {
			where = entql.And(scope, where)
		}
		f.Where(where)
		return privacy.Allow
	})
}

func parentsVisible(ctx context.Context, v *viewer.Viewer, a Anchor, m ent.Mutation) error {
	if len(a.Edges) == 0 {
		// The Enterprise itself: its district must be one of the viewer's.
		for _, id := range m.AddedIDs("district") {
			if n, ok := id.(int); !ok || (!v.InDistrict(n) && !v.IsCity()) {
				return privacy.Denyf("rule: district %v outside the viewer's scope", id)
			}
		}
		if m.Op().Is(ent.OpCreate) && v.Role == viewer.RoleEnterprise {
			return privacy.Denyf("rule: enterprise users cannot create enterprises")
		}
		return nil
	}
	ids := m.AddedIDs(a.Edges[0])
	if len(ids) == 0 {
		return nil
	}
	look, _ := ctx.Value(lookupKey{}).(Lookup)
	if look == nil {
		return privacy.Denyf("rule: no lookup in context")
	}
	for _, id := range ids {
		n, ok := id.(int)
		if !ok {
			return privacy.Denyf("rule: unexpected id %T", id)
		}
		if err := look(ctx, n); err != nil {
			return privacy.Denyf("rule: %s %d not visible", a.Edges[0], n)
		}
	}
	return nil
}

// queryRuleFunc adapts a function to privacy.QueryRule (the generated
// privacy package has one; this package must not import it).
type queryRuleFunc func(context.Context, ent.Query) error

func (f queryRuleFunc) EvalQuery(ctx context.Context, q ent.Query) error { return f(ctx, q) }

// AllowDelegatedExpert lets an expert update rows of the findings a
// district delegated to it (委托专家核查), reached through edges: updates are
// filtered to those findings, so any other row is simply not found.
// Experts create and delete nothing here.
func AllowDelegatedExpert(edges ...string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.RoleExpert || v.UserID == 0 || !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
			return privacy.Skip
		}
		f, err := filterOf(m)
		if err != nil {
			return err
		}
		f.Where(wrap(entql.FieldEQ("delegate_id", v.UserID), edges))
		return privacy.Allow
	})
}

// LimitFields denies mutations by role that touch fields other than allowed
// (enterprise users may change their enterprise's contacts, nothing else).
func LimitFields(role viewer.Role, allowed ...string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != role {
			return privacy.Skip
		}
		for _, f := range slices.Concat(m.Fields(), m.AddedFields(), m.ClearedFields(), appendedFields(m)) {
			if !slices.Contains(allowed, f) {
				return privacy.Denyf("rule: %s may not change %s", role, f)
			}
		}
		if !m.Op().Is(ent.OpCreate) {
			// An edge held by an allowed foreign key (reviewer ↔ reviewer_id) may change.
			for _, e := range slices.Concat(m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()) {
				if !slices.Contains(allowed, e+"_id") {
					return privacy.Denyf("rule: %s may not change relation %s", role, e)
				}
			}
		}
		return privacy.Skip
	})
}

// LimitValues denies mutations by role that set field to a value outside
// allowed (an enterprise may move its finding to SUBMITTED, never CLOSED).
func LimitValues(role viewer.Role, field string, allowed ...string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != role {
			return privacy.Skip
		}
		if val, ok := m.Field(field); ok && !slices.Contains(allowed, fmt.Sprint(val)) {
			return privacy.Denyf("rule: %s may not set %s to %v", role, field, val)
		}
		return privacy.Skip
	})
}

// WriteWhollyWithin lets the given roles change rows whose children through
// edge all lie in their scope, as child anchors them, and that have at least
// one: a district administrator manages the inspection tasks that reach
// only enterprises of its districts. Creations are left to the parents'
// rules (a task is created before its self-checks, each checked on its own).
func WriteWhollyWithin(edge string, child Anchor, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || isDelete(m) {
			return privacy.Skip
		}
		if m.Op().Is(ent.OpCreate) {
			return privacy.Allow
		}
		if p, limited := child.Predicate(v); limited {
			f, err := filterOf(m)
			if err != nil {
				return err
			}
			f.Where(entql.And(entql.HasEdge(edge), entql.Not(entql.HasEdgeWith(edge, entql.Not(p)))))
		}
		return privacy.Allow
	})
}

// LimitUpdates is LimitFields for changes of existing rows only: an
// enterprise's self-check creates whole findings, and afterwards the
// enterprise may only move their status.
func LimitUpdates(role viewer.Role, allowed ...string) privacy.MutationRule {
	lf := LimitFields(role, allowed...)
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		return lf.EvalMutation(ctx, m)
	})
}

// CreatedOnlyBy denies creations by any role but these, the city
// administrator's included (place it before AllowCityAdmin): the enterprise
// submits its rectifications and asks for its extensions, nobody on its
// behalf.
func CreatedOnlyBy(roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		if v := viewer.FromContext(ctx); v != nil && slices.Contains(roles, v.Role) {
			return privacy.Skip
		}
		return privacy.Denyf("rule: %s rows are created by %v only", m.Type(), roles)
	})
}

// isDelete reports whether m deletes rows: only the city administrator (and
// the system's own jobs) delete anything.
func isDelete(m ent.Mutation) bool { return m.Op().Is(ent.OpDelete | ent.OpDeleteOne) }

// DenyCreatesBy refuses creations by the given roles (place it before
// AllowCityAdmin when the city is among them): warning notices are pushed
// by the administrators who publish, never created by an enterprise.
func DenyCreatesBy(roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && m.Op().Is(ent.OpCreate) && slices.Contains(roles, v.Role) {
			return privacy.Denyf("rule: %s may not create %s rows", v.Role, m.Type())
		}
		return privacy.Skip
	})
}

// within is the predicate "every district through edge is one of ids, and
// there is at least one — and it was issued by a district's user, not the
// city" on an entity addressed to districts (a warning): a district's own.
func within(edge string, ids []int) entql.P {
	return entql.And(entql.HasEdge(edge), entql.Not(entql.HasEdgeWith(edge, entql.Not(districtIn("id", ids)))),
		entql.HasEdgeWith("issued_by", entql.FieldNEQ("role", string(viewer.RoleCityAdmin))))
}

// FilterPublished limits the rows of an entity with a status to those
// published (status other than DRAFT) for everyone but the city; the given
// roles also see the drafts addressed wholly to their districts (through
// edge) and issued by a district's user — not the city's drafts — which
// they may write (WriteDistrictsWithin).
func FilterPublished(edge string, roles ...viewer.Role) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		if v.IsCity() {
			return privacy.Allow
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		p := entql.FieldNEQ("status", "DRAFT")
		if slices.Contains(roles, v.Role) {
			p = entql.Or(p, within(edge, v.DistrictIDs))
		}
		f.Where(p)
		return privacy.Skip
	})
}

// WriteDistrictsWithin lets the given roles create and change rows addressed
// through edge to districts only of theirs (at least one): a district
// administrator's own district warnings. Every district a mutation adds
// must be the viewer's; updates reach only rows wholly within its districts.
func WriteDistrictsWithin(edge string, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || isDelete(m) {
			return privacy.Skip
		}
		added := m.AddedIDs(edge)
		for _, id := range added {
			if n, ok := id.(int); !ok || !v.InDistrict(n) {
				return privacy.Denyf("rule: district %v outside the viewer's scope", id)
			}
		}
		if m.Op().Is(ent.OpCreate) {
			if len(added) == 0 {
				return privacy.Denyf("rule: %s must name districts of the viewer", m.Type())
			}
			if id, ok := m.Field("issued_by_id"); !ok || id != v.UserID {
				return privacy.Denyf("rule: %s is issued by its creator", m.Type())
			}
			return privacy.Allow
		}
		if id, ok := m.Field("issued_by_id"); ok && id != v.UserID {
			return privacy.Denyf("rule: %s keeps its issuer", m.Type())
		}
		f, err := filterOf(m)
		if err != nil {
			return err
		}
		f.Where(within(edge, v.DistrictIDs))
		return privacy.Allow
	})
}

// appendedFields are the JSON list fields m appends to (AppendX): ent's
// Fields() names only the fields a mutation sets, so an append would
// otherwise pass LimitFields unseen. The generated AppendedX methods are
// found by reflection (this package must not import the generated one).
func appendedFields(m ent.Mutation) []string {
	var out []string
	v := reflect.ValueOf(m)
	t := v.Type()
	for i := 0; i < t.NumMethod(); i++ {
		name := t.Method(i).Name
		field, ok := strings.CutPrefix(name, "Appended")
		if !ok || field == "" || t.Method(i).Type.NumIn() != 1 || t.Method(i).Type.NumOut() != 2 {
			continue
		}
		if res := v.Method(i).Call(nil); res[1].Bool() {
			out = append(out, snake(field))
		}
	}
	return out
}

// snake turns a Go field name into the column's: ReportItems → report_items.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SetOnlyBy denies any mutation that sets field by a viewer of another role,
// the city administrator's included (place it before AllowCityAdmin): only
// the asking enterprise confirms that an answer solved its question.
func SetOnlyBy(field string, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if _, ok := m.Field(field); !ok {
			return privacy.Skip
		}
		if v := viewer.FromContext(ctx); v != nil && slices.Contains(roles, v.Role) {
			return privacy.Skip
		}
		return privacy.Denyf("rule: only %v set %s", roles, field)
	})
}

// ReferencesVisible denies a mutation that points any of the given edges at
// a row the viewer cannot see (place it before the rules that allow): a
// question about another enterprise's finding, a reply carrying another
// enterprise's photos. The anchor's own parent is checked by WriteScoped;
// these are the other references a row may hold.
func ReferencesVisible(edges ...string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Skip
		}
		for _, e := range edges {
			ids := m.AddedIDs(e)
			if len(ids) == 0 {
				continue
			}
			look, _ := ctx.Value(lookupKey{}).(Lookup)
			if look == nil {
				return privacy.Denyf("rule: no lookup in context")
			}
			for _, id := range ids {
				n, ok := id.(int)
				if !ok {
					return privacy.Denyf("rule: unexpected id %T", id)
				}
				if err := look(ctx, n); err != nil {
					return privacy.Denyf("rule: %s %d not visible", e, n)
				}
			}
		}
		return privacy.Skip
	})
}

// OwnUserRows keeps the given roles to their own rows of an entity with a
// user_id (an attendance is the attendee's): a creation naming another user
// is refused, changes reach only the viewer's rows.
func OwnUserRows(roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || isDelete(m) {
			return privacy.Skip
		}
		if id, ok := m.Field("user_id"); ok && id != v.UserID {
			return privacy.Denyf("rule: %s rows of another user", m.Type())
		}
		if !m.Op().Is(ent.OpCreate) {
			f, err := filterOf(m)
			if err != nil {
				return err
			}
			f.Where(entql.FieldEQ("user_id", v.UserID))
		}
		return privacy.Skip
	})
}

// Audience says who an entity's rows are meant for (a training's 培训对象):
// its column naming the audience and the value excluding enterprises, its
// edge to the districts it is for (none: the whole city), its column of
// GB/T 4754 industry prefixes (",23,2614,": comma-delimited with a comma
// at each end; empty: every industry), the join table of the districts
// edge, and the edge to the enterprises' records of it (attendances).
type Audience struct {
	Column, AdminsOnly                 string
	DistrictsEdge, DistrictsTable      string // edge name; join table (owner_id, district_id)
	OwnerColumn, DistrictColumn        string // the join table's columns
	IndustriesColumn                   string
	RecordsEdge                        string // e.g. attendances (each with an "enterprise" edge)
	RecordsTable, RecordsOwner         string // e.g. attendances, training_id
	EnterprisesTable, IndustryCodeName string // enterprises, industry_code
}

// MeantFor lets each viewer read the rows meant for it: the city every
// one; district roles those for the whole city or for one of their
// districts, and those an enterprise of their districts has a record of
// (one that moved in brings its attendances); an enterprise's users those not for administrators only, for
// the whole city or its district, and — when industries are named — for
// an industry its code falls in (its code starts with one of the
// prefixes), and every row the enterprise has a record of (a training it
// attended stays readable after it moved). The industry match compares a
// column with another table's, which entql cannot say: that predicate is
// SQL (LIKE and ||, the same on PostgreSQL and SQLite), added through the
// query's Where.
func MeantFor(a Audience) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			return privacy.Denyf("rule: anonymous viewer")
		case v.IsCity():
			return privacy.Allow
		case v.EnterpriseID == 0:
			f, err := filterOf(q)
			if err != nil {
				return err
			}
			f.Where(entql.Or(entql.Not(entql.HasEdge(a.DistrictsEdge)), entql.HasEdgeWith(a.DistrictsEdge, districtIn("id", v.DistrictIDs)),
				entql.HasEdgeWith(a.RecordsEdge, entql.HasEdgeWith("enterprise", districtIn("district_id", v.DistrictIDs)))))
			return privacy.Skip
		}
		entID := v.EnterpriseID
		return whereSQL(q, func(s *sql.Selector) {
			td, e, rec := sql.Table(a.DistrictsTable).As("meant_td1"), sql.Table(a.EnterprisesTable).As("meant_e1"), sql.Table(a.RecordsTable).As("meant_rec")
			e2 := sql.Table(a.EnterprisesTable).As("meant_e2")
			td2 := sql.Table(a.DistrictsTable).As("meant_td2")
			industry := make([]*sql.Predicate, 4)
			for n := range industry {
				industry[n] = sql.P(func(b *sql.Builder) {
					b.WriteString(s.C(a.IndustriesColumn)).WriteString(" LIKE '%,' || substr(").WriteString(e2.C(a.IndustryCodeName)).
						WriteString(fmt.Sprintf(", 1, %d) || ',%%'", n+1))
				})
			}
			s.Where(sql.Or(
				sql.And(
					sql.NEQ(s.C(a.Column), a.AdminsOnly),
					sql.Or(
						sql.NotExists(sql.Select(td2.C(a.OwnerColumn)).From(td2).Where(sql.ColumnsEQ(td2.C(a.OwnerColumn), s.C("id")))),
						sql.Exists(sql.Select(td.C(a.OwnerColumn)).From(td).Join(e).On(e.C("district_id"), td.C(a.DistrictColumn)).
							Where(sql.And(sql.ColumnsEQ(td.C(a.OwnerColumn), s.C("id")), sql.EQ(e.C("id"), entID)))),
					),
					sql.Or(
						sql.EQ(s.C(a.IndustriesColumn), ""),
						sql.Exists(sql.Select(e2.C("id")).From(e2).Where(sql.And(sql.EQ(e2.C("id"), entID), sql.Or(industry...)))),
					),
				),
				sql.Exists(sql.Select(rec.C("id")).From(rec).Where(sql.And(sql.ColumnsEQ(rec.C(a.RecordsOwner), s.C("id")), sql.EQ(rec.C("enterprise_id"), entID)))),
			))
		})
	})
}

// whereSQL adds an SQL predicate to an ent query (its generated Where takes
// predicates whose type is func(*sql.Selector)); privacy.Skip after.
func whereSQL(q ent.Query, p func(*sql.Selector)) error {
	m := reflect.ValueOf(q).MethodByName("Where")
	if !m.IsValid() || !m.Type().IsVariadic() || m.Type().NumIn() != 1 {
		return privacy.Denyf("rule: %T takes no SQL predicate", q)
	}
	pt := m.Type().In(0).Elem()
	pv := reflect.ValueOf(p)
	if !pv.Type().ConvertibleTo(pt) {
		return privacy.Denyf("rule: %T takes no SQL predicate", q)
	}
	m.Call([]reflect.Value{pv.Convert(pt)})
	return privacy.Skip
}

// ReadableThrough lets a viewer read the rows whose parent (column, a
// foreign key to table's id) it may read by the parent entity's own query
// policy (typ, through edgescope): a training's materials are read by
// those the training is meant for. One sub-select, on both databases.
func ReadableThrough(column, table, typ string) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("rule: anonymous viewer")
		}
		return whereSQL(q, func(s *sql.Selector) {
			t := sql.Table(table).As("readable_" + table)
			sub := sql.Select(t.C("id")).From(t)
			edgescope.Readable(ctx, typ)(sub)
			s.Where(sql.In(s.C(column), sub))
		})
	})
}

// LookupWhere reports (nil) whether the row id of the entity typ matches
// p, read as the system: a rule asking about a parent's fields and edges.
type LookupWhere func(ctx context.Context, typ string, id int, p entql.P) error

type lookupWhereKey struct{}

// WithLookupWhere returns ctx carrying l.
func WithLookupWhere(ctx context.Context, l LookupWhere) context.Context {
	return context.WithValue(ctx, lookupWhereKey{}, l)
}

// WriteUnder lets the roles create, change and delete rows under a parent
// (field holds its id, edge reaches it, typ is its entity) that matches
// p(viewer) — the parent they may manage: a district administrator adds
// materials to its districts' own trainings. Changes and deletions are
// filtered to such rows; a creation (or a move) asks LookupWhere about
// the parent named.
func WriteUnder(field, edge, typ string, p func(*viewer.Viewer) entql.P, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) {
			return privacy.Skip
		}
		if id, ok := m.Field(field); ok {
			n, isInt := id.(int)
			look, _ := ctx.Value(lookupWhereKey{}).(LookupWhere)
			if !isInt || look == nil {
				return privacy.Denyf("rule: cannot judge the %s of %s", edge, m.Type())
			}
			if err := look(ctx, typ, n, p(v)); err != nil {
				return privacy.Denyf("rule: %s %d is not the viewer's to manage", edge, n)
			}
		} else if m.Op().Is(ent.OpCreate) {
			return privacy.Denyf("rule: %s is created under a %s", m.Type(), edge)
		}
		if !m.Op().Is(ent.OpCreate) {
			f, err := filterOf(m)
			if err != nil {
				return err
			}
			f.Where(entql.HasEdgeWith(edge, p(v)))
		}
		return privacy.Allow
	})
}

// DistrictsWithin is the rows addressed (through edge) only to districts
// of the viewer's and issued by a district's user: those WriteDistrictsWithin
// lets it change (for WriteUnder).
func DistrictsWithin(edge string) func(*viewer.Viewer) entql.P {
	return func(v *viewer.Viewer) entql.P { return within(edge, v.DistrictIDs) }
}

// AllowMembers lets the roles update the rows whose member edge holds the
// viewer (a visit's team records it); updates are filtered to those rows.
// What they may change is for LimitFields and LimitValues, placed before.
// Creations and deletions are left to the other rules.
func AllowMembers(member string, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == 0 || !slices.Contains(roles, v.Role) || !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) {
			return privacy.Skip
		}
		f, err := filterOf(m)
		if err != nil {
			return err
		}
		f.Where(entql.HasEdgeWith(member, entql.FieldEQ("id", v.UserID)))
		return privacy.Allow
	})
}

// CreateUnder lets the roles create rows under a parent (field holds its
// id, typ is its entity) that matches p(viewer, mutation), with the given
// field values: a visit's experts record the problems they found on site
// as findings (source VISIT) of the visited enterprise. Everything else is
// left to the other rules.
func CreateUnder(field, typ string, p func(*viewer.Viewer, ent.Mutation) entql.P, values map[string]string, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		id, ok := m.Field(field)
		if !ok {
			return privacy.Skip
		}
		for f, want := range values {
			if got, ok := m.Field(f); !ok || fmt.Sprint(got) != want {
				return privacy.Denyf("rule: %s created under a %s must have %s %s", m.Type(), typ, f, want)
			}
		}
		n, isInt := id.(int)
		look, _ := ctx.Value(lookupWhereKey{}).(LookupWhere)
		if !isInt || look == nil {
			return privacy.Denyf("rule: cannot judge the %s of %s", typ, m.Type())
		}
		if err := look(ctx, typ, n, p(v, m)); err != nil {
			return privacy.Denyf("rule: %s %d is not the viewer's", typ, n)
		}
		return privacy.Allow
	})
}

// PartnerRegisters lets a partner's key create rows under itself (its
// persisted queries: keyField names the key), unless the key runs
// registered queries only — then only the city registers them.
func PartnerRegisters(keyField string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.RolePartner || v.APIKeyID == 0 || v.PersistedOnly || !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		if id, ok := m.Field(keyField); ok && id == v.APIKeyID {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// FilterPartnerOwn lets a partner's key read the rows under itself
// (keyField names the key) and ends the policy for everyone else but the
// city: denied.
func FilterPartnerOwn(keyField string) privacy.QueryRule {
	return queryRuleFunc(func(ctx context.Context, q ent.Query) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.Role != viewer.RolePartner || v.APIKeyID == 0 {
			return privacy.Denyf("rule: %s rows are the city's and their key's", keyField)
		}
		f, err := filterOf(q)
		if err != nil {
			return err
		}
		f.Where(entql.FieldEQ(keyField, v.APIKeyID))
		return privacy.Allow
	})
}
