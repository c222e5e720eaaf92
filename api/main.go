// Command greencheck runs the GreenCheck platform: the GraphQL API, the SPA
// and the periodic jobs, on an embedded SQLite file or on PostgreSQL.
package main

import (
	"context"
	"entgo.io/ent/dialect"
	"errors"
	"fmt"
	"greencheck/api/files"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"greencheck/api/auth"
	"greencheck/api/db"
	"greencheck/api/demo"
	"greencheck/api/events"
	"greencheck/api/notify"
	"greencheck/api/overdue"
	"greencheck/api/server"
	"greencheck/graph"
)

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	tuneGC()
	if err := run(); err != nil {
		slog.Error("greencheck stopped", "err", err)
		os.Exit(1)
	}
}

// tuneGC trades memory for CPU unless GOGC or GOMEMLIMIT say otherwise: the
// heap may grow to five times what is live between collections (GOGC=400;
// a request allocates a great deal that dies with it), collected sooner as
// the heap nears 1 GiB (a soft limit; a workbook being read may pass it).
// In the benchmarks' A/B (issue 10): Q1 +5 %, Q2 +11 % throughput.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

func logLevel() slog.Level {
	if os.Getenv("GREENCHECK_DEBUG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelInfo
}

func run() error {
	start := time.Now()
	cfg, err := loadConfig()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// A privacy rule anchored on an edge or column its entity lacks stops
	// the server here, never a user's request.
	if err := db.CheckPolicies(); err != nil {
		return fmt.Errorf("privacy policies: %w", err)
	}
	database, err := db.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return err
	}
	defer database.Close()
	slog.Info("database open", "dialect", database.Dialect, "ms", time.Since(start).Milliseconds())

	if cfg.Demo {
		loaded, err := demo.LoadIfEmpty(ctx, database.Client)
		if err != nil {
			return fmt.Errorf("demo city: %w", err)
		}
		if loaded {
			slog.Info("demo city loaded", "ms", time.Since(start).Milliseconds())
		}
		if ok, _ := demo.Present(ctx, database.Client); ok {
			printDemoAccounts()
		}
	}

	authn := auth.New(database.Client, cfg.JWTSecret)
	if database.Dialect == dialect.Postgres {
		// Replicas share revocations: each caches viewers only while it
		// hears every other's (api/auth/viewers.go). The embedded SQLite
		// database has one process.
		authn.ListenForRevocations(ctx, cfg.DatabaseURL)
	}
	// Events reach subscribers on every replica: through LISTEN/NOTIFY on
	// PostgreSQL, in-process on the embedded SQLite (one process).
	var bus events.Bus = events.NewLocal()
	if database.Dialect == dialect.Postgres {
		bus = events.NewPostgres(ctx, database.SQL, cfg.DatabaseURL)
	}
	notifier := notify.New(database.Client, bus)
	store, err := files.NewStore(filepath.Join(cfg.DataDir, "files"))
	if err != nil {
		return err
	}
	res := graph.NewResolver(database.Client, authn, notifier, bus, store)
	res.Exports.SyncRows = cfg.ExportSyncRows
	handler := server.New(res, authn, server.Options{
		CORSOrigins:    cfg.CORSOrigins,
		StaticDir:      staticDir(cfg.StaticDir),
		Ready:          database.SQL.PingContext,
		TrustedProxies: cfg.TrustedProxies,
		RequestTimeout: cfg.RequestTimeout,
		ImportTimeout:  cfg.ImportTimeout,
		ExportTimeout:  cfg.ExportTimeout,
	})
	// Warnings' outbound channels: the outbox sent after each commit, and
	// retries (and other replicas' deliveries) every 5 seconds.
	sender := res.Alerts.NewSender()
	sender.AllowLoopback = os.Getenv("GREENCHECK_WEBHOOK_LOOPBACK") == "1"
	go sender.Run(ctx, 5*time.Second)
	// The warnings' escalation ladder (re-push, call list), every minute.
	go res.Alerts.EscalateEvery(ctx, database.SQL, database.Dialect, time.Minute)
	// Deadlines: mark overdue findings and send reminders, every 15 minutes.
	go overdue.New(database.Client, notifier, database.Dialect, database.SQL).Every(ctx, 15*time.Minute)
	// Questions nobody answered in time: the district administrators told.
	go res.Consult.EscalateEvery(ctx, 5*time.Minute)
	// The finding tallies' rows merged (api/db/tally.go), every minute.
	go db.CompactTalliesEvery(ctx, database.SQL, database.Dialect, time.Minute)
	// Uploaded contents no record uses (a crash mid-upload): swept daily.
	go res.Files.SweepEvery(ctx, 24*time.Hour, func(n int, err error) {
		if err != nil {
			slog.Warn("file sweep", "err", err)
		} else if n > 0 {
			slog.Info("file sweep", "removed", n)
		}
	})

	// Exports: expired files removed, interrupted ones marked, every 5 minutes.
	go res.Exports.SweepEvery(ctx, 5*time.Minute)

	srv := &http.Server{Addr: cfg.Addr, Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	slog.Info("GreenCheck is listening", "addr", cfg.Addr, "startup_ms", time.Since(start).Milliseconds())
	// Profiles for the benchmarks (scripts/compare): only on an address of
	// its own, only when asked, never on the public one.
	if addr := os.Getenv("GREENCHECK_PPROF_ADDR"); addr != "" {
		mux := http.NewServeMux()
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		go func() { slog.Warn("pprof", "err", http.ListenAndServe(addr, mux)) }()
	}

	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	case <-ctx.Done():
		slog.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
	return nil
}

func staticDir(dir string) string {
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir
	}
	return ""
}

func printDemoAccounts() {
	fmt.Fprintln(os.Stderr, `
WARNING: the demo city is loaded and its accounts exist, all with the password "greencheck".
Never run with GREENCHECK_DEMO=1 on a database that holds real data.
  admin    CITY_ADMIN      长沙市生态环境局 (the whole city)
  furong   DISTRICT_ADMIN  芙蓉区
  yuelu    DISTRICT_ADMIN  岳麓区
  expert   EXPERT          芙蓉区, 天心区
  qiye     ENTERPRISE      长沙星城彩印包装有限公司 (芙蓉区, has open findings)
  e0001…e1739  ENTERPRISE  one per demo enterprise; tianxin, kaifu, yuhua, wangcheng,
                           changsha, liuyang, ningxiang, xiangjiang: DISTRICT_ADMIN`)
}
