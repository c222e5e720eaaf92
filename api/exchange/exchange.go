// Package exchange is Excel out (导出): every list of the platform and every
// report written to a workbook (.xlsx) or a CSV file, with the list's own
// filters and order, in the viewer's privacy scope, with Chinese (or
// English) headers and dictionary labels (api/labels), and text cells for
// anything a spreadsheet could read as a formula.
//
// An export is an ExportJob. The rows are counted first: up to SyncRows
// (10,000) the file is written within the request and the job comes back
// DONE; beyond, it is written in the background, a page of PageSize rows
// at a time, with its progress (%) kept in the job's row and published on
// the event bus (exportJobUpdated), and a notification with a link when it
// ends. Files are kept 7 days; each user has at most one running export
// (a partial unique index: CONFLICT). A background export whose replica
// stopped is marked FAILED by Sweep once it has not progressed for
// StaleAfter.
package exchange

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/privacy"
	"github.com/xuri/excelize/v2"

	"greencheck/api/apperr"
	"greencheck/api/audit"
	"greencheck/api/clock"
	"greencheck/api/db"
	"greencheck/api/events"
	"greencheck/api/input"
	"greencheck/api/labels"
	"greencheck/api/notify"
	"greencheck/api/partner"
	"greencheck/api/report"
	"greencheck/api/viewer"
	"greencheck/api/visit"
	"greencheck/ent"
	"greencheck/ent/exportjob"
	"greencheck/ent/user"
)

// Limits and timings of exports.
const (
	// SyncRows: exports of at most this many rows are written within the
	// request.
	SyncRows = 10_000
	// MaxRows bounds one export (a worksheet holds 1,048,576 rows).
	MaxRows = 1_000_000
	// PageSize rows are read per statement (and its eager loads).
	PageSize = 5_000
	// Keep is how long a file stays downloadable.
	Keep = 7 * 24 * time.Hour
	// StaleAfter: a running export that has not progressed for this long
	// lost its replica and is marked FAILED.
	StaleAfter = 10 * time.Minute
	// MaxPerDay bounds the exports a user starts in 24 hours.
	MaxPerDay = 100
	// MaxRunning bounds a background export's time.
	MaxRunning = 30 * time.Minute
)

// Service starts exports, runs them and serves their files.
type Service struct {
	client   *ent.Client
	notify   *notify.Service
	bus      events.Bus
	reports  *report.Service
	partners *partner.Service
	problems *visit.Service
	dir      string
	// SyncRows and PageSize default to the package's constants; tests
	// lower them to reach the background path with few rows.
	SyncRows, PageSize int
	now                func() time.Time
	running            sync.WaitGroup
}

// New returns the export service writing its files under dir.
func New(client *ent.Client, notifier *notify.Service, bus events.Bus, reports *report.Service, partners *partner.Service, dir string) (*Service, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("exports folder: %w", err)
	}
	return &Service{client: client, notify: notifier, bus: bus, reports: reports, partners: partners, problems: visit.New(client, notifier), dir: dir,
		SyncRows: SyncRows, PageSize: PageSize, now: time.Now}, nil
}

// Topic is the bus topic of an export's changes (progress, end).
func Topic(id int) string { return fmt.Sprintf("export:%d", id) }

// Wait blocks until the background exports started so far have ended
// (tests; a server's shutdown).
func (s *Service) Wait() { s.running.Wait() }

// sheet is what an export writes: its name, its columns' headers and
// widths, its rows counted and read a page at a time.
// described is a sheet whose workbook says what it holds on a second
// sheet (说明: label, value rows); a CSV has no room for it.
type described interface{ about() [][2]string }

type sheet interface {
	title(lang string) string
	header(lang string) []string
	widths() []float64
	count(ctx context.Context) (int, error)
	// pages calls each with the cells of every page of rows in order.
	pages(ctx context.Context, lang string, size int, each func(rows [][]any) error) error
}

// ListInput is one list's export (GraphQL ExportListInput): the format and
// exactly one list with its filters and order, as the list's connection
// takes them.
type ListInput struct {
	Format      exportjob.Format
	ClientKey   *string
	Enterprises *EnterprisesInput
	Findings    *FindingsInput
	Users       *UsersInput
	Tasks       *TasksInput
	Warnings    *WarningsInput
	Notices     *NoticesInput
	Questions   *QuestionsInput
	Trainings   *TrainingsInput
	Visits      *VisitsInput
	APIKeys     *APIKeysInput
	// Problems is the problem list (帮扶清单).
	Problems *ProblemsInput
}

