package direct

import (
	stdsql "database/sql"
	"slices"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"greencheck/api/page"
	"greencheck/ent/edgescope"
)

// selector starts a statement over o's table limited to the rows the viewer
// may read (the entity's query policy, as ent applies it).
func (r *run) selector(o *object) *sql.Selector {
	d := sql.Dialect(r.client.Dialect())
	t := d.Table(o.e.node.Table)
	s := d.Select().From(t)
	cols := make([]string, len(o.cols))
	for i, c := range o.cols {
		cols[i] = t.C(c)
	}
	s.Select(cols...)
	s.WithContext(r.ctx)
	edgescope.Readable(r.ctx, o.e.name)(s)
	return s
}

// query runs s and reads its rows as o's.
func (r *run) query(o *object, s *sql.Selector) ([]*row, error) {
	q, args := s.Query()
	rs, err := r.client.QueryContext(r.ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*row
	dest := make([]any, len(o.cols))
	for i, c := range o.cols {
		switch o.e.kinds[c] {
		case kindInt:
			dest[i] = new(stdsql.NullInt64)
		case kindString:
			dest[i] = new(stdsql.NullString)
		case kindBool:
			dest[i] = new(stdsql.NullBool)
		case kindTime:
			dest[i] = new(stdsql.NullTime)
		case kindFloat:
			dest[i] = new(stdsql.NullFloat64)
		default:
			dest[i] = new(any)
		}
	}
	for rs.Next() {
		if err := rs.Scan(dest...); err != nil {
			return nil, err
		}
		x := &row{vals: make([]any, len(o.cols))}
		for i, c := range o.cols {
			x.vals[i] = value(dest[i], o.e.nillable[c])
		}
		x.id, _ = x.vals[0].(int)
		out = append(out, x)
	}
	return out, rs.Err()
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
// time.
func (r *run) selectRows(o *object, key string, keys []int, more func(*sql.Selector)) ([]*row, error) {
	var out []*row
	for lo := 0; lo < len(keys); lo += page.MaxBatch {
		s := r.selector(o)
		part := keys[lo:min(lo+page.MaxBatch, len(keys))]
		if len(part) == 1 {
			s.Where(sql.EQ(s.C(key), part[0]))
		} else {
			s.Where(sql.InInts(s.C(key), part...))
		}
		if more != nil {
			more(s)
		}
		rows, err := r.query(o, s)
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
	for i := range o.items {
		it := &o.items[i]
		switch {
		case it.loader != "":
			it.values = map[int]int{}
			for lo := 0; lo < len(ids); lo += page.MaxBatch {
				m, err := r.x.o.Loaders[it.loader](r.ctx, ids[lo:min(lo+page.MaxBatch, len(ids))])
				if err != nil {
					return false
				}
				for k, v := range m {
					it.values[k] = v
				}
			}
		case it.one != nil:
			var fks []int
			for _, x := range rows {
				if fk, ok := x.vals[it.idx].(int); ok && !slices.Contains(fks, fk) {
					fks = append(fks, fk)
				}
			}
			sub, err := r.selectRows(it.sub, "id", fks, nil)
			if err != nil || len(sub) != len(fks) {
				return false // a row the viewer may not read: gqlgen answers (and says so)
			}
			it.byID = make(map[int]*row, len(sub))
			for _, x := range sub {
				it.byID[x.id] = x
			}
			if !r.loadChildren(it.sub, sub) {
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
	for _, w := range c.where {
		s.Where(sql.EQ(s.C(w.col), w.val))
	}
}

func (c *conn) direction() entgql.OrderDirection {
	if c.desc {
		return entgql.OrderDirectionDesc
	}
	return entgql.OrderDirectionAsc
}

// loadRootConn reads a root connection's page: first + 1 rows (the last
// only tells hasNextPage), and its total when asked.
func (r *run) loadRootConn(c *conn) bool {
	s := r.selector(c.node)
	c.filter(s)
	if c.total {
		d := sql.Dialect(r.client.Dialect())
		t := d.Table(c.e.node.Table)
		cs := d.Select(sql.Count("*")).From(t)
		cs.WithContext(r.ctx)
		edgescope.Readable(r.ctx, c.e.name)(cs)
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
	rows, err := r.query(c.node, s)
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
		})
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
		})
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
