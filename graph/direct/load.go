package direct

import (
	stdsql "database/sql"
	"reflect"
	"slices"
	"strconv"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"greencheck/api/page"
	"greencheck/ent/edgescope"
)

// scope returns the predicate of the rows of typ the viewer may read (the
// entity's query policy). A policy that denies outright (an anonymous
// caller) is an error in gqlgen, never an empty page: the run is then
// left to it.
func (r *run) scope(typ string) func(*sql.Selector) {
	p := edgescope.Readable(r.ctx, typ)
	if reflect.ValueOf(p).Pointer() == none {
		r.denied = true
	}
	return p
}

// none is edgescope.None, the predicate of a policy that denies (as
// ent.MayRead compares it).
var none = reflect.ValueOf(edgescope.None).Pointer()

// count is the sub-select of the count named c over the row whose id is the
// column id.
func (r *run) count(c string, s *sql.Selector, id string) sql.Querier {
	n := r.x.o.Counts[c]
	r.scope(n.Entity)
	return n.Query(r.ctx, s, id)
}

// selector starts a statement over o's table limited to the rows the viewer
// may read (the entity's query policy, as ent applies it), its counts
// selected with the columns when inline.
func (r *run) selector(o *object, inline bool) *sql.Selector {
	d := sql.Dialect(r.client.Dialect())
	t := d.Table(o.e.node.Table)
	s := d.Select().From(t)
	cols := make([]string, len(o.cols))
	for i, c := range o.cols {
		cols[i] = r.x.qualified(d, o.e.node.Table, c)
	}
	s.Select(cols...)
	s.WithContext(r.ctx)
	o.joins = o.joins[:0]
	if inline {
		for k, c := range o.counts {
			s.AppendSelectExprAs(r.count(c, s, t.C("id")), "direct_count_"+strconv.Itoa(k))
		}
		// To-one edges joined: the target's rows the viewer may read (its
		// policy's predicate, on the join's alias) or none.
		for i := range o.items {
			it := &o.items[i]
			if it.one == nil {
				continue
			}
			alias := "direct_j" + strconv.Itoa(len(o.joins))
			jt := d.Table(it.sub.e.node.Table).As(alias)
			js := d.Select().From(jt)
			js.WithContext(r.ctx)
			r.scope(it.sub.e.name)(js)
			on := sql.ColumnsEQ(jt.C("id"), t.C(it.one.fk))
			if p := js.P(); p != nil {
				on = sql.And(on, p)
			}
			s.LeftJoin(jt).OnP(on)
			for _, c := range it.sub.cols {
				s.AppendSelect(r.x.qualified(d, alias, c))
			}
			for k, c := range it.sub.counts {
				s.AppendSelectExprAs(r.count(c, s, jt.C("id")), alias+"_count_"+strconv.Itoa(k))
			}
			o.joins = append(o.joins, i)
		}
	}
	r.scope(o.e.name)(s)
	return s
}

// qualified returns table.column quoted for d (kept: the same few names are
// asked for on every request).
func (x *Extension) qualified(d *sql.DialectBuilder, table, col string) string {
	k := table + "." + col
	if q, ok := x.names.Load(k); ok {
		return q.(string)
	}
	q := d.Table(table).C(col)
	x.names.Store(k, q)
	return q
}

