package direct

import (
	"entgo.io/contrib/entgql"
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
	where    []eq
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

type eq struct {
	col string
	val any
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
			for wk, wv := range m {
				col := e.columns[wk]
				if col == nil {
					return nil, false
				}
				if wv == nil {
					continue
				}
				val, ok := whereValue(e.kinds[col.name], wv)
				if !ok {
					return nil, false
				}
				c.where = append(c.where, eq{col.name, val})
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

// whereValue reads an equality's value for a column of kind k.
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
	}
	return nil, false
}
