package db

import (
	"context"
	"database/sql/driver"
	"errors"
	"strings"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/lib/pq"
)

// PreparedPerConnection is how many statements each PostgreSQL connection
// keeps prepared (least recently used first out).
const PreparedPerConnection = 256

// preparingConnector opens lib/pq connections that keep the statements
// they were sent prepared, by their text: a statement GreenCheck sends
// again (ent builds the same SQL for the same query shape) is bound and
// executed without being parsed again, and PostgreSQL plans it once it
// has seen it a few times (a generic plan) instead of every time. One
// round trip either way (binary_parameters sends parse, bind and execute
// together; a prepared statement sends bind and execute).
type preparingConnector struct{ driver.Connector }

func (c preparingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	stmts, err := lru.NewWithEvict(PreparedPerConnection, func(_ string, st driver.Stmt) { _ = st.Close() })
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &preparingConn{Conn: conn, stmts: stmts}, nil
}

// preparingConn is one connection and its prepared statements. database/sql
// uses a connection for one thing at a time, so the cache needs no lock
// of its own (the LRU's is uncontended).
type preparingConn struct {
	driver.Conn
	stmts *lru.Cache[string, driver.Stmt]
}

// prepared returns the statement for query, preparing it the first time.
func (c *preparingConn) prepared(ctx context.Context, query string) (driver.Stmt, error) {
	if st, ok := c.stmts.Get(query); ok {
		return st, nil
	}
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts.Add(query, st)
	return st, nil
}

// stalePlan reports the error of a statement prepared before the tables
// it reads changed (a migration on another replica): prepare it again.
func stalePlan(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "0A000" && strings.Contains(pe.Message, "cached plan")
}

func (c *preparingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if len(args) == 0 { // the simple protocol: one message, nothing to keep
		return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
	}
	for attempt := 0; ; attempt++ {
		st, err := c.prepared(ctx, query)
		if err != nil {
			return nil, err
		}
		rows, err := st.(driver.StmtQueryContext).QueryContext(ctx, args)
		if err != nil && attempt == 0 && stalePlan(err) {
			c.stmts.Remove(query)
			continue
		}
		return rows, err
	}
}

func (c *preparingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if len(args) == 0 {
		return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
	}
	for attempt := 0; ; attempt++ {
		st, err := c.prepared(ctx, query)
		if err != nil {
			return nil, err
		}
		res, err := st.(driver.StmtExecContext).ExecContext(ctx, args)
		if err != nil && attempt == 0 && stalePlan(err) {
			c.stmts.Remove(query)
			continue
		}
		return res, err
	}
}

// The rest is lib/pq's own.

func (c *preparingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
}

func (c *preparingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *preparingConn) Ping(ctx context.Context) error { return c.Conn.(driver.Pinger).Ping(ctx) }

func (c *preparingConn) ResetSession(ctx context.Context) error {
	return c.Conn.(driver.SessionResetter).ResetSession(ctx)
}

func (c *preparingConn) IsValid() bool { return c.Conn.(driver.Validator).IsValid() }

func (c *preparingConn) CheckNamedValue(nv *driver.NamedValue) error {
	return c.Conn.(driver.NamedValueChecker).CheckNamedValue(nv)
}

// Close closes the connection; the server drops its statements with the
// session (nothing is sent for them on a connection that may be broken).
func (c *preparingConn) Close() error { return c.Conn.Close() }
