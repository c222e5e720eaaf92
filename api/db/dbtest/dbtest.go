// Package dbtest opens throw-away databases for tests: an in-memory SQLite
// always, and a fresh PostgreSQL database per test when TEST_DATABASE_URL
// points at a server. With CI=true a missing PostgreSQL fails the test
// instead of skipping it.
package dbtest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"greencheck/api/db"
	"greencheck/api/viewer"
	"greencheck/ent"
	"greencheck/ent/privacy"
	"greencheck/ent/user"
)

// Dialects returns the databases every database test runs on.
func Dialects(t testing.TB) []string {
	ds := []string{dialect.SQLite}
	if os.Getenv("TEST_DATABASE_URL") != "" {
		ds = append(ds, dialect.Postgres)
	} else if os.Getenv("CI") == "true" {
		t.Fatal("CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests cannot be skipped in CI")
	}
	return ds
}

// Each runs fn as a subtest on every dialect.
func Each(t *testing.T, fn func(t *testing.T, dia string)) {
	for _, d := range Dialects(t) {
		t.Run(d, func(t *testing.T) { fn(t, d) })
	}
}

// DB is a throw-away database with a statement counter.
type DB struct {
	*db.DB
	Counter *db.CountingDriver
	// URL is the PostgreSQL database's address, for a second connection
	// pool acting as another replica; empty on SQLite.
	URL string
}

var seq atomic.Int64

// Open returns a migrated, empty database of the dialect, removed when the
// test ends.
func Open(t testing.TB, dia string) *DB {
	t.Helper()
	ctx := context.Background()
	var sqlDB *sql.DB
	var err error
	var dsn string
	switch dia {
	case dialect.SQLite:
		name := fmt.Sprintf("gc_test_%d_%d", os.Getpid(), seq.Add(1))
		sqlDB, err = sql.Open("sqlite", "file:"+name+
			"?mode=memory&cache=shared&_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate")
		if err == nil {
			// One connection: a shared-cache memory database with several
			// writers reports "table is locked" instead of waiting.
			sqlDB.SetMaxOpenConns(1)
		}
	case dialect.Postgres:
		sqlDB, dsn, err = freshPostgres(t)
	default:
		t.Fatalf("unknown dialect %q", dia)
	}
	if err != nil {
		t.Fatal(err)
	}
	counter := &db.CountingDriver{Driver: db.Driver(dia, sqlDB)}
	client := db.NewClient(counter)
	if err := db.Migrate(ctx, client, sqlDB, dia); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	d := &DB{DB: &db.DB{Client: client, SQL: sqlDB, Dialect: dia}, Counter: counter, URL: dsn}
	t.Cleanup(func() { client.Close() })
	return d
}

// freshPostgres creates a new database on the TEST_DATABASE_URL server and
// drops it when the test ends.
func freshPostgres(t testing.TB) (*sql.DB, string, error) {
	base := os.Getenv("TEST_DATABASE_URL")
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return nil, "", err
	}
	name := fmt.Sprintf("gc_test_%d_%d_%d", os.Getpid(), seq.Add(1), rand.IntN(1_000_000))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		return nil, "", fmt.Errorf("create test database: %w", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, "", err
	}
	u.Path = "/" + name
	d, err := db.OpenPostgres(u.String())
	if err != nil {
		return nil, "", err
	}
	d.SetMaxOpenConns(10)
	t.Cleanup(func() {
		d.Close()
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	return d, u.String(), nil
}

// Client is a shorthand for the database's ent client.
func (d *DB) C() *ent.Client { return d.Client }

// IsPostgres reports whether the database is PostgreSQL.
func (d *DB) IsPostgres() bool { return strings.EqualFold(d.Dialect, dialect.Postgres) }

// PostgresURL returns the address of a fresh, empty PostgreSQL database,
// dropped when the test ends, for tests that run server processes on it.
// Without PostgreSQL the test is skipped (and fails under CI=true).
func PostgresURL(t testing.TB) string {
	t.Helper()
	if !slices.Contains(Dialects(t), dialect.Postgres) {
		t.Skip("no PostgreSQL (TEST_DATABASE_URL)")
	}
	_, dsn, err := freshPostgres(t)
	if err != nil {
		t.Fatal(err)
	}
	return dsn
}

// As is the context of the user of that username as the API would build
// it (role, enterprise, districts), for workflow tests without HTTP.
func As(c *ent.Client, username string) context.Context {
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	return AsUser(c, c.User.Query().Where(user.Username(username)).OnlyX(sys))
}

// AsUser is As for a user row (its role, enterprise and districts are
// read again).
func AsUser(c *ent.Client, u *ent.User) context.Context {
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	u = c.User.Query().Where(user.ID(u.ID)).WithDistricts().OnlyX(sys)
	v := &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role)}
	if u.EnterpriseID != nil {
		v.EnterpriseID = *u.EnterpriseID
	}
	for _, d := range u.Edges.Districts {
		v.DistrictIDs = append(v.DistrictIDs, d.ID)
	}
	return viewer.NewContext(context.Background(), v)
}
