package db

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
)

// The finding tallies (ent FindingTally, table finding_tallies) are the
// maintained summary dashboards and figures read instead of scanning the
// findings: per district, inspection task, checklist category, status and
// overdue flag, the number of findings, of those closed on time and of those
// closed with a time, and the seconds they took to close.
//
// They are kept by database triggers, in the same transaction as the change,
// so no code path — an ent mutation, a bulk update of the overdue job, a
// cascade, a hand-written statement — can change findings without them:
// every change of a finding, and every change of a parent that moves its
// findings between keys (an enterprise's district, a self-check's task, an
// item's category, and their deletion), inserts the signed difference as
// new rows. Only inserts: no two transactions ever wait on, or deadlock
// over, a shared counter row. A key's figures are the sum of its rows;
// CompactTallies merges them periodically; VerifyTallies recomputes every
// figure from the findings and lists the keys that differ.
//
// PostgreSQL uses statement-level triggers with transition tables (one
// grouped insert per statement, however many rows it changed); SQLite, which
// has no statement triggers, row-level ones.

// tallyVersion names the triggers; a changed definition gets a new version,
// and installing it rebuilds the tallies from scratch.
const tallyVersion = "v3"

const tallyColumns = "district_id, task_id, category, status, overdue, found_month, findings, closed_on_time, closed_timed, close_seconds"

// tallyKey and tallySums are the grouped columns of the tally.
const (
	tallyKey  = "district_id, task_id, category, status, overdue, found_month"
	tallySums = "SUM(findings), SUM(closed_on_time), SUM(closed_timed), SUM(close_seconds)"
	tallyLive = "SUM(findings) <> 0 OR SUM(closed_on_time) <> 0 OR SUM(closed_timed) <> 0 OR SUM(close_seconds) <> 0"
)

// MonthStart is the first day (YYYY-MM-01) of the Asia/Shanghai month a
// time column falls in — the tallies' found_month and a report's MONTH
// period. SQLite keeps UTC times as text in Go's layout; Shanghai has had
// no daylight saving time since 1991.
func MonthStart(dia, col string) string {
	if dia == dialect.Postgres {
		return "to_char(" + col + " AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-01')"
	}
	return "strftime('%Y-%m-01', datetime(substr(" + col + ", 1, 19), '+8 hours'))"
}

// CloseSeconds is the whole seconds from a finding's creation to its closure.
// SQLite keeps times as text in Go's layout, always UTC here; julianday
// reads its first 19 characters (as api/report does).
func CloseSeconds(dia, r string) string {
	return SecondsBetween(dia, r+".created_at", r+".closed_at")
}

// SecondsBetween is the whole seconds from the time column from to the
// time column to (negative when to is earlier; NULL when either is).
func SecondsBetween(dia, from, to string) string {
	if dia == dialect.Postgres {
		return "CAST(ROUND(EXTRACT(EPOCH FROM (" + to + " - " + from + "))) AS BIGINT)"
	}
	return "CAST(ROUND((julianday(substr(" + to + ", 1, 19)) - julianday(substr(" + from + ", 1, 19))) * 86400) AS INTEGER)"
}

// tallyRows selects the tally rows of the findings in source (aliased r;
// its parents looked up), each counted sign times (1 or -1). district, task
// and category override the parents' values (a parent's old values when it
// changes).
func tallyRows(dia, source, sign, district, task, category string) string {
	if district == "" {
		district = "e.district_id"
	}
	if task == "" {
		task = "COALESCE(s.task_id, 0)"
	}
	if category == "" {
		category = "COALESCE(i.category, '')"
	}
	closed := "r.status = 'CLOSED'"
	timed := closed + " AND r.closed_at IS NOT NULL"
	return "SELECT " + district + " AS district_id, " + task + " AS task_id, " + category + " AS category, " +
		"r.status AS status, r.overdue AS overdue, " + MonthStart(dia, "r.created_at") + " AS found_month, " + sign + " AS findings, " +
		sign + " * (CASE WHEN " + closed + " AND r.closed_at <= r.due_at THEN 1 ELSE 0 END) AS closed_on_time, " +
		sign + " * (CASE WHEN " + timed + " THEN 1 ELSE 0 END) AS closed_timed, " +
		sign + " * (CASE WHEN " + timed + " THEN " + CloseSeconds(dia, "r") + " ELSE 0 END) AS close_seconds " +
		"FROM " + source + " JOIN enterprises e ON e.id = r.enterprise_id " +
		"LEFT JOIN self_checks s ON s.id = r.self_check_id LEFT JOIN checklist_items i ON i.id = r.item_id"
}

