package apitest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// Binary builds the server (./api) once per test binary and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "greencheck-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "greencheck")
		root, err := moduleRoot()
		if err != nil {
			buildErr = err
			return
		}
		cmd := exec.Command("go", "build", "-o", binary, "./api")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build ./api: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("apitest: no go.mod above the test")
		}
		dir = parent
	}
}

// Process starts the server as a process of its own over databaseURL (the
// demo city loaded if the database is empty), as one replica of several
// behind a load balancer, and returns an Env addressing it once it is
// ready. The process is stopped when the test ends.
func Process(t testing.TB, databaseURL string) *Env {
	t.Helper()
	return ProcessIn(t, databaseURL, t.TempDir())
}

// ProcessIn is Process with the server's data directory (uploads, and the
// SQLite database when databaseURL is empty) at dir.
func ProcessIn(t testing.TB, databaseURL, dir string) *Env {
	t.Helper()
	bin := Binary(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+databaseURL, "JWT_SECRET="+string(Secret), "GREENCHECK_DEMO=1",
		"GREENCHECK_DATA_DIR="+dir, "GREENCHECK_ADDR="+addr, "GREENCHECK_STATIC_DIR=",
		"CORS_ORIGINS=http://localhost:5173")
	log, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		if t.Failed() {
			out, _ := os.ReadFile(log.Name())
			t.Logf("server %s log:\n%s", addr, out)
		}
	})
	url := "http://" + addr
	deadline := time.Now().Add(90 * time.Second)
	for {
		res, err := http.Get(url + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server %s not ready after 90 s", addr)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return &Env{Server: &httptest.Server{URL: url}, tokens: map[string]string{}, PID: cmd.Process.Pid}
}
