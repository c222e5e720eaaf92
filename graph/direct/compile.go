package direct

import (
	"path"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// object is a selection on rows of one entity, with the rows once read.
type object struct {
	e      *entity
	items  []item
	cols   []string // the columns read, id first
	counts []string // the counts read (Options.Counts keys), after the columns
	inline bool     // the counts were read with the rows
	joins  []int    // the to-one items read with the rows (a LEFT JOIN each)
	colIdx map[string]int
	nodeID int // node(id:)
	rows   []*row
}

// row is one row read: its id and its columns' values (nil for NULL in a
// nillable field; a non-nillable one reads a NULL as its zero value, as
// ent does).
type row struct {
	id     int
	vals   []any
	counts []int
}

// item is one field of an object's selection.
type item struct {
	key      string
	typename string // __typename
	col      *column
	idx      int // col's (or one's foreign key's) index in the row
	count    int // 1 + the index in the object's counts
	one      *edge
	sub      *object
	byID     map[int]*row // one's rows, by id
	subRows  []*row       // the same, in the order read
	conn     *conn
}

// conn is a connection: a root field or an entity's to-many edge.
type conn struct {
	e        *entity
	edge     *edge // nil at the root
	first    int
	orderCol string
	desc     bool
	where    []func(*sql.Selector)
	after    *entgql.Cursor[int]
	items    []connItem
	node     *object // edges' nodes (at least their ids)
	total    bool
	totalN   int
	rows     []*row // at the root
	more     bool
	byParent map[int][]*row // under an edge
	moreOf   map[int]bool
	loaded   bool // read with its parent's row (selectNode)
}

// connItem is a field of a connection: __typename, edges, pageInfo or
// totalCount, with the fields selected inside edges and pageInfo.
type connItem struct {
	key, name string
	inner     []subItem
}

type subItem struct{ key, name string }

func (o *object) need(col string) int {
	if i, ok := o.colIdx[col]; ok {
		return i
	}
	o.colIdx[col] = len(o.cols)
	o.cols = append(o.cols, col)
	return len(o.cols) - 1
}

func newObject(e *entity) *object {
	o := &object{e: e, colIdx: map[string]int{}}
	o.need("id")
	return o
}

// compileObject compiles a selection on e, or reports false.
func (r *run) compileObject(e *entity, sel ast.SelectionSet) (*object, bool) {
	o := newObject(e)
	for _, f := range graphql.CollectFields(r.oc, sel, e.satisfies) {
		if len(f.Deferrables) > 0 {
			return nil, false
		}
		it := item{key: f.Alias}
		if f.Name == "__typename" {
			it.typename = e.name
		} else if c := e.columns[f.Name]; c != nil && len(f.Arguments) == 0 {
			it.col, it.idx = c, o.need(c.name)
		} else if c := e.counts[f.Name]; c != "" && len(f.Arguments) == 0 {
			o.counts = append(o.counts, c)
			it.count = len(o.counts)
		} else if ed := e.toOne[f.Name]; ed != nil {
			sub, ok := r.compileObject(ed.target, f.Selections)
			if !ok {
				return nil, false
			}
			it.one, it.sub, it.idx = ed, sub, o.need(ed.fk)
		} else if ed := e.toMany[f.Name]; ed != nil {
			c, ok := r.compileConn(ed.target, f, false)
			if !ok {
				return nil, false
			}
			c.edge = ed
			c.node.need(ed.fk)
			it.conn = c
		} else {
			return nil, false
		}
		o.items = append(o.items, it)
	}
	return o, true
}

// compileConn compiles a connection field over e: first (required, > 0),
// orderBy, where (equalities on compiled columns), after (at the root);
// edges { node cursor }, pageInfo, totalCount (at the root).
func (r *run) compileConn(e *entity, f graphql.CollectedField, root bool) (*conn, bool) {
	c := &conn{e: e, orderCol: "id"}
	for k, v := range f.ArgumentMap(r.oc.Variables) {
		if v == nil {
			continue // null: as if absent (ent's nil pointer)
		}
		switch k {
		case "first":
			n, ok := toInt(v, false)
			if !ok || n < 1 {
				return nil, false
			}
			c.first = n
		case "after":
			s, ok := v.(string)
			if !root || !ok {
				return nil, false
			}
			var cur entgql.Cursor[int]
			if cur.UnmarshalGQL(s) != nil {
				return nil, false
			}
			c.after = &cur
		case "orderBy":
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			for mk, mv := range m {
				s, _ := mv.(string)
				switch {
				case mk == "field" && e.orderCols[s] != "":
					c.orderCol = e.orderCols[s]
				case mk == "direction" && (s == "ASC" || s == "DESC"):
					c.desc = s == "DESC"
				default:
					return nil, false
				}
			}
		case "where":
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if c.where, ok = r.where(e, m); !ok {
				return nil, false
			}
		default:
			return nil, false // last, before, anything else
		}
	}
	if c.first == 0 {
		return nil, false
	}
	edges := false
	for _, cf := range graphql.CollectFields(r.oc, f.Selections, []string{e.name + "Connection"}) {
		if len(cf.Deferrables) > 0 {
			return nil, false
		}
		ci := connItem{key: cf.Alias, name: cf.Name}
		if cf.Alias != cf.Name && cf.Name != "__typename" {
			// ent's pager looks for edges, pageInfo and totalCount by their
			// aliases (an aliased edges reads as not selected): gqlgen
			// answers such a query as it always has.
			return nil, false
		}
		switch cf.Name {
		case "__typename":
		case "totalCount":
			if !root {
				return nil, false
			}
			c.total = true
		case "edges":
			edges = true
			for _, ef := range graphql.CollectFields(r.oc, cf.Selections, []string{e.name + "Edge"}) {
				switch ef.Name {
				case "node":
					if c.node != nil || ef.Alias != ef.Name {
						return nil, false
					}
					o, ok := r.compileObject(e, ef.Selections)
					if !ok {
						return nil, false
					}
					c.node = o
				case "cursor", "__typename":
				default:
					return nil, false
				}
				ci.inner = append(ci.inner, subItem{ef.Alias, ef.Name})
			}
		case "pageInfo":
			for _, pf := range graphql.CollectFields(r.oc, cf.Selections, []string{"PageInfo"}) {
				switch pf.Name {
				case "hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename":
				default:
					return nil, false
				}
				ci.inner = append(ci.inner, subItem{pf.Alias, pf.Name})
			}
		default:
			return nil, false
		}
		c.items = append(c.items, ci)
	}
	if !edges {
		// Without edges ent's pager only counts (no cursors, hasNextPage
		// from the count at the root, false below): gqlgen answers.
		return nil, false
	}
	if c.node == nil {
		c.node = newObject(e)
	}
	c.node.need(c.orderCol)
	return c, true
}

// where compiles a where input on e into the predicates ent's generated
// P() builds from it — the same ent/dialect/sql functions — for the fields
// ent generated (ent.graphql: a column with an operator suffix, not, and,
// or); a field added by hand (extend input: open, viewerCanReview…), a
// filter across an edge or a value it does not read leaves the query to
// gqlgen. An empty input is no filter; an empty one under not/and/or is
// ent's error, left to gqlgen too.
func (r *run) where(e *entity, m map[string]any) ([]func(*sql.Selector), bool) {
	def := r.x.schema.Types[e.name+"WhereInput"]
	if def == nil {
		return nil, false
	}
	var ps []func(*sql.Selector)
	// In the input's own order: the same statement text for the same
	// filter, whatever the order of the JSON.
	for _, fd := range def.Fields {
		v, ok := m[fd.Name]
		if !ok {
			continue
		}
		if fd.Position == nil || fd.Position.Src == nil || path.Base(fd.Position.Src.Name) != "ent.graphql" {
			return nil, false
		}
		if v == nil {
			continue // null: not set
		}
		switch fd.Name {
		case "not":
			sub, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			p, ok := r.where(e, sub)
			if !ok || len(p) == 0 {
				return nil, false
			}
			ps = append(ps, sql.NotPredicates(sql.AndPredicates(p...)))
		case "and", "or":
			list, ok := v.([]any)
			if !ok {
				return nil, false
			}
			var each []func(*sql.Selector)
			for _, x := range list {
				sub, ok := x.(map[string]any)
				if !ok {
					return nil, false
				}
				p, ok := r.where(e, sub)
				if !ok || len(p) == 0 {
					return nil, false
				}
				each = append(each, sql.AndPredicates(p...))
			}
			switch {
			case len(each) == 1:
				ps = append(ps, each[0])
			case len(each) > 1 && fd.Name == "or":
				ps = append(ps, sql.OrPredicates(each...))
			case len(each) > 1:
				ps = append(ps, sql.AndPredicates(each...))
			}
		default:
			p, ok := fieldPredicate(e, fd.Name, v)
			if !ok {
				return nil, false
			}
			if p != nil {
				ps = append(ps, p)
			}
		}
	}
	return ps, true
}

// operators are the suffixes of ent's where-input fields, longest first.
var operators = []string{"ContainsFold", "EqualFold", "HasPrefix", "HasSuffix", "Contains", "NotNil", "IsNil", "NotIn", "NEQ", "GTE", "LTE", "GT", "LT", "In", ""}

// fieldPredicate is the predicate of one where-input field (a compiled
// column and an operator), nil for a value ent ignores (an empty list,
// false for IsNil/NotNil).
func fieldPredicate(e *entity, name string, v any) (func(*sql.Selector), bool) {
	for _, op := range operators {
		col := e.columns[strings.TrimSuffix(name, op)]
		if !strings.HasSuffix(name, op) || col == nil {
			continue
		}
		k := e.kinds[col.name]
		c := col.name
		switch op {
		case "IsNil", "NotNil":
			b, ok := v.(bool)
			if !ok {
				return nil, false
			}
			if !b {
				return nil, true
			}
			if op == "IsNil" {
				return sql.FieldIsNull(c), true
			}
			return sql.FieldNotNull(c), true
		case "In", "NotIn":
			list, ok := v.([]any)
			if !ok {
				return nil, false
			}
			if len(list) == 0 {
				return nil, true
			}
			vals := make([]any, len(list))
			for i, x := range list {
				if vals[i], ok = whereValue(k, x); !ok {
					return nil, false
				}
			}
			if op == "In" {
				return sql.FieldIn(c, vals...), true
			}
			return sql.FieldNotIn(c, vals...), true
		case "Contains", "HasPrefix", "HasSuffix", "EqualFold", "ContainsFold":
			s, ok := v.(string)
			if !ok || k != kindString {
				return nil, false
			}
			switch op {
			case "Contains":
				return sql.FieldContains(c, s), true
			case "HasPrefix":
				return sql.FieldHasPrefix(c, s), true
			case "HasSuffix":
				return sql.FieldHasSuffix(c, s), true
			case "EqualFold":
				return sql.FieldEqualFold(c, s), true
			}
			return sql.FieldContainsFold(c, s), true
		}
		x, ok := whereValue(k, v)
		if !ok {
			return nil, false
		}
		switch op {
		case "":
			return sql.FieldEQ(c, x), true
		case "NEQ":
			return sql.FieldNEQ(c, x), true
		case "GT":
			return sql.FieldGT(c, x), true
		case "GTE":
			return sql.FieldGTE(c, x), true
		case "LT":
			return sql.FieldLT(c, x), true
		}
		return sql.FieldLTE(c, x), true
	}
	return nil, false
}

// whereValue reads a filter's value for a column of kind k as ent's input
// holds it (an ID or Int as int, a Time by gqlgen's own scalar).
func whereValue(k kind, v any) (any, bool) {
	switch k {
	case kindInt:
		return toInt(v, true)
	case kindString:
		s, ok := v.(string)
		return s, ok
	case kindBool:
		b, ok := v.(bool)
		return b, ok
	case kindTime:
		t, err := graphql.UnmarshalTime(v)
		return t, err == nil
	}
	return nil, false
}
