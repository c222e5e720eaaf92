package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/entql"

	"greencheck/api/apitest"
	"greencheck/api/db"
	"greencheck/api/db/dbtest"
	"greencheck/api/demo"
	"greencheck/api/partner"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/apikey"
	"greencheck/ent/enterprise"
	"greencheck/ent/exportjob"
	"greencheck/ent/finding"
	"greencheck/ent/schema/rule"
	"greencheck/ent/schema/spec"
	"greencheck/ent/schematype"
	"greencheck/ent/user"
)

// specUsers are the demo users who play each role (the partner's key is
// made by specPartner).
var specUsers = map[spec.Role]string{spec.City: "admin", spec.District: "furong", spec.Expert: "expert", spec.Enterprise: "qiye"}

// specCaller is who plays a role: its viewer's context and the bearer
// token it sends to the API.
type specCaller struct {
	ctx   context.Context
	token string
	name  string
}

// specPartner plays PARTNER: a key of 芙蓉区 with every scope but
// PERSONAL_DATA (spec.Partner), and a registered query of its own beside
// one of the demo's key, so its KEY cells hold a row on each side.
func specPartner(t *testing.T, env *apitest.Env, dia string) specCaller {
	t.Helper()
	c := env.DB.Client
	f := load(t, env)
	secret := "gck_privacy2spec2" + dia[:2] + strings.Repeat("0", 32-len("privacy2spec2")-2)
	made, err := c.APIKey.Query().Where(apikey.KeyHash(partner.Hash(secret))).Exist(sys)
	if err != nil {
		t.Fatal(err)
	}
	if !made {
		k := c.APIKey.Create().SetName("privacy spec").SetPrefix(secret[:partner.PrefixLen]).SetKeyHash(partner.Hash(secret)).
			SetScopes([]schematype.PartnerScope{schematype.ScopeEnterprises, schematype.ScopeSelfChecks, schematype.ScopeWarnings, schematype.ScopeServices}).
			AddDistrictIDs(f.furong.ID).SetBudget(partner.MaxBudget).SetRefillPerSecond(partner.MaxRefill).SaveX(sys)
		demoKey := c.APIKey.Query().Where(apikey.KeyHash(partner.Hash(demo.PartnerSecret))).OnlyX(sys)
		for i, id := range []int{k.ID, demoKey.ID} {
			q := fmt.Sprintf("{ districts(first: %d) { totalCount } }", i+1)
			c.PersistedQuery.Create().SetAPIKeyID(id).SetQuery(q).SetSha256(partner.QueryHash(q)).ExecX(sys)
		}
	}
	v, _, err := partner.New(c).Authenticate(context.Background(), secret)
	if err != nil {
		t.Fatal(err)
	}
	return specCaller{ctx: viewer.NewContext(context.Background(), v), token: secret, name: "partner"}
}

