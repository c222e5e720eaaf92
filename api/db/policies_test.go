package db_test

import (
	"testing"

	"greencheck/api/db"
	_ "greencheck/ent/runtime"
)

// TestPolicyAnchorsMatchTheSchema builds every privacy filter for a viewer
// of each role: a rule anchored on an edge or column its entity lacks (the
// InspectionTask write rule once filtered tasks on district_id) fails here.
func TestPolicyAnchorsMatchTheSchema(t *testing.T) {
	if err := db.CheckPolicies(); err != nil {
		t.Fatal(err)
	}
}