// insertTallies inserts the grouped, non-zero sums of the given row selects.
func insertTallies(selects ...string) string {
	return "INSERT INTO finding_tallies (" + tallyColumns + ") SELECT " + tallyKey + ", " + tallySums +
		" FROM (" + strings.Join(selects, " UNION ALL ") + ") d WHERE true GROUP BY " + tallyKey + " HAVING " + tallyLive
}

// findingColumns are the finding columns the tallies depend on.
var findingColumns = []string{"enterprise_id", "self_check_id", "item_id", "status", "overdue", "closed_at", "due_at", "created_at"}

// sqliteRow is a finding row of a SQLite trigger (NEW or OLD) as a table r.
func sqliteRow(which string) string {
	cols := make([]string, len(findingColumns))
	for i, c := range findingColumns {
		cols[i] = which + "." + c + " AS " + c
	}
	return "(SELECT " + strings.Join(cols, ", ") + ") r"
}

// changed is a SQLite WHEN condition: one of the columns changed.
func changed(cols ...string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = "OLD." + c + " IS NOT NEW." + c
	}
	return strings.Join(parts, " OR ")
}

// parentMove is how the findings under a parent move when it changes: the
// parent table, the findings' column naming it, the parent column that is
// part of the key and the key column it overrides.
type parentMove struct{ table, ref, column, key string }

var parentMoves = []parentMove{
	{"enterprises", "enterprise_id", "district_id", "district"},
	{"self_checks", "self_check_id", "task_id", "task"},
	{"checklist_items", "item_id", "category", "category"},
}

// rows selects the tally rows of the findings under the parent rows src
// (aliased p: id and the key column), counted sign times, with key as the
// value of the key column.
func (m parentMove) rows(dia, src, sign, key string) string {
	var district, task, category string
	switch m.key {
	case "district":
		district = key
	case "task":
		task = key
	case "category":
		category = key
	}
	return tallyRows(dia, "findings r JOIN "+src+" ON r."+m.ref+" = p.id", sign, district, task, category)
}

// left is the value a deleted parent leaves its findings with: their
// reference is set to NULL — or, for an enterprise, they go with it (none).
func (m parentMove) left() string {
	switch m.key {
	case "task":
		return "0"
	case "category":
		return "''"
	}
	return ""
}

// deleted selects the tally rows that move when the parent row OLD is
// deleted: out of its key, into the value they are left with. It runs
// before the row goes, while the findings still join it.
func (m parentMove) deleted(dia string) string {
	src := "(SELECT OLD.id AS id, OLD." + m.column + " AS " + m.column + ") p"
	out := []string{m.rows(dia, src, "-1", "p."+m.column)}
	if v := m.left(); v != "" {
		out = append(out, m.rows(dia, src, "1", v))
	}
	return insertTallies(out...)
}

// lockParents (PostgreSQL) share-locks the parents of the changed findings
// before their keys are read. Without it a finding written while its
// enterprise moves to another district (or its item changes category) is
// booked under the parent's old key by one trigger while the move's trigger,
// not seeing the uncommitted finding, moves its old state: the tallies
// drift. FOR SHARE conflicts with the parent update's row lock, so one
// waits for the other to commit, and the second trigger's statements see
// the first's change. (SQLite has a single writer.)
func lockParents(tables ...string) string {
	var out string
	for _, m := range parentMoves {
		var ids []string
		for _, t := range tables {
			ids = append(ids, "SELECT "+m.ref+" FROM "+t)
		}
		out += "PERFORM 1 FROM " + m.table + " WHERE id IN (" + strings.Join(ids, " UNION ") + ") ORDER BY id FOR SHARE; "
	}
	return out
}