// TestPrivacySpecification walks every cell of the specification
// (ent/schema/spec: entity × role × read/update/delete → scope) on the
// demo city: the rows the data layer lets each role read, update and
// delete must be exactly the rows the specification names — computed from
// the specification's anchors, not from the rules. Reads are then checked
// through the API for a row inside and a row outside each scope: node,
// nodes, the root connection (with its count) and a filter by id.
func TestPrivacySpecification(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, dia string) {
		env := apitest.Demo(t, dia)
		c := env.DB.Client
		roots := rootConnections(t, env)
		// One delegated finding, so the expert's Delegated cells hold rows.
		delegateOne(t, env)
		// A material under every training (the demo city hands none out).
		for i, tr := range c.Training.Query().AllX(sys) {
			c.TrainingMaterial.Create().SetTrainingID(tr.ID).SetSha256(fmt.Sprintf("%064x", i+1)).SetName("讲义.pdf").
				SetContentType("application/pdf").SetSize(1).ExecX(sys)
		}
		// An export of each user's (the demo city has none), and one of the
		// city's administrator, so the Self cells hold rows on both sides.
		for _, u := range c.User.Query().Where(user.UsernameIn("admin", "furong", "expert", "qiye", "yuelu")).AllX(sys) {
			c.ExportJob.Create().SetUserID(u.ID).SetList(exportjob.ListUSERS).SetStatus(exportjob.StatusDONE).
				SetExpiresAt(time.Now().Add(time.Hour)).ExecX(sys)
		}
		callers := map[spec.Role]specCaller{spec.Partner: specPartner(t, env, dia)}
		for role, u := range specUsers {
			callers[role] = specCaller{ctx: viewerContext(t, c, u), token: env.Token(t, u), name: u}
		}
		cells, vacuous := 0, 0
		for _, e := range spec.Table {
			all := entityIDs(t, c, e.Name, sys)
			slices.Sort(all)
			for _, role := range spec.Roles {
				ctx := callers[role].ctx
				v := viewer.FromContext(ctx)
				for _, op := range spec.Ops {
					if op == spec.Create {
						if e.Parent != "" {
							cells++
							checkCreates(t, c, ctx, e, role, v)
						}
						continue
					}
					cells++
					scope := e.Of(role, op)
					want := specRows(t, c, e, scope, v, op)
					got := dataLayerRows(t, c, ctx, e, op, all)
					if !slices.Equal(got, want) {
						t.Errorf("%s %s %s: scope %s names %d rows, the data layer gives %d (only in spec: %v; only in data layer: %v)",
							e.Name, role, op, scope, len(want), len(got), head(minus(want, got)), head(minus(got, want)))
					}
					if len(all) > 0 && scope != spec.All && scope != spec.None && (len(want) == 0 || len(want) == len(all)) {
						vacuous++
						t.Logf("%s %s %s: %s holds %d of %d rows in the demo city (no row on one side)", e.Name, role, op, scope, len(want), len(all))
					}
					if op == spec.Read {
						// An entity the GraphQL schema does not carry
						// (the tallies) is read by no path of the API.
						visible := want
						if !inAPI(t, env, e.Name) {
							visible = nil
						}
						who := callers[role]
						if role != spec.Partner {
							who.token = env.Token(t, who.name) // signed in again when the walk outlives a token
						}
						checkReadsThroughAPI(t, env, roots[e.Name], who, e.Name, visible, all)
					}
				}
			}
		}
		t.Logf("%s: %d cells walked, %d without a row on one side", dia, cells, vacuous)
	})
}