// ExportList exports one list as the viewer reads it.
func (s *Service) ExportList(ctx context.Context, in ListInput) (*ent.ExportJob, error) {
	kind, sh, err := s.listOf(in)
	if err != nil {
		return nil, err
	}
	req := in
	req.Format, req.ClientKey = "", nil
	return s.start(ctx, kind, in.Format, in.ClientKey, fingerprint(req), sh)
}

// fingerprint names a request's content (JSON, hashed): a client key
// retried with another request is refused.
func fingerprint(v any) string {
	raw, _ := json.Marshal(v)
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// ExportReport exports a report's rows (at most report.MaxLimit: always
// within the request), titled name when given (a saved report's: the file
// and its sheet; BAD_USER_INPUT at name when too long or not text).
func (s *Service) ExportReport(ctx context.Context, in report.Input, format exportjob.Format, clientKey *string, name string) (*ent.ExportJob, error) {
	// Control characters are refused for every argument (graph's checkString).
	name = strings.TrimSpace(input.Text(name))
	if max := input.MaxLen("SavedReport", "name"); input.Runes(name) > max {
		return nil, apperr.Input("name", "input.too_long", "name", max)
	}
	rep, err := s.reports.Run(ctx, in)
	if err != nil {
		return nil, err
	}
	notes, err := s.reports.Describe(ctx, in)
	if err != nil {
		return nil, err
	}
	return s.start(ctx, exportjob.ListREPORT, format, clientKey, fingerprint([]any{in, name}), reportSheet{rep, notes, name})
}

// clock is now as stored: UTC, microseconds (no monotonic reading).
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

func (s *Service) start(ctx context.Context, kind exportjob.List, format exportjob.Format, clientKey *string, fp string, sh sheet) (*ent.ExportJob, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, string(apperr.Unauthenticated))
	}
	if v.Role == viewer.RolePartner {
		return nil, apperr.New(apperr.Forbidden, "partner.read_only")
	}
	if format == "" {
		format = exportjob.FormatXLSX
	}
	if err := exportjob.FormatValidator(format); err != nil {
		return nil, apperr.Input("format", "input.invalid", "format")
	}
	var key *string
	if clientKey != nil {
		// As it is stored (api/input: NFC, trimmed), so a retry finds it.
		k := strings.TrimSpace(input.Text(*clientKey))
		switch {
		case k == "" || input.Check(k) != "":
			return nil, apperr.Input("clientKey", "input.invalid", "clientKey")
		case input.Runes(k) > input.MaxLen("ExportJob", "clientKey"):
			return nil, apperr.Input("clientKey", "input.too_long", "clientKey", input.MaxLen("ExportJob", "clientKey"))
		}
		key = &k
		if done, err := s.retried(ctx, v.UserID, k, kind, format, fp); done != nil || err != nil {
			return done, err
		}
	}
	now := s.clock()
	started, err := s.client.ExportJob.Query().Where(exportjob.UserID(v.UserID), exportjob.CreatedAtGT(now.Add(-24*time.Hour))).Count(ctx)
	if err != nil {
		return nil, err
	}
	if started >= MaxPerDay {
		return nil, apperr.New(apperr.RateLimited, "export.quota", MaxPerDay)
	}
	total, err := sh.count(ctx)
	if err != nil {
		return nil, err
	}
	if total > MaxRows {
		return nil, apperr.New(apperr.BadUserInput, "export.too_many", total, MaxRows).WithField("input")
	}
	lang := apperr.Lang(ctx)
	name := fmt.Sprintf("%s-%s.%s", fileTitle(sh.title(lang)), now.In(clock.Shanghai).Format("20060102-150405"), strings.ToLower(string(format)))
	// The export and its trace in the audit trail (who took which rows
	// out), together.
	var job *ent.ExportJob
	err = db.WithTx(ctx, s.client, func(ctx context.Context, tx *ent.Client) error {
		var err error
		job, err = tx.ExportJob.Create().SetUserID(v.UserID).SetList(kind).SetFormat(format).SetFingerprint(fp).
			SetBackground(total > s.SyncRows).
			SetTotal(total).SetFileName(name).SetCreatedAt(now).SetUpdatedAt(now).SetExpiresAt(now.Add(Keep)).
			SetNillableClientKey(key).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Entry{Action: "export.start", SubjectType: "ExportJob", SubjectID: job.ID,
			To: map[string]any{"list": kind, "format": format, "rows": total}})
	})
	if ent.IsConstraintError(err) {
		// A retry racing its first request finds it; anything else is the
		// viewer's other running export.
		if key != nil {
			if done, err := s.retried(ctx, v.UserID, *key, kind, format, fp); done != nil || err != nil {
				return done, err
			}
		}
		return nil, apperr.New(apperr.Conflict, "export.running")
	}
	if err != nil {
		return nil, err
	}
	// The rows are read as the viewer alone — the privacy rules decide
	// every one — outside the GraphQL operation, whose selection would
	// otherwise shape entgql's pages (no edges selected: no rows).
	bg := apperr.WithLang(viewer.NewContext(context.Background(), v), lang)
	if total <= s.SyncRows {
		rctx, cancel := context.WithCancel(bg)
		defer cancel()
		defer context.AfterFunc(ctx, cancel)()
		return s.run(rctx, job, sh, lang, false), nil
	}
	// Beyond, the export outlives the request, bounded by MaxRunning, and
	// stops if its owner's account is deactivated.
	s.running.Add(1)
	go func() {
		defer s.running.Done()
		bctx, cancel := context.WithTimeout(bg, MaxRunning)
		defer cancel()
		s.run(bctx, job, sh, lang, true)
	}()
	return job, nil
}

