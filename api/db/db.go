// Package db opens the database — an embedded SQLite file by default,
// PostgreSQL when configured — migrates it, and wires the ent client.
package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"greencheck/api/partner/scope"
	"greencheck/api/viewer"
	"io"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"

	"entgo.io/ent/dialect"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"
	"github.com/lib/pq"    // PostgreSQL driver "postgres"
	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"

	"greencheck/api/apperr"
	"greencheck/api/input"
	"greencheck/ent"
	_ "greencheck/ent/runtime" // registers the privacy policies and hooks
	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype" // registers the privacy policies and hooks
)

// DB is an open database with its ent client.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
}

// SQLiteDSN returns the DSN of an embedded database file: WAL, foreign keys
// on, a busy timeout, and transactions that take the write lock up front so
// that two writers queue instead of failing.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)" +
		"&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// Open opens databaseURL (postgres://… or a SQLite DSN) and migrates it.
// An empty databaseURL opens dataDir/greencheck.db.
func Open(ctx context.Context, databaseURL, dataDir string, opts ...ent.Option) (*DB, error) {
	driverName, dsn, dia := "sqlite", databaseURL, dialect.SQLite
	switch {
	case databaseURL == "":
		if err := os.MkdirAll(dataDir, 0o750); err != nil {
			return nil, err
		}
		dsn = SQLiteDSN(filepath.Join(dataDir, "greencheck.db"))
	case strings.HasPrefix(databaseURL, "postgres://"), strings.HasPrefix(databaseURL, "postgresql://"):
		driverName, dia = "postgres", dialect.Postgres
		dsn = PostgresDSN(databaseURL)
	}
	var sqlDB *sql.DB
	var err error
	if dia == dialect.Postgres {
		sqlDB, err = OpenPostgres(databaseURL)
	} else {
		sqlDB, err = sql.Open(driverName, dsn)
	}
	if err != nil {
		return nil, err
	}
	if dia == dialect.Postgres {
		sqlDB.SetMaxOpenConns(20)
		sqlDB.SetMaxIdleConns(20)
	} else {
		// Each SQLite connection is a file descriptor: bounded, or a burst
		// of requests exhausts them ("unable to open database file").
		// 64 leaves room for transactions waiting on the write lock while
		// the one holding it reads outside it.
		sqlDB.SetMaxOpenConns(64)
		sqlDB.SetMaxIdleConns(16)
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("db: connect: %w", err)
	}
	d := &DB{SQL: sqlDB, Dialect: dia}
	d.Client = NewClient(Driver(dia, sqlDB), opts...)
	if err := Migrate(ctx, d.Client, sqlDB, dia); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return d, nil
}

// Migrate brings the schema up to date: ent's tables and indexes, then the
// triggers that maintain the finding tallies (tally.go) and announce
// revoked sessions (revocations.go).
func Migrate(ctx context.Context, c *ent.Client, sqlDB *sql.DB, dia string) error {
	// Indexes replaced by wider ones (ent adds, never drops): one notice
	// per enterprise and warning became one per round.
	for _, old := range []string{"warningnotice_warning_id_enterprise_id"} {
		if _, err := sqlDB.ExecContext(ctx, "DROP INDEX IF EXISTS "+old); err != nil {
			return fmt.Errorf("db: migrate: %w", err)
		}
	}
	if err := c.Schema.Create(ctx); err != nil {
		return fmt.Errorf("db: migrate: %w", err)
	}
	if err := installTallies(ctx, sqlDB, dia); err != nil {
		return fmt.Errorf("db: migrate: %w", err)
	}
	if err := installRevocations(ctx, sqlDB, dia); err != nil {
		return fmt.Errorf("db: migrate: %w", err)
	}
	return nil
}

// NewClient returns an ent client over drv with the hooks every client needs.
func NewClient(drv dialect.Driver, opts ...ent.Option) *ent.Client {
	c := ent.NewClient(append([]ent.Option{ent.Driver(drv)}, opts...)...)
	c.Use(scopeLookup, normalizeStrings)
	c.Intercept(scope.Interceptors()...) // what partners' keys may read (api/partner)
	c.Question.Use(questionChannel)
	c.Enterprise.Use(questionsFollow)
	return c
}

