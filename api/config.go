package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"greencheck/api/exchange"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config is read from the environment; see README "Configuration".
type Config struct {
	Addr        string   // GREENCHECK_ADDR, default :8080
	DataDir     string   // GREENCHECK_DATA_DIR, default data
	DatabaseURL string   // DATABASE_URL; empty = embedded SQLite
	JWTSecret   []byte   // JWT_SECRET
	CORSOrigins []string // CORS_ORIGINS, comma-separated
	Demo        bool     // GREENCHECK_DEMO; default on for embedded SQLite
	StaticDir   string   // GREENCHECK_STATIC_DIR, default frontend/dist
	// GREENCHECK_TRUSTED_PROXIES: addresses or CIDR blocks of the reverse
	// proxies whose X-Forwarded-For is believed; none by default.
	TrustedProxies []netip.Prefix
	// GREENCHECK_REQUEST_TIMEOUT (default 10s), GREENCHECK_IMPORT_TIMEOUT
	// (multipart uploads and imports, default 60s), GREENCHECK_EXPORT_TIMEOUT
	// (default 60s): Go durations.
	RequestTimeout, ImportTimeout, ExportTimeout time.Duration
	// GREENCHECK_EXPORT_SYNC_ROWS: exports of at most this many rows are
	// written within the request, larger ones in the background (100 to
	// 100,000; default 10,000).
	ExportSyncRows int
}

func loadConfig() (Config, error) {
	c := Config{
		Addr:        env("GREENCHECK_ADDR", ":8080"),
		DataDir:     env("GREENCHECK_DATA_DIR", "data"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		StaticDir:   env("GREENCHECK_STATIC_DIR", "frontend/dist"),
	}
	for _, o := range strings.Split(os.Getenv("CORS_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.CORSOrigins = append(c.CORSOrigins, o)
		}
	}
	for _, p := range strings.Split(os.Getenv("GREENCHECK_TRUSTED_PROXIES"), ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			a, aerr := netip.ParseAddr(p)
			if aerr != nil {
				return c, fmt.Errorf("GREENCHECK_TRUSTED_PROXIES: %q is neither an address nor a CIDR block", p)
			}
			prefix = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
		}
		c.TrustedProxies = append(c.TrustedProxies, prefix.Masked())
	}
	for _, d := range []struct {
		key  string
		into *time.Duration
		def  time.Duration
	}{{"GREENCHECK_REQUEST_TIMEOUT", &c.RequestTimeout, 10 * time.Second},
		{"GREENCHECK_IMPORT_TIMEOUT", &c.ImportTimeout, 60 * time.Second},
		{"GREENCHECK_EXPORT_TIMEOUT", &c.ExportTimeout, 60 * time.Second}} {
		*d.into = d.def
		if v := os.Getenv(d.key); v != "" {
			t, err := time.ParseDuration(v)
			if err != nil || t <= 0 || t > 10*time.Minute {
				return c, fmt.Errorf("%s=%q: a duration from 1ms to 10m, such as 10s", d.key, v)
			}
			*d.into = t
		}
	}
	c.ExportSyncRows = exchange.SyncRows
	if v := os.Getenv("GREENCHECK_EXPORT_SYNC_ROWS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 100 || n > 100_000 {
			return c, fmt.Errorf("GREENCHECK_EXPORT_SYNC_ROWS=%q: a number of rows from 100 to 100000", v)
		}
		c.ExportSyncRows = n
	}
	embedded := c.DatabaseURL == ""
	c.Demo = embedded
	if v := os.Getenv("GREENCHECK_DEMO"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("GREENCHECK_DEMO=%q: %w", v, err)
		}
		c.Demo = b
	}
	switch secret := os.Getenv("JWT_SECRET"); {
	case len(secret) >= 32:
		c.JWTSecret = []byte(secret)
	case secret != "":
		return c, errors.New("JWT_SECRET must have at least 32 characters")
	case embedded:
		s, err := dataDirSecret(c.DataDir)
		if err != nil {
			return c, err
		}
		c.JWTSecret = s
	default:
		return c, errors.New("JWT_SECRET is required with DATABASE_URL (every replica must share it)")
	}
	return c, nil
}

// dataDirSecret returns the signing secret kept in the data folder,
// generating it (mode 0600) on first start.
func dataDirSecret(dir string) ([]byte, error) {
	p := filepath.Join(dir, "jwt_secret")
	if b, err := os.ReadFile(p); err == nil && len(b) >= 32 {
		return b, nil
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	s := []byte(hex.EncodeToString(raw))
	if err := os.WriteFile(p, s, 0o600); err != nil {
		return nil, err
	}
	return s, nil
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