// tallyDDL returns the statements that create the triggers.
func tallyDDL(dia string) []string {
	name := func(s string) string { return "finding_tallies_" + tallyVersion + "_" + s }
	all := func(source, sign string) string { return tallyRows(dia, source, sign, "", "", "") }
	var out []string
	if dia == dialect.Postgres {
		fn := func(n, body, ret string) string {
			return "CREATE OR REPLACE FUNCTION " + name(n) + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
				body + "; RETURN " + ret + "; END $$"
		}
		stmt := func(n, event, table, referencing string) string {
			return "CREATE TRIGGER " + name(n) + " AFTER " + event + " ON " + table + " REFERENCING " + referencing +
				" FOR EACH STATEMENT EXECUTE FUNCTION " + name(n) + "()"
		}
		out = append(out,
			fn("ins", lockParents("new_rows")+insertTallies(all("new_rows r", "1")), "NULL"),
			stmt("ins", "INSERT", "findings", "NEW TABLE AS new_rows"),
			fn("del", lockParents("old_rows")+insertTallies(all("old_rows r", "-1")), "NULL"),
			stmt("del", "DELETE", "findings", "OLD TABLE AS old_rows"),
			fn("upd", lockParents("old_rows", "new_rows")+insertTallies(all("old_rows r", "-1"), all("new_rows r", "1")), "NULL"),
			stmt("upd", "UPDATE", "findings", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
		)
		for _, m := range parentMoves {
			pair := func(side string) string {
				return "(SELECT " + side + ".id, " + side + "." + m.column + " FROM old_rows o JOIN new_rows n ON n.id = o.id AND n." +
					m.column + " IS DISTINCT FROM o." + m.column + ") p"
			}
			out = append(out,
				fn(m.table+"_upd", insertTallies(m.rows(dia, pair("o"), "-1", "p."+m.column), m.rows(dia, pair("n"), "1", "p."+m.column)), "NULL"),
				stmt(m.table+"_upd", "UPDATE", m.table, "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
				fn(m.table+"_del", m.deleted(dia), "OLD"),
				"CREATE TRIGGER "+name(m.table+"_del")+" BEFORE DELETE ON "+m.table+" FOR EACH ROW EXECUTE FUNCTION "+name(m.table+"_del")+"()")
		}
		return out
	}
	trigger := func(n, when, body string) string {
		return "CREATE TRIGGER " + name(n) + " " + when + " BEGIN " + body + "; END"
	}
	out = append(out,
		trigger("ins", "AFTER INSERT ON findings", insertTallies(all(sqliteRow("NEW"), "1"))),
		trigger("del", "AFTER DELETE ON findings", insertTallies(all(sqliteRow("OLD"), "-1"))),
		trigger("upd", "AFTER UPDATE OF "+strings.Join(findingColumns, ", ")+" ON findings WHEN "+changed(findingColumns...),
			insertTallies(all(sqliteRow("OLD"), "-1"), all(sqliteRow("NEW"), "1"))),
	)
	for _, m := range parentMoves {
		row := func(which string) string {
			return "(SELECT " + which + ".id AS id, " + which + "." + m.column + " AS " + m.column + ") p"
		}
		out = append(out,
			trigger(m.table+"_upd", "AFTER UPDATE OF "+m.column+" ON "+m.table+" WHEN "+changed(m.column),
				insertTallies(m.rows(dia, row("OLD"), "-1", "p."+m.column), m.rows(dia, row("NEW"), "1", "p."+m.column))),
			trigger(m.table+"_del", "BEFORE DELETE ON "+m.table, m.deleted(dia)))
	}
	return out
}

// installTallies creates the triggers of this version if they are missing,
// dropping any other version's, and fills the tallies from scratch — in one
// transaction that holds off every writer of findings and their parents
// (replicas starting together install it once).
func installTallies(ctx context.Context, db *sql.DB, dia string) error {
	marker := "finding_tallies_" + tallyVersion + "_ins"
	present := func(q interface {
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}) (bool, error) {
		query := "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = $1"
		if dia == dialect.Postgres {
			query = "SELECT count(*) FROM pg_trigger WHERE tgname = $1"
		}
		var n int
		err := q.QueryRowContext(ctx, query, marker).Scan(&n)
		return n > 0, err
	}
	if ok, err := present(db); err != nil || ok {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if dia == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "LOCK TABLE findings, enterprises, self_checks, checklist_items, finding_tallies IN SHARE ROW EXCLUSIVE MODE"); err != nil {
			return err
		}
	}
	if ok, err := present(tx); err != nil || ok {
		return err
	}
	// Any other version's triggers.
	var old []string
	query := "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'finding_tallies_%'"
	if dia == dialect.Postgres {
		query = "SELECT tgname || ' ON ' || tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE 'finding_tallies_%'"
	}
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		old = append(old, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	stmts := make([]string, 0, len(old)+32)
	for _, n := range old {
		stmts = append(stmts, "DROP TRIGGER IF EXISTS "+n)
	}
	stmts = append(stmts, "DELETE FROM finding_tallies", insertTallies(tallyRows(dia, "findings r", "1", "", "", "")))
	stmts = append(stmts, tallyDDL(dia)...)
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("db: tallies: %w (%.120s)", err, s)
		}
	}
	return tx.Commit()
}