// codeFields are the string fields holding codes: full-width characters,
// spaces and lower case are folded (api/input.Code).
var codeFields = map[string]bool{"credit_code": true, "industry_code": true, "phone": true, "number": true}

// normalizeStrings is the storage side of input hygiene: every string a
// mutation sets is checked (no control or text-direction characters, not
// only invisible ones) and stored NFC-normalized and trimmed, codes folded
// — before the schema's validators see it.
// normalized is a string field's value as stored: checked (input.Check,
// a coded BAD_USER_INPUT naming the field) and normalized (input.Text, or
// input.Code for codes) — for the hook and for InsertMany alike.
func normalized(name, s string) (string, error) {
	if key := input.Check(s); key != "" {
		f := camel(name)
		return "", apperr.Input(f, key, f)
	}
	if codeFields[name] {
		return input.Code(s), nil
	}
	return input.Text(s), nil
}

func normalizeStrings(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		for _, name := range m.Fields() {
			v, ok := m.Field(name)
			if contacts, isContacts := v.([]schematype.Contact); ok && isContacts {
				for i := range contacts { // in place: the mutation holds the same slice
					if key := input.Contact(&contacts[i]); key != "" {
						return nil, apperr.Input(camel(name), key, camel(name))
					}
				}
				continue
			}
			s, isString := v.(string)
			if !ok || !isString {
				continue
			}
			n, err := normalized(name, s)
			if err != nil {
				return nil, err
			}
			if n != s {
				if err := m.SetField(name, n); err != nil {
					return nil, err
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

// camel writes a column name as the API's field: credit_code → creditCode.
func camel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// scopeLookup gives the privacy rules of a mutation a way to ask whether a
// parent node (the enterprise of a new permit, say) is visible to the
// viewer, through the mutation's own client so a parent created earlier in
// the same transaction is found.
func scopeLookup(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if cm, ok := m.(interface{ Client() *ent.Client }); ok {
			c := cm.Client()
			ctx = rule.WithLookup(ctx, func(ctx context.Context, id int) error {
				_, err := c.Noder(ctx, id)
				return err
			})
			ctx = rule.WithLookupWhere(ctx, LookupWhere(c))
		}
		return next.Mutate(ctx, m)
	})
}

// OpenPostgres opens a PostgreSQL database as GreenCheck uses it: the URL
// through PostgresDSN, and statements kept prepared per connection
// (preparingConnector) unless GREENCHECK_PG_PREPARE=0 (behind a pooler in
// transaction mode, which cannot keep them).
func OpenPostgres(databaseURL string) (*sql.DB, error) {
	dsn := PostgresDSN(databaseURL)
	if os.Getenv("GREENCHECK_PG_PREPARE") == "0" {
		return sql.Open("postgres", dsn)
	}
	connector, err := pq.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(preparingConnector{connector}), nil
}

// Close closes the database.
func (d *DB) Close() error {
	d.Client.Close()
	return d.SQL.Close()
}

// Client returns the transaction's client when ctx carries one, else c.
func Client(ctx context.Context, c *ent.Client) *ent.Client {
	if tc := ent.FromContext(ctx); tc != nil {
		return tc
	}
	return c
}

// WithTx runs fn in a transaction: the one in ctx if there is one (a GraphQL
// mutation's), else a new one committed when fn succeeds.
func WithTx(ctx context.Context, c *ent.Client, fn func(ctx context.Context, c *ent.Client) error) error {
	if tx := ent.TxFromContext(ctx); tx != nil {
		return fn(ctx, tx.Client())
	}
	tx, err := c.Tx(ctx)
	if err != nil {
		return err
	}
	ctx = ent.NewContext(ent.NewTxContext(ctx, tx), tx.Client())
	if err := fn(ctx, tx.Client()); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	return tx.Commit()
}

// AfterCommit runs f once the transaction in ctx commits (never if it rolls
// back), or at once when ctx carries none: for what must only follow a
// change that happened, like publishing an event.
func AfterCommit(ctx context.Context, f func()) {
	tx := ent.TxFromContext(ctx)
	if tx == nil {
		f()
		return
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				f()
			}
			return err
		})
	})
}

