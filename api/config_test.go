package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmbeddedModeKeepsAGeneratedSecretInTheDataFolder(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GREENCHECK_DATA_DIR", dir)
	t.Setenv("DATABASE_URL", "")
	t.Setenv("JWT_SECRET", "")
	t.Setenv("GREENCHECK_DEMO", "")
	c1, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, "jwt_secret"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("secret file mode = %v, want 0600", st.Mode().Perm())
	}
	c2, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if len(c1.JWTSecret) < 32 || !bytes.Equal(c1.JWTSecret, c2.JWTSecret) {
		t.Error("the secret is not generated once and kept")
	}
	if !c1.Demo || c1.Addr != ":8080" {
		t.Errorf("embedded defaults: %+v", c1)
	}
}

func TestPostgreSQLModeNeedsASharedSecret(t *testing.T) {
	t.Setenv("DATABASE_URL", "postgres://x@127.0.0.1/x")
	t.Setenv("JWT_SECRET", "")
	if _, err := loadConfig(); err == nil {
		t.Error("PostgreSQL mode started without JWT_SECRET")
	}
	t.Setenv("JWT_SECRET", "short")
	if _, err := loadConfig(); err == nil {
		t.Error("a short JWT_SECRET was accepted")
	}
	t.Setenv("JWT_SECRET", "a-long-enough-secret-for-every-replica")
	t.Setenv("CORS_ORIGINS", "http://localhost:5173, https://greencheck.example")
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Demo || len(c.CORSOrigins) != 2 {
		t.Errorf("postgres defaults: demo %v, origins %v", c.Demo, c.CORSOrigins)
	}
}

func TestTrustedProxiesAreAddressesOrBlocks(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	t.Setenv("GREENCHECK_DATA_DIR", t.TempDir())
	t.Setenv("GREENCHECK_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7 ,::1")
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.TrustedProxies {
		got = append(got, p.String())
	}
	if strings.Join(got, " ") != "10.0.0.0/8 192.168.1.7/32 ::1/128" {
		t.Errorf("trusted proxies = %v", got)
	}
	t.Setenv("GREENCHECK_TRUSTED_PROXIES", "proxy.internal")
	if _, err := loadConfig(); err == nil {
		t.Error("a host name was accepted as a trusted proxy")
	}
}
