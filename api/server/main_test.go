package server_test

import (
	"context"
	"os"
	"testing"

	"entgo.io/ent/privacy"

	"greencheck/api/apitest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	apitest.CloseDemos()
	os.Exit(code)
}

// sys is the context of the tests' own look-ups, outside any viewer.
var sys = privacy.DecisionContext(context.Background(), privacy.Allow)