// System returns ctx with the privacy rules bypassed, for the few reads a
// workflow makes on the system's behalf (finding whom to notify). Use it
// deliberately and never for data returned to the viewer.
func System(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// MayWrite refuses (privacy.Deny, answered FORBIDDEN) a write the viewer in
// ctx may not make, without making it: for the idempotent paths where a
// retried request changes nothing but must be permitted as if it did.
// m is the write as it would be built, e.g. tx.Answer.UpdateOne(a).Mutation().
func MayWrite(ctx context.Context, c *ent.Client, m ent.Mutation) error {
	c = Client(ctx, c) // within the caller's transaction, if any
	ctx = rule.WithLookup(ctx, func(ctx context.Context, id int) error {
		_, err := c.Noder(ctx, id)
		return err
	})
	ctx = rule.WithLookupWhere(ctx, LookupWhere(c))
	ok, err := c.Allowed(ctx, m)
	if err != nil {
		return err
	}
	if !ok {
		return privacy.Denyf("db: %s %s not allowed", m.Type(), m.Op())
	}
	return nil
}

// CheckPolicies builds the SQL of every entity's privacy filters for a viewer
// of each role (see ent.CheckPolicies); the server refuses to start when a
// rule names an edge or column its entity lacks.
func CheckPolicies() error {
	var ctxs []context.Context
	for _, v := range []*viewer.Viewer{
		{UserID: 1, Role: viewer.RoleCityAdmin},
		{UserID: 1, Role: viewer.RoleDistrictAdmin, DistrictIDs: []int{1, 2}},
		{UserID: 1, Role: viewer.RoleExpert, DistrictIDs: []int{1}},
		{UserID: 1, Role: viewer.RoleEnterprise, EnterpriseID: 1},
		{APIKeyID: 1, Role: viewer.RolePartner, DistrictIDs: []int{1}},
		nil,
	} {
		ctx := context.Background()
		if v != nil {
			ctx = viewer.NewContext(ctx, v)
		}
		ctxs = append(ctxs, ctx)
	}
	return ent.CheckPolicies(ctxs...)
}

// Unavailable reports whether err says the database cannot be reached (it
// is down, restarting, refusing connections, or the connection broke):
// the caller gets UNAVAILABLE and retries.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		c := string(pqErr.Code)
		// 08: connection exception; 57P01–57P03: shutdown, crash, starting up; 53300: too many connections.
		return strings.HasPrefix(c, "08") || c == "57P01" || c == "57P02" || c == "57P03" || c == "53300"
	}
	var opErr *net.OpError
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF), errors.As(err, &opErr):
		return true
	}
	return false
}

// TimedOut reports whether err says a statement was cancelled: PostgreSQL's
// statement_timeout or cancel request (57014), SQLite's interrupt.
func TimedOut(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		return pqErr.Code == "57014"
	}
	var se interface{ Code() int }
	if errors.As(err, &se) {
		return se.Code()&0xff == 9 // SQLITE_INTERRUPT
	}
	return false
}

// NotFoundAt names field in a NOT_FOUND error (a row that does not exist
// or that the viewer may not read); other errors pass unchanged.
func NotFoundAt(field string, err error) error {
	if ent.IsNotFound(err) {
		return apperr.New(apperr.NotFound, string(apperr.NotFound)).WithField(field).Wrap(err)
	}
	return err
}

// LookupWhere answers the privacy rules' questions about a parent row
// (rule.WriteUnder: "is training 7 one of this district's own?"): whether
// the row id of the entity typ matches p, read as the system through c (so
// a parent written earlier in the same transaction is found).
func LookupWhere(c *ent.Client) rule.LookupWhere {
	return func(ctx context.Context, typ string, id int, p entql.P) error {
		tc := reflect.ValueOf(c).Elem().FieldByName(typ)
		if !tc.IsValid() {
			return fmt.Errorf("db: no entity %s", typ)
		}
		q := tc.MethodByName("Query").Call(nil)[0]
		f, ok := q.MethodByName("Filter").Call(nil)[0].Interface().(interface{ Where(entql.P) })
		if !ok {
			return fmt.Errorf("db: %s has no filter", typ)
		}
		f.Where(entql.And(entql.FieldEQ("id", id), p))
		out := q.MethodByName("Exist").Call([]reflect.Value{reflect.ValueOf(System(ctx))})
		if err, _ := out[1].Interface().(error); err != nil {
			return err
		}
		if !out[0].Bool() {
			return fmt.Errorf("db: %s %d does not match", typ, id)
		}
		return nil
	}
}