// retried is the export a client key started, if any; a key used for
// another request is refused.
func (s *Service) retried(ctx context.Context, userID int, key string, kind exportjob.List, format exportjob.Format, fp string) (*ent.ExportJob, error) {
	done, err := s.client.ExportJob.Query().Where(exportjob.UserID(userID), exportjob.ClientKey(key)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if done.List != kind || done.Format != format || done.Fingerprint != fp {
		return nil, apperr.KeyReused("export")
	}
	return done, nil
}

// run writes job's file and records its end; background exports notify
// their owner.
func (s *Service) run(ctx context.Context, job *ent.ExportJob, sh sheet, lang string, background bool) *ent.ExportJob {
	path, size, rows, err := s.write(ctx, job, sh, lang)
	// Recorded whatever ended it — a cancelled request, the deadline —
	// so the user is not left with a running export.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	upd := s.client.ExportJob.UpdateOneID(job.ID).SetFinishedAt(s.clock())
	revoked := errors.Is(err, errRevoked)
	switch {
	case revoked:
		upd.SetStatus(exportjob.StatusFAILED).SetFailure("export.revoked")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		upd.SetStatus(exportjob.StatusFAILED).SetFailure("export.interrupted")
	case err != nil:
		slog.Warn("export failed", "job", job.ID, "list", job.List, "err", err)
		upd.SetStatus(exportjob.StatusFAILED).SetFailure("export.failed")
	default:
		upd.SetStatus(exportjob.StatusDONE).SetProgress(100).SetRows(rows).SetPath(path).SetSize(size)
	}
	done, uerr := upd.Save(ctx)
	if uerr != nil {
		slog.Warn("export not recorded", "job", job.ID, "err", uerr)
		if path != "" {
			_ = os.Remove(filepath.Join(s.dir, path))
		}
		done = job
		done.Status, done.Failure = exportjob.StatusFAILED, "export.failed"
	}
	s.bus.Publish(events.Event{Topic: Topic(job.ID), ID: job.ID})
	if background && !revoked {
		s.tell(ctx, done, lang)
	}
	return done
}

// errRevoked stops the export of an account deactivated while it ran.
var errRevoked = errors.New("account deactivated")

// stillActive: the export's owner may still sign in.
func (s *Service) stillActive(ctx context.Context, userID int) error {
	ok, err := s.client.User.Query().Where(user.ID(userID), user.Active(true)).Exist(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return err
	}
	if !ok {
		return errRevoked
	}
	return nil
}

// tell notifies the owner of a background export's end, with the link to
// the exports page.
func (s *Service) tell(ctx context.Context, job *ent.ExportJob, lang string) {
	m := notify.Message{UserID: job.UserID, Kind: "EXPORT_DONE", Link: "/exports",
		Title: fmt.Sprintf("导出完成：%s（%d 行）", job.FileName, job.Rows), Body: "文件保留 7 天，请在「导出任务」中下载。"}
	if lang == "en" {
		m.Title, m.Body = fmt.Sprintf("Export ready: %s (%d rows)", job.FileName, job.Rows), "Kept for 7 days: download it from Exports."
	}
	if job.Status == exportjob.StatusFAILED {
		m.Kind, m.Title, m.Body = "EXPORT_FAILED", "导出失败："+job.FileName, "请稍后重试，或缩小筛选范围。"
		if lang == "en" {
			m.Title, m.Body = "Export failed: "+job.FileName, "Try again later, or narrow the filters."
		}
	}
	if err := s.notify.Send(ctx, m); err != nil {
		slog.Warn("export notification", "job", job.ID, "err", err)
	}
}

// write writes the sheet to a new file in the exports folder, recording
// progress as pages are written, and returns its name in the folder.
func (s *Service) write(ctx context.Context, job *ent.ExportJob, sh sheet, lang string) (name string, size int64, rows int, err error) {
	tmp, err := os.CreateTemp(s.dir, "tmp-*")
	if err != nil {
		return "", 0, 0, err
	}
	defer func() {
		tmp.Close()
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	var w rowWriter
	if job.Format == exportjob.FormatCSV {
		w = newCSV(tmp)
	} else {
		var x *xlsxWriter
		x, err = newXLSX(sh.title(lang), sh.widths())
		if err != nil {
			return "", 0, 0, err
		}
		if d, ok := sh.(described); ok {
			x.aboutTitle, x.about = labels.Pick([2]string{"说明", "About"}, lang), d.about()
		}
		w = x
	}
	defer w.close()
	if err = w.header(sh.header(lang)); err != nil {
		return "", 0, 0, err
	}
	progress, last := 0, time.Now()
	err = sh.pages(ctx, lang, s.PageSize, func(page [][]any) error {
		if err := s.stillActive(ctx, job.UserID); err != nil {
			return err
		}
		for _, r := range page {
			if rows >= MaxRows {
				return apperr.New(apperr.BadUserInput, "export.too_many", rows+1, MaxRows)
			}
			if err := w.row(r); err != nil {
				return err
			}
			rows++
		}
		// Progress is kept below 100 until the file is complete; written
		// at most every second (and on every page of a large export).
		p := min(99, rows*100/max(1, job.Total))
		if p != progress && time.Since(last) >= time.Second || p-progress >= 5 {
			progress, last = p, time.Now()
			if err := s.client.ExportJob.UpdateOneID(job.ID).SetProgress(p).SetRows(rows).Exec(ctx); err != nil {
				return err
			}
			s.bus.Publish(events.Event{Topic: Topic(job.ID), ID: job.ID})
		}
		return nil
	})
	if err != nil {
		return "", 0, rows, err
	}
	if err = w.finish(tmp); err != nil {
		return "", 0, rows, err
	}
	if err = tmp.Sync(); err != nil {
		return "", 0, rows, err
	}
	st, err := tmp.Stat()
	if err != nil {
		return "", 0, rows, err
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	name = fmt.Sprintf("%d-%s.%s", job.ID, hex.EncodeToString(rnd[:]), strings.ToLower(string(job.Format)))
	if err = os.Rename(tmp.Name(), filepath.Join(s.dir, name)); err != nil {
		return "", 0, rows, err
	}
	return name, st.Size(), rows, nil
}

// rowWriter writes one file's rows.
type rowWriter interface {
	header(cells []string) error
	row(cells []any) error
	finish(w io.Writer) error
	close()
}

// Safe is a text cell as it may be written: a value a spreadsheet would
// read as a formula (starting with = + - @, a tab or a carriage return) is
// prefixed with an apostrophe (OWASP's advice for CSV). XLSX cells are
// written as strings and never as formulas, so they keep the text as is.
func Safe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// csvWriter writes RFC 4180 CSV with every text field quoted — a field
// holding a separator of another locale (;) stays one field — and
// neutralized (Safe); numbers are written bare.
type csvWriter struct {
	buf *bufio.Writer
}

// newCSV writes UTF-8 with a byte-order mark, so Excel reads the Chinese.
func newCSV(f *os.File) *csvWriter {
	b := bufio.NewWriterSize(f, 64<<10)
	_, _ = b.WriteString("\ufeff")
	return &csvWriter{buf: b}
}

func (c *csvWriter) quoted(s string) {
	c.buf.WriteByte('"')
	c.buf.WriteString(strings.ReplaceAll(s, `"`, `""`))
	c.buf.WriteByte('"')
}

func (c *csvWriter) header(cells []string) error {
	for i, h := range cells {
		if i > 0 {
			c.buf.WriteByte(',')
		}
		c.quoted(h)
	}
	_, err := c.buf.WriteString("\r\n")
	return err
}

func (c *csvWriter) row(cells []any) error {
	for i, v := range cells {
		if i > 0 {
			c.buf.WriteByte(',')
		}
		switch x := v.(type) {
		case nil:
		case string:
			c.quoted(Safe(x))
		default:
			c.buf.WriteString(fmt.Sprint(x))
		}
	}
	_, err := c.buf.WriteString("\r\n")
	return err
}

func (c *csvWriter) finish(io.Writer) error { return c.buf.Flush() }

func (c *csvWriter) close() {}

type xlsxWriter struct {
	book *excelize.File
	sw   *excelize.StreamWriter
	n    int
	// about, when any, is written to a second sheet titled aboutTitle.
	aboutTitle string
	about      [][2]string
}

// newXLSX opens a workbook of one sheet (its title), the header bold and
// frozen. excelize's stream writer keeps rows beyond a few megabytes in a
// temporary file: memory stays flat however many rows.
func newXLSX(title string, widths []float64) (*xlsxWriter, error) {
	book := excelize.NewFile()
	if err := book.SetSheetName("Sheet1", sheetName(title)); err != nil {
		book.Close()
		return nil, err
	}
	sw, err := book.NewStreamWriter(sheetName(title))
	if err != nil {
		book.Close()
		return nil, err
	}
	// excelize's stream writer puts each width before the ones set
	// earlier; Excel wants them in column order (else it offers to repair
	// the file): set from the last column back.
	for i := len(widths) - 1; i >= 0; i-- {
		if widths[i] > 0 {
			_ = sw.SetColWidth(i+1, i+1, widths[i])
		}
	}
	_ = sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	return &xlsxWriter{book: book, sw: sw}, nil
}

// fileTitle is a title as a download's name may hold it: the characters
// a file name may not (/ \ : * ? " < > |) read _ (a saved report's name
// titles its export).
func fileTitle(title string) string {
	return strings.Map(func(c rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, c) {
			return '_'
		}
		return c
	}, title)
}

// sheetName is a title as a worksheet may be named (31 characters, none of
// []:*?/\).
func sheetName(title string) string {
	title = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, title)
	if r := []rune(title); len(r) > 31 {
		title = string(r[:31])
	}
	return title
}

func (x *xlsxWriter) header(cells []string) error {
	style, err := x.book.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8F3EE"}}})
	if err != nil {
		return err
	}
	row := make([]any, len(cells))
	for i, c := range cells {
		row[i] = excelize.Cell{StyleID: style, Value: c}
	}
	x.n = 1
	return x.sw.SetRow("A1", row)
}

func (x *xlsxWriter) row(cells []any) error {
	x.n++
	cell, err := excelize.CoordinatesToCellName(1, x.n)
	if err != nil {
		return err
	}
	return x.sw.SetRow(cell, cells)
}

func (x *xlsxWriter) finish(w io.Writer) error {
	if err := x.sw.Flush(); err != nil {
		return err
	}
	if len(x.about) > 0 {
		if _, err := x.book.NewSheet(x.aboutTitle); err != nil {
			return err
		}
		_ = x.book.SetColWidth(x.aboutTitle, "A", "A", 14)
		_ = x.book.SetColWidth(x.aboutTitle, "B", "B", 80)
		for i, r := range x.about {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			// Strings, never formulas (as every cell of the export).
			if err := x.book.SetSheetRow(x.aboutTitle, cell, &[]any{r[0], r[1]}); err != nil {
				return err
			}
		}
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	if _, err := x.book.WriteTo(bw); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return bw.Flush()
}

func (x *xlsxWriter) close() { _ = x.book.Close() }

// Download is a finished export's file for its owner.
type Download struct {
	Name    string
	Path    string
	ModTime time.Time
	Type    string
}

// Errors of Open.
var (
	ErrNotReady = errors.New("export not finished")
	ErrGone     = errors.New("export expired")
)

// Open finds the file of export id as the viewer reads it (its owner
// only: ent.NotFoundError for anyone else), ErrNotReady while it runs or
// if it failed, ErrGone once expired.
func (s *Service) Open(ctx context.Context, id int) (*Download, error) {
	job, err := s.client.ExportJob.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if job.Status != exportjob.StatusDONE || job.Path == "" {
		return nil, ErrNotReady
	}
	if !job.ExpiresAt.After(s.clock()) {
		return nil, ErrGone
	}
	p := filepath.Join(s.dir, filepath.Base(job.Path))
	if _, err := os.Stat(p); err != nil {
		return nil, ErrGone
	}
	ct := "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	if job.Format == exportjob.FormatCSV {
		ct = "text/csv; charset=utf-8"
	}
	return &Download{Name: job.FileName, Path: p, ModTime: *job.FinishedAt, Type: ct}, nil
}

// URL is where a finished export is downloaded (GET, with the owner's
// session); "" while it is not.
func URL(job *ent.ExportJob) string {
	if job.Status != exportjob.StatusDONE {
		return ""
	}
	return fmt.Sprintf("/exports/jobs/%d", job.ID)
}

// Subscribe streams export id as the viewer reads it: at once, then on
// each change, until it has ended (or ctx ends).
func (s *Service) Subscribe(ctx context.Context, id int) (<-chan *ent.ExportJob, error) {
	in := s.bus.Subscribe(ctx, Topic(id))
	job, err := s.client.ExportJob.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make(chan *ent.ExportJob, 1)
	out <- job
	if job.Status != exportjob.StatusRUNNING {
		close(out)
		return out, nil
	}
	go func() {
		defer close(out)
		for range in {
			job, err := s.client.ExportJob.Get(ctx, id)
			if err != nil {
				return
			}
			select {
			case out <- job:
			case <-ctx.Done():
				return
			}
			if job.Status != exportjob.StatusRUNNING {
				return
			}
		}
	}()
	return out, nil
}

// Sweep removes expired exports and their files, marks FAILED the running
// ones that stopped progressing (their replica stopped), and removes
// temporary files older than a day. It returns how many exports it
// removed.
func (s *Service) Sweep(ctx context.Context) (int, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	now := s.clock()
	stopped, err := s.client.ExportJob.Query().
		Where(exportjob.StatusEQ(exportjob.StatusRUNNING), exportjob.UpdatedAtLT(now.Add(-StaleAfter))).IDs(ctx)
	if err != nil {
		return 0, err
	}
	if len(stopped) > 0 {
		if err := s.client.ExportJob.Update().Where(exportjob.IDIn(stopped...), exportjob.StatusEQ(exportjob.StatusRUNNING)).
			SetStatus(exportjob.StatusFAILED).SetFailure("export.interrupted").SetFinishedAt(now).Exec(ctx); err != nil {
			return 0, err
		}
		for _, id := range stopped {
			s.bus.Publish(events.Event{Topic: Topic(id), ID: id})
		}
	}
	gone, err := s.client.ExportJob.Query().Where(exportjob.ExpiresAtLTE(now)).All(ctx)
	if err != nil {
		return 0, err
	}
	for _, j := range gone {
		if j.Path != "" {
			if err := os.Remove(filepath.Join(s.dir, filepath.Base(j.Path))); err != nil && !errors.Is(err, os.ErrNotExist) {
				return 0, err
			}
		}
		if err := s.client.ExportJob.DeleteOneID(j.ID).Exec(ctx); err != nil && !ent.IsNotFound(err) {
			return 0, err
		}
	}
	tmps, _ := filepath.Glob(filepath.Join(s.dir, "tmp-*"))
	for _, t := range tmps {
		if st, err := os.Stat(t); err == nil && now.Sub(st.ModTime()) > 24*time.Hour {
			_ = os.Remove(t)
		}
	}
	return len(gone), nil
}

// SweepEvery sweeps every interval until ctx ends.
func (s *Service) SweepEvery(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if n, err := s.Sweep(ctx); err != nil {
			slog.Warn("export sweep", "err", err)
		} else if n > 0 {
			slog.Info("export sweep", "removed", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Failure is why a job failed, in lang ("" when it did not).
func Failure(job *ent.ExportJob, lang string) string {
	if job.Failure == "" {
		return ""
	}
	return apperr.New(apperr.Internal, job.Failure).Message(lang)
}
