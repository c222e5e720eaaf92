package direct

import (
	"github.com/99designs/gqlgen/graphql"
)

// writeObject writes one row of o as the generated executor would, or
// reports false when gqlgen must answer (a null where the schema says
// non-null, a value it would refuse).
func (r *run) writeObject(o *object, x *row) bool {
	b := r.buf
	b.WriteByte('{')
	for i := range o.items {
		it := &o.items[i]
		if i > 0 {
			b.WriteByte(',')
		}
		writeKey(b, it.key)
		switch {
		case it.typename != "":
			graphql.MarshalString(it.typename).MarshalGQL(b)
		case it.col != nil:
			v := x.vals[it.idx]
			if v == nil {
				if it.col.nonNull {
					return false
				}
				b.WriteString("null")
			} else if !it.col.write(b, v) {
				return false
			}
		case it.count > 0:
			graphql.MarshalInt(x.counts[it.count-1]).MarshalGQL(b)
		case it.one != nil:
			fk, ok := x.vals[it.idx].(int)
			if !ok {
				if it.one.nonNull {
					return false
				}
				b.WriteString("null")
			} else if !r.writeObject(it.sub, it.byID[fk]) {
				return false
			}
		case it.conn != nil:
			if !r.writeConn(it.conn, it.conn.byParent[x.id], it.conn.moreOf[x.id]) {
				return false
			}
		}
	}
	b.WriteByte('}')
	return true
}

// writeConn writes a connection's page (rows, and whether more follow).
func (r *run) writeConn(c *conn, rows []*row, more bool) bool {
	b := r.buf
	b.WriteByte('{')
	for i, ci := range c.items {
		if i > 0 {
			b.WriteByte(',')
		}
		writeKey(b, ci.key)
		switch ci.name {
		case "__typename":
			graphql.MarshalString(c.e.name + "Connection").MarshalGQL(b)
		case "totalCount":
			graphql.MarshalInt(c.totalN).MarshalGQL(b)
		case "edges":
			b.WriteByte('[')
			for j, x := range rows {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('{')
				for k, si := range ci.inner {
					if k > 0 {
						b.WriteByte(',')
					}
					writeKey(b, si.key)
					switch si.name {
					case "__typename":
						graphql.MarshalString(c.e.name + "Edge").MarshalGQL(b)
					case "cursor":
						c.cursor(x).MarshalGQL(b)
					case "node":
						if !r.writeObject(c.node, x) {
							return false
						}
					}
				}
				b.WriteByte('}')
			}
			b.WriteByte(']')
		case "pageInfo":
			b.WriteByte('{')
			for k, si := range ci.inner {
				if k > 0 {
					b.WriteByte(',')
				}
				writeKey(b, si.key)
				switch si.name {
				case "__typename":
					graphql.MarshalString("PageInfo").MarshalGQL(b)
				case "hasNextPage":
					graphql.MarshalBoolean(more).MarshalGQL(b)
				case "hasPreviousPage":
					graphql.MarshalBoolean(c.after != nil).MarshalGQL(b)
				case "startCursor", "endCursor":
					if len(rows) == 0 {
						b.WriteString("null")
					} else if si.name == "startCursor" {
						c.cursor(rows[0]).MarshalGQL(b)
					} else {
						c.cursor(rows[len(rows)-1]).MarshalGQL(b)
					}
				}
			}
			b.WriteByte('}')
		}
	}
	b.WriteByte('}')
	return true
}