// query runs s and reads its rows as o's (with their counts when inline).
func (r *run) query(o *object, s *sql.Selector, inline bool) ([]*row, error) {
	q, args := s.Query()
	rs, err := r.client.QueryContext(r.ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*row
	dest := holders(o, inline, nil)
	for _, j := range o.joins {
		dest = holders(o.items[j].sub, true, dest)
		if o.items[j].byID == nil {
			o.items[j].byID = map[int]*row{}
		}
	}
	for rs.Next() {
		if err := rs.Scan(dest...); err != nil {
			return nil, err
		}
		x, off := read(o, inline, dest)
		for _, j := range o.joins {
			it := &o.items[j]
			y, n := read(it.sub, true, dest[off:])
			off += n
			if y != nil {
				if _, seen := it.byID[y.id]; !seen {
					it.byID[y.id] = y
					it.subRows = append(it.subRows, y)
				}
			}
		}
		out = append(out, x)
	}
	return out, rs.Err()
}

// holders appends to dest a scan target for each column (and, inline, each
// count) of o.
func holders(o *object, inline bool, dest []any) []any {
	for _, c := range o.cols {
		switch o.e.kinds[c] {
		case kindInt:
			dest = append(dest, new(stdsql.NullInt64))
		case kindString:
			dest = append(dest, new(stdsql.NullString))
		case kindBool:
			dest = append(dest, new(stdsql.NullBool))
		case kindTime:
			dest = append(dest, new(stdsql.NullTime))
		case kindFloat:
			dest = append(dest, new(stdsql.NullFloat64))
		default:
			dest = append(dest, new(any))
		}
	}
	if inline {
		for range o.counts {
			dest = append(dest, new(stdsql.NullInt64))
		}
	}
	return dest
}

// read builds o's row from the scan targets at the start of dest (nil when
// its id is NULL: no row joined), and says how many targets it used.
func read(o *object, inline bool, dest []any) (*row, int) {
	n := len(o.cols)
	if inline {
		n += len(o.counts)
	}
	id := dest[0].(*stdsql.NullInt64)
	if !id.Valid {
		return nil, n
	}
	x := &row{id: int(id.Int64), vals: make([]any, len(o.cols))}
	for i, c := range o.cols {
		x.vals[i] = value(dest[i], o.e.nillable[c])
	}
	if inline && len(o.counts) > 0 {
		x.counts = make([]int, len(o.counts))
		for k := range o.counts {
			x.counts[k] = int(dest[len(o.cols)+k].(*stdsql.NullInt64).Int64)
		}
	}
	return x, n
}

// value is a scanned column as ent's struct holds it: NULL is nil in a
// nillable field and the zero value in any other.
func value(d any, nillable bool) any {
	switch v := d.(type) {
	case *stdsql.NullInt64:
		if v.Valid || !nillable {
			return int(v.Int64)
		}
	case *stdsql.NullString:
		if v.Valid || !nillable {
			return v.String
		}
	case *stdsql.NullBool:
		if v.Valid || !nillable {
			return v.Bool
		}
	case *stdsql.NullTime:
		if v.Valid || !nillable {
			return v.Time
		}
	case *stdsql.NullFloat64:
		if v.Valid || !nillable {
			return v.Float64
		}
	}
	return nil
}

// selectRows reads o's rows whose column key is one of keys, a batch at a
// time, with their counts when inline (more may not rewrite the selection
// then).
func (r *run) selectRows(o *object, key string, keys []int, more func(*sql.Selector), inline bool) ([]*row, error) {
	var out []*row
	o.inline = inline
	for lo := 0; lo < len(keys); lo += page.MaxBatch {
		s := r.selector(o, inline)
		part := keys[lo:min(lo+page.MaxBatch, len(keys))]
		if len(part) == 1 {
			s.Where(sql.EQ(s.C(key), part[0]))
		} else {
			s.Where(sql.InInts(s.C(key), part...))
		}
		if more != nil {
			more(s)
		}
		rows, err := r.query(o, s, inline)
		if err != nil {
			return nil, err
		}
		out = append(out, rows...)
	}
	return out, nil
}

// loadChildren reads what o's items need beyond o's own rows: loaders'
// values, to-one edges' rows, connections' pages — one statement each for
// all of rows.
func (r *run) loadChildren(o *object, rows []*row) bool {
	if len(rows) == 0 {
		return true
	}
	ids := make([]int, len(rows))
	for i, x := range rows {
		ids[i] = x.id
	}
	if len(o.counts) > 0 && !o.inline {
		// Read apart (rows limited per parent by a window): one statement
		// for the counts of all the rows.
		c := &object{e: o.e, cols: []string{"id"}, colIdx: map[string]int{"id": 0}, counts: o.counts}
		counted, err := r.selectRows(c, "id", ids, nil, true)
		if err != nil {
			return false
		}
		byID := make(map[int][]int, len(counted))
		for _, x := range counted {
			byID[x.id] = x.counts
		}
		for _, x := range rows {
			if x.counts = byID[x.id]; x.counts == nil {
				return false
			}
		}
	}
	for i := range o.items {
		it := &o.items[i]
		switch {
		case it.one != nil:
			var fks []int
			for _, x := range rows {
				if fk, ok := x.vals[it.idx].(int); ok && !slices.Contains(fks, fk) {
					fks = append(fks, fk)
				}
			}
			if slices.Contains(o.joins, i) {
				it.sub.inline = true // read with o's rows
			} else {
				sub, err := r.selectRows(it.sub, "id", fks, nil, true)
				if err != nil {
					return false
				}
				it.byID, it.subRows = make(map[int]*row, len(sub)), sub
				for _, x := range sub {
					it.byID[x.id] = x
				}
			}
			for _, fk := range fks {
				if it.byID[fk] == nil {
					return false // a row the viewer may not read: gqlgen answers (and says so)
				}
			}
			if !r.loadChildren(it.sub, it.subRows) {
				return false
			}
		case it.conn != nil && it.conn.loaded:
			if !r.loadChildren(it.conn.node, it.conn.byParent[rows[0].id]) {
				return false
			}
		case it.conn != nil:
			if !r.loadNested(it.conn, ids) {
				return false
			}
		}
	}
	return true
}

// order applies c's order (its field, then id, in one direction: ent's
// pager) to s.
func (c *conn) order(s *sql.Selector) {
	by := func(col string) string {
		if c.desc {
			return sql.Desc(s.C(col))
		}
		return sql.Asc(s.C(col))
	}
	s.OrderBy(by(c.orderCol))
	if c.orderCol != "id" {
		s.OrderBy(by("id"))
	}
}

func (c *conn) filter(s *sql.Selector) {
	for _, p := range c.where {
		p(s)
	}
}

func (c *conn) direction() entgql.OrderDirection {
	if c.desc {
		return entgql.OrderDirectionDesc
	}
	return entgql.OrderDirectionAsc
}

// selectNode reads node(id:)'s row and, when it selects a connection, the
// connection's page with it in one statement: the page is a derived table
// (its own policy, filter, order and first + 1 rows of the parent's id)
// joined to the row — each result row is the node's with one of the page's.
func (r *run) selectNode(o *object) ([]*row, error) {
	var c *conn
	for i := range o.items {
		if o.items[i].conn != nil {
			c = o.items[i].conn
			break
		}
	}
	if c == nil {
		return r.selectRows(o, "id", []int{o.nodeID}, nil, true)
	}
	d := sql.Dialect(r.client.Dialect())
	s := r.selector(o, true)
	o.inline = true
	s.Where(sql.EQ(s.C("id"), o.nodeID))
	ps := r.selector(c.node, false) // its counts and edges read apart
	c.node.inline = false
	ps.Where(sql.EQ(ps.C(c.edge.fk), o.nodeID))
	c.filter(ps)
	c.order(ps)
	ps.Limit(c.first + 1)
	const alias = "direct_page"
	s.LeftJoin(ps.As(alias)).OnP(sql.ExprP("1 = 1"))
	for _, col := range c.node.cols {
		s.AppendSelect(r.x.qualified(d, alias, col))
	}
	dir := sql.Asc
	if c.desc {
		dir = sql.Desc
	}
	s.OrderBy(dir(r.x.qualified(d, alias, c.orderCol)))
	if c.orderCol != "id" {
		s.OrderBy(dir(r.x.qualified(d, alias, "id")))
	}
	q, args := s.Query()
	rs, err := r.client.QueryContext(r.ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	dest := holders(o, true, nil)
	for _, j := range o.joins {
		dest = holders(o.items[j].sub, true, dest)
		o.items[j].byID = map[int]*row{}
	}
	dest = holders(c.node, false, dest)
	var node *row
	var page []*row
	for rs.Next() {
		if err := rs.Scan(dest...); err != nil {
			return nil, err
		}
		x, off := read(o, true, dest)
		for _, j := range o.joins {
			it := &o.items[j]
			y, n := read(it.sub, true, dest[off:])
			off += n
			if y != nil && it.byID[y.id] == nil {
				it.byID[y.id] = y
				it.subRows = append(it.subRows, y)
			}
		}
		if node == nil {
			node = x
		}
		if y, _ := read(c.node, false, dest[off:]); y != nil {
			page = append(page, y)
		}
	}
	if err := rs.Err(); err != nil || node == nil {
		return nil, err
	}
	c.byParent, c.moreOf, c.loaded = map[int][]*row{}, map[int]bool{}, true
	if len(page) > c.first {
		page, c.moreOf[node.id] = page[:c.first], true
	}
	c.byParent[node.id] = page
	return []*row{node}, nil
}

// loadRootConn reads a root connection's page: first + 1 rows (the last
// only tells hasNextPage), and its total when asked.
func (r *run) loadRootConn(c *conn) bool {
	s := r.selector(c.node, true)
	c.node.inline = true
	c.filter(s)
	if c.total {
		d := sql.Dialect(r.client.Dialect())
		t := d.Table(c.e.node.Table)
		cs := d.Select(sql.Count("*")).From(t)
		cs.WithContext(r.ctx)
		r.scope(c.e.name)(cs)
		c.filter(cs)
		q, args := cs.Query()
		rs, err := r.client.QueryContext(r.ctx, q, args...)
		if err != nil {
			return false
		}
		ok := rs.Next() && rs.Scan(&c.totalN) == nil
		if rs.Close() != nil || !ok {
			return false
		}
	}
	for _, p := range entgql.CursorsPredicate(c.after, nil, "id", c.orderCol, c.direction()) {
		p(s)
	}
	c.order(s)
	s.Limit(c.first + 1)
	rows, err := r.query(c.node, s, true)
	if err != nil {
		return false
	}
	if len(rows) > c.first {
		rows, c.more = rows[:c.first], true
	}
	c.rows = rows
	return r.loadChildren(c.node, rows)
}

// loadNested reads a to-many edge's pages for all parents at once: the
// first + 1 rows of each (a window per parent, as ent's eager loading).
func (r *run) loadNested(c *conn, parents []int) bool {
	fk := c.node.colIdx[c.edge.fk]
	var rows []*row
	var err error
	if len(parents) == 1 {
		rows, err = r.selectRows(c.node, c.edge.fk, parents, func(s *sql.Selector) {
			c.filter(s)
			c.order(s)
			s.Limit(c.first + 1)
		}, true)
	} else {
		rows, err = r.selectRows(c.node, c.edge.fk, parents, func(s *sql.Selector) {
			c.filter(s)
			dir := "ASC"
			if c.desc {
				dir = "DESC"
			}
			// ent's eager loading: unqualified columns inside the window.
			by := func(col string) sql.Querier {
				return sql.ExprFunc(func(b *sql.Builder) { b.Ident(col).Pad().WriteString(dir) })
			}
			order := []sql.Querier{by(c.orderCol)}
			if c.orderCol != "id" {
				order = append(order, by("id"))
			}
			entgql.LimitPerRow(c.edge.fk, c.first+1, order...)(s)
			s.OrderBy(s.C(c.edge.fk), s.C("row_number"))
		}, false)
	}
	if err != nil {
		return false
	}
	c.byParent, c.moreOf = map[int][]*row{}, map[int]bool{}
	kept := rows[:0:0]
	for _, x := range rows {
		p, _ := x.vals[fk].(int)
		if len(c.byParent[p]) == c.first {
			c.moreOf[p] = true
			continue
		}
		c.byParent[p] = append(c.byParent[p], x)
		kept = append(kept, x)
	}
	return r.loadChildren(c.node, kept)
}

// cursor is a row's cursor in c, as ent's pager writes it: the id and,
// ordered by another field, that field's value.
func (c *conn) cursor(x *row) entgql.Cursor[int] {
	if c.orderCol == "id" {
		return entgql.Cursor[int]{ID: x.id}
	}
	v := x.vals[c.node.colIdx[c.orderCol]]
	if t, ok := v.(time.Time); ok {
		return entgql.Cursor[int]{ID: x.id, Value: t}
	}
	return entgql.Cursor[int]{ID: x.id, Value: v}
}