// dataLayerRows are the rows of e the viewer in ctx may read, update or
// delete, as the privacy rules decide (sorted).
func dataLayerRows(t *testing.T, c *ent.Client, ctx context.Context, e spec.Entity, op spec.Op, all []int) []int {
	t.Helper()
	if len(all) == 0 {
		return nil
	}
	if op == spec.Read {
		ids, err := idsOf(c, e.Name, ctx)
		if err != nil {
			return nil // refused
		}
		slices.Sort(ids)
		return ids
	}
	entOp := ent.OpUpdateOne
	if op == spec.Delete {
		entOp = ent.OpDeleteOne
	}
	m, err := c.MutationOf(e.Name, entOp, all[0])
	if err != nil {
		t.Fatal(err)
	}
	if op == spec.Update {
		old, err := m.(interface {
			OldField(context.Context, string) (ent.Value, error)
		}).OldField(sys, e.Field)
		if err != nil {
			t.Fatalf("%s.%s: %v", e.Name, e.Field, err)
		}
		if err := m.SetField(e.Field, old); err != nil {
			t.Fatalf("%s.%s: %v", e.Name, e.Field, err)
		}
	}
	ctx = rule.WithLookupWhere(rule.WithLookup(ctx, func(ctx context.Context, id int) error { _, err := c.Noder(ctx, id); return err }), db.LookupWhere(c))
	kept, err := c.AllowedIDs(ctx, m, all)
	if err != nil {
		t.Fatalf("%s %s: %v", e.Name, op, err)
	}
	var out []int
	for id, ok := range kept {
		if ok {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// checkCreates: under which parents the data layer lets the viewer create
// rows of e, for a sample of parents inside and outside the scope the
// specification gives (stated on the parent: "create under enterprises of
// my districts").
func checkCreates(t *testing.T, c *ent.Client, ctx context.Context, e spec.Entity, role spec.Role, v *viewer.Viewer) {
	t.Helper()
	var parent spec.Entity
	for _, p := range spec.Table {
		if p.Name == e.ParentType {
			parent = p
		}
	}
	all := entityIDs(t, c, e.ParentType, sys)
	slices.Sort(all)
	var want []int
	switch scope := e.Of(role, spec.Create); {
	case scope == spec.ParentsWrite:
		want = specRows(t, c, parent, parent.Of(role, spec.Update), v, spec.Update)
	case e.ParentType == "District" && scope == spec.Districts:
		want = slices.Clone(v.DistrictIDs)
		slices.Sort(want)
	default:
		want = specRows(t, c, parent, scope, v, spec.Create)
	}
	sample := append(spread(all, 20), spread(want, 10)...)
	slices.Sort(sample)
	sample = slices.Compact(sample)
	lookup := rule.WithLookupWhere(rule.WithLookup(ctx, func(ctx context.Context, id int) error { _, err := c.Noder(ctx, id); return err }), db.LookupWhere(c))
	for _, pid := range sample {
		m, err := c.MutationOf(e.Name, ent.OpCreate, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.SetField(e.Parent, pid); err != nil {
			t.Fatalf("%s.%s: %v", e.Name, e.Parent, err)
		}
		got, err := c.Allowed(lookup, m)
		if err != nil {
			t.Fatalf("%s create under %d: %v", e.Name, pid, err)
		}
		if _, in := slices.BinarySearch(want, pid); got != in {
			t.Errorf("%s %s create under %s %d: data layer %v, specification (%s) %v", e.Name, role, e.ParentType, pid, got, e.Of(role, spec.Create), in)
		}
	}
}

// specRows are the rows of e the specification gives the viewer (sorted),
// computed from the specification's anchors with the system's eyes.
func specRows(t *testing.T, c *ent.Client, e spec.Entity, s spec.Scope, v *viewer.Viewer, op spec.Op) []int {
	t.Helper()
	var p entql.P
	path := func(anchor string) []string {
		if anchor == "" {
			return nil
		}
		return strings.Split(anchor, ".")
	}
	wrap := func(p entql.P, edges []string) entql.P {
		for i := len(edges) - 1; i >= 0; i-- {
			p = entql.HasEdgeWith(edges[i], p)
		}
		return p
	}
	in := func(field string, ids []int) entql.P {
		vs := make([]any, len(ids))
		for i, id := range ids {
			vs[i] = id
		}
		return entql.FieldIn(field, vs...)
	}
	districts := func() entql.P {
		if e.DistrictColumn != "" {
			parts := strings.Split(e.DistrictColumn, ".")
			return wrap(in(parts[len(parts)-1], v.DistrictIDs), parts[:len(parts)-1])
		}
		return wrap(in("district_id", v.DistrictIDs), path(e.Anchor))
	}
	switch s {
	case spec.None:
		return nil
	case spec.All:
		ids := entityIDs(t, c, e.Name, sys)
		slices.Sort(ids)
		return ids
	case spec.Districts:
		p = districts()
	case spec.Own:
		p = wrap(entql.FieldEQ("id", v.EnterpriseID), path(e.Anchor))
	case spec.Self:
		p = entql.FieldEQ("user_id", v.UserID)
	case spec.Key:
		p = entql.FieldEQ("api_key_id", v.APIKeyID)
	case spec.Shared:
		p = entql.FieldEQ("shared", true)
	case spec.SelfOrShared:
		p = entql.Or(entql.FieldEQ("user_id", v.UserID), entql.FieldEQ("shared", true))
	case spec.OwnSelfDeclaring:
		p = entql.And(wrap(entql.FieldEQ("id", v.EnterpriseID), path(e.Anchor)), entql.FieldIn("grade", "A", "LEADING", "GUARANTEE"),
			entql.FieldGTE("year", time.Now().In(time.FixedZone("CST", 8*3600)).Year()))
	case spec.Delegated:
		edges := path(e.Anchor)
		p = wrap(entql.FieldEQ("delegate_id", v.UserID), edges[:len(edges)-1])
	case spec.WhollyWithin:
		edges := path(e.Anchor)
		p = entql.And(entql.HasEdge(edges[0]),
			entql.Not(entql.HasEdgeWith(edges[0], entql.Not(wrap(in("district_id", v.DistrictIDs), edges[1:])))))
	case spec.People:
		self := entql.FieldEQ("id", v.UserID)
		switch v.Role {
		case viewer.RoleEnterprise:
			p = entql.Or(self, entql.FieldEQ("enterprise_id", v.EnterpriseID))
		case viewer.RoleDistrictAdmin:
			p = entql.Or(self, entql.HasEdgeWith("enterprise", in("district_id", v.DistrictIDs)),
				entql.HasEdgeWith("districts", in("id", v.DistrictIDs)))
		default:
			p = entql.Or(self, entql.HasEdgeWith("districts", in("id", v.DistrictIDs)))
		}
	case spec.Published:
		p = entql.FieldNEQ("status", "DRAFT")
	case spec.DistrictsWithin:
		p = districtOwn(in("id", v.DistrictIDs))
	case spec.PublishedOrWithin:
		p = entql.Or(entql.FieldNEQ("status", "DRAFT"), districtOwn(in("id", v.DistrictIDs)))
	case spec.ForDistricts:
		p = entql.Or(entql.Not(entql.HasEdge("districts")), entql.HasEdgeWith("districts", in("id", v.DistrictIDs)),
			entql.HasEdgeWith("attendances", entql.HasEdgeWith("enterprise", in("district_id", v.DistrictIDs))))
	case spec.MeantFor:
		return meantFor(t, c, v)
	case spec.Team:
		p = entql.HasEdgeWith("team", entql.FieldEQ("id", v.UserID))
	case spec.ParentsRead, spec.ParentsWrite:
		// The parent's rows by the parent's own row of the table.
		var parent spec.Entity
		for _, x := range spec.Table {
			if x.Name == e.ParentType {
				parent = x
			}
		}
		pop := spec.Read
		if s == spec.ParentsWrite {
			pop = spec.Update
		}
		parents := specRows(t, c, parent, parent.Of(spec.Role(v.Role), pop), v, pop)
		if len(parents) == 0 {
			return nil
		}
		p = in(e.Parent, parents)
	case spec.EnterpriseUsers:
		p = entql.And(entql.FieldEQ("role", "ENTERPRISE"), entql.HasEdgeWith("enterprise", in("district_id", v.DistrictIDs)))
	default:
		t.Fatalf("scope %s has no meaning here", s)
	}
	q := reflect.ValueOf(c).Elem().FieldByName(e.Name).MethodByName("Query").Call(nil)[0]
	q.MethodByName("Filter").Call(nil)[0].Interface().(rule.Filter).Where(p)
	out := q.MethodByName("IDs").Call([]reflect.Value{reflect.ValueOf(sys)})
	if err, _ := out[1].Interface().(error); err != nil {
		t.Fatalf("%s %s (%s): %v", e.Name, s, op, err)
	}
	ids := out[0].Interface().([]int)
	slices.Sort(ids)
	return ids
}

// checkReadsThroughAPI reads a row inside and a row outside the viewer's
// read scope through node, nodes, the root connection and its count.
func checkReadsThroughAPI(t *testing.T, env *apitest.Env, root string, who specCaller, typ string, visible, all []int) {
	t.Helper()
	user := who.name
	ask := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Query: q, Variables: vars, Token: who.token})
	}
	inside, outside := 0, 0
	if len(visible) > 0 {
		inside = visible[len(visible)/2]
	}
	if out := minus(all, visible); len(out) > 0 {
		outside = out[len(out)/2]
	}
	for _, id := range []int{inside, outside} {
		if id == 0 {
			continue
		}
		want := id == inside
		var n struct{ Node *struct{ ID string } }
		r := ask(`query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": itoa(id)})
		if len(r.Errors) == 0 {
			r.Decode(t, &n)
		}
		if (n.Node != nil) != want {
			t.Errorf("%s: node(%s %d) seen %v, want %v (%s)", user, typ, id, n.Node != nil, want, r.Raw)
		}
	}
	if inside == 0 && outside == 0 {
		return
	}
	var ids []string
	for _, id := range []int{inside, outside} {
		if id != 0 {
			ids = append(ids, itoa(id))
		}
	}
	var ns struct{ Nodes []*struct{ ID string } }
	nr := ask(`query($ids:[ID!]!){ nodes(ids:$ids){ id } }`, map[string]any{"ids": ids})
	for _, e := range nr.Errors { // the unseen are null, refused or not found
		if c := e.Extensions["code"]; c != "NOT_FOUND" && c != "FORBIDDEN" {
			t.Errorf("%s: nodes(%s %v): %s", user, typ, ids, nr.Raw)
		}
	}
	if err := json.Unmarshal(nr.Data, &ns); err != nil {
		t.Fatalf("%s: %v", nr.Raw, err)
	}
	var seen []string
	for _, n := range ns.Nodes {
		if n != nil {
			seen = append(seen, n.ID)
		}
	}
	if (inside != 0 && !slices.Equal(seen, []string{itoa(inside)})) || (inside == 0 && len(seen) != 0) {
		t.Errorf("%s: nodes(%s %v) = %v", user, typ, ids, ns.Nodes)
	}
	if root == "" {
		return // no root connection (skipped from the API)
	}
	q := fmt.Sprintf(`query($ids:[ID!]){ c: %s(first: 2, where:{idIn:$ids}){ totalCount edges { node { id } } } }`, root)
	r := ask(q, map[string]any{"ids": ids})
	if r.Code() == "FORBIDDEN" {
		if inside != 0 {
			t.Errorf("%s: %s refused, but %d is readable", user, root, inside)
		}
		return
	}
	var conn struct {
		C struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
		}
	}
	r.Decode(t, &conn)
	want := 0
	if inside != 0 {
		want = 1
	}
	if conn.C.TotalCount != want || len(conn.C.Edges) != want {
		t.Errorf("%s: %s by id: %d (count %d), want %d", user, root, len(conn.C.Edges), conn.C.TotalCount, want)
	}
}

// inAPI reports whether the GraphQL schema has a type for the entity.
func inAPI(t *testing.T, env *apitest.Env, typ string) bool {
	t.Helper()
	var r struct {
		Type *struct{ Name string } `json:"__type"`
	}
	env.Query(t, "admin", `query($n:String!){ __type(name:$n){ name } }`, map[string]any{"n": typ}).Decode(t, &r)
	return r.Type != nil
}

// rootConnections maps each entity to its root connection field.
func rootConnections(t *testing.T, env *apitest.Env) map[string]string {
	out := map[string]string{}
	for _, p := range filterPaths(t, env, 1) {
		out[strings.TrimSuffix(p.input, "WhereInput")] = p.root
	}
	return out
}

// delegateOne has furong delegate the review of one 芙蓉区 finding to the
// expert (once per database; a retry changes nothing).
func delegateOne(t *testing.T, env *apitest.Env) {
	t.Helper()
	f := load(t, env)
	fd := env.DB.Client.Finding.Query().Where(finding.EnterpriseIDNEQ(f.qiyeEnt.ID), finding.StatusEQ(finding.StatusSUBMITTED),
		finding.HasEnterpriseWith(enterprise.DistrictID(f.furong.ID))).FirstX(sys)
	u := env.DB.Client.User.Query().Where(user.Username("expert")).OnlyX(sys)
	env.Query(t, "furong", `mutation($f:ID!,$e:ID){ delegateReview(findingID:$f, expertID:$e){ id } }`,
		map[string]any{"f": itoa(fd.ID), "e": itoa(u.ID)}).Decode(t, &struct{}{})
}

func idsOf(c *ent.Client, typ string, ctx context.Context) ([]int, error) {
	q := reflect.ValueOf(c).Elem().FieldByName(typ).MethodByName("Query").Call(nil)[0]
	out := q.MethodByName("IDs").Call([]reflect.Value{reflect.ValueOf(ctx)})
	err, _ := out[1].Interface().(error)
	ids, _ := out[0].Interface().([]int)
	return ids, err
}

func minus(a, b []int) []int {
	var out []int
	for _, x := range a {
		if _, found := slices.BinarySearch(b, x); !found {
			out = append(out, x)
		}
	}
	return out
}

func head(ids []int) []int { return ids[:min(len(ids), 5)] }

// districtOwn: addressed only to the districts p selects (at least one) and
// issued by a district's user — a district's own warning.
func districtOwn(p entql.P) entql.P {
	return entql.And(entql.HasEdge("districts"), entql.Not(entql.HasEdgeWith("districts", entql.Not(p))),
		entql.HasEdgeWith("issued_by", entql.FieldNEQ("role", "CITY_ADMIN")))
}

// meantFor are the trainings meant for the viewer's enterprise, computed
// in Go from every training (spec.MeantFor), sorted.
func meantFor(t *testing.T, c *ent.Client, v *viewer.Viewer) []int {
	t.Helper()
	e := c.Enterprise.GetX(sys, v.EnterpriseID)
	var out []int
	for _, tr := range c.Training.Query().WithDistricts().WithAttendances().AllX(sys) {
		attended := slices.ContainsFunc(tr.Edges.Attendances, func(a *ent.Attendance) bool { return a.EnterpriseID == e.ID })
		inDistrict := len(tr.Edges.Districts) == 0 || slices.ContainsFunc(tr.Edges.Districts, func(d *ent.District) bool { return d.ID == e.DistrictID })
		inIndustry := tr.IndustryPrefixes == ""
		for _, p := range strings.Split(strings.Trim(tr.IndustryPrefixes, ","), ",") {
			inIndustry = inIndustry || (p != "" && strings.HasPrefix(e.IndustryCode, p))
		}
		if attended || (tr.Audience != "ADMINISTRATORS" && inDistrict && inIndustry) {
			out = append(out, tr.ID)
		}
	}
	slices.Sort(out)
	return out
}