// CompactTallies merges the tally rows of each key into one (dropping keys
// that sum to nothing). Safe beside writers and other replicas: on
// PostgreSQL the rows summed are exactly the rows deleted (one statement);
// SQLite has a single writer.
func CompactTallies(ctx context.Context, db *sql.DB, dia string) error {
	if dia == dialect.Postgres {
		_, err := db.ExecContext(ctx, "WITH gone AS (DELETE FROM finding_tallies RETURNING "+tallyColumns+
			") INSERT INTO finding_tallies ("+tallyColumns+") SELECT "+tallyKey+", "+tallySums+
			" FROM gone GROUP BY "+tallyKey+" HAVING "+tallyLive)
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var last sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT max(id) FROM finding_tallies").Scan(&last); err != nil || !last.Valid {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO finding_tallies ("+tallyColumns+") SELECT "+tallyKey+", "+tallySums+
		" FROM finding_tallies WHERE id <= $1 GROUP BY "+tallyKey+" HAVING "+tallyLive, last.Int64); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM finding_tallies WHERE id <= $1", last.Int64); err != nil {
		return err
	}
	return tx.Commit()
}

// CompactTalliesEvery merges the tallies every interval until ctx ends.
func CompactTalliesEvery(ctx context.Context, db *sql.DB, dia string, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := CompactTallies(ctx, db, dia); err != nil && ctx.Err() == nil {
			slog.Warn("merging the finding tallies", "err", err)
		}
	}
}

// VerifyTallies recomputes every tally from the findings and returns the
// keys whose maintained figures differ ("district/task/category/status/
// overdue/month: maintained … recomputed …"); none when they all match.
func VerifyTallies(ctx context.Context, db *sql.DB, dia string) ([]string, error) {
	read := func(query string) (map[string]string, error) {
		rows, err := db.QueryContext(ctx, query)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string]string{}
		for rows.Next() {
			var d, t, n, on, timed, secs int64
			var cat, status, month string
			var overdue bool
			if err := rows.Scan(&d, &t, &cat, &status, &overdue, &month, &n, &on, &timed, &secs); err != nil {
				return nil, err
			}
			out[fmt.Sprintf("%d/%d/%s/%s/%v/%s", d, t, cat, status, overdue, month)] = fmt.Sprintf("%d findings, %d on time, %d timed, %d s", n, on, timed, secs)
		}
		return out, rows.Err()
	}
	kept, err := read("SELECT " + tallyKey + ", " + tallySums + " FROM finding_tallies GROUP BY " + tallyKey + " HAVING " + tallyLive)
	if err != nil {
		return nil, err
	}
	fresh, err := read("SELECT " + tallyKey + ", " + tallySums + " FROM (" + tallyRows(dia, "findings r", "1", "", "", "") +
		") d GROUP BY " + tallyKey + " HAVING " + tallyLive)
	if err != nil {
		return nil, err
	}
	var diffs []string
	for k, v := range fresh {
		if kept[k] != v {
			diffs = append(diffs, k+": maintained "+orNone(kept[k])+", recomputed "+v)
		}
	}
	for k, v := range kept {
		if _, ok := fresh[k]; !ok {
			diffs = append(diffs, k+": maintained "+v+", recomputed none")
		}
	}
	slices.Sort(diffs)
	return diffs, nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
