// Package lifecycle is the finding lifecycle (问题闭环) defined once: its
// statuses, which of them are open, which await the enterprise, and the
// transitions between them with the kind of actor that makes each. The ent
// schema (the status enum and the privacy rules), the services, the reports
// and — through the API's findingLifecycle query and each finding's
// viewerCan — the SPA all read it from here.
//
// It imports no generated code, so the schema can import it.
package lifecycle

import "slices"

// A finding's statuses, in the order of the closed loop (整改闭环): 发现 →
// 交办 → 整改 → 核查 → 销号 (docs: domain.md §5).
const (
	Found      = "FOUND"      // 发现: recorded by a self-check, a visit or a cross-check
	Assigned   = "ASSIGNED"   // 交办: handed to the enterprise with a deadline
	Rectifying = "RECTIFYING" // 整改中: the enterprise is working on it
	Submitted  = "SUBMITTED"  // 待核查: a rectification awaits review
	Verified   = "VERIFIED"   // 核查通过: the review accepted it (销号 follows)
	Rejected   = "REJECTED"   // 退回: the review refused it, with a reason and a deadline
	Closed     = "CLOSED"     // 销号: struck off
	Invalid    = "INVALID"    // 无效: not a problem after all
)

// Statuses are all statuses, in workflow order (the schema's enum).
var Statuses = []string{Found, Assigned, Rectifying, Submitted, Verified, Rejected, Closed, Invalid}

// OpenStatuses are the statuses of a problem not yet resolved: counted as
// open in every figure and list ("open" filter on findings).
var OpenStatuses = []string{Found, Assigned, Rectifying, Submitted, Rejected}

// AwaitingEnterprise are the open statuses in which the enterprise owes a
// rectification: it may submit one, deadlines and reminders apply.
var AwaitingEnterprise = []string{Found, Assigned, Rectifying, Rejected}

// Open reports whether status is open.
func Open(status string) bool { return slices.Contains(OpenStatuses, status) }

// Awaits reports whether the enterprise owes a rectification in status.
func Awaits(status string) bool { return slices.Contains(AwaitingEnterprise, status) }

// Actor is who makes a transition: the enterprise, or a reviewer (a district
// or city administrator, or the expert a district delegated the review to).
// Which users are which is the privacy rules' business, not this package's.
type Actor string

const (
	Enterprise Actor = "ENTERPRISE"
	Reviewer   Actor = "REVIEWER"
)

// Transition is one step of the lifecycle.
type Transition struct {
	Name string   // the API's name for it
	From []string // the statuses it starts from
	To   string
	By   Actor
}

// Transitions are every step a finding may take.
var Transitions = []Transition{
	{"startRectification", []string{Found, Assigned}, Rectifying, Enterprise},
	{"submitRectification", AwaitingEnterprise, Submitted, Enterprise},
	// A desk review that approves verifies and strikes off at once
	// (VERIFIED then CLOSED, both audited).
	{"approve", []string{Submitted}, Closed, Reviewer},
	{"reject", []string{Submitted}, Rejected, Reviewer},
	{"invalidate", OpenStatuses, Invalid, Reviewer},
}

// EnterpriseSets are the statuses an enterprise's own writes may set (the
// privacy rule on findings): where its transitions lead, and the first
// status of a finding its self-check creates.
func EnterpriseSets() []string {
	out := []string{Found}
	for _, t := range Transitions {
		if t.By == Enterprise && !slices.Contains(out, t.To) {
			out = append(out, t.To)
		}
	}
	return out
}

// Next returns the transitions possible from status.
func Next(status string) []Transition {
	var out []Transition
	for _, t := range Transitions {
		if slices.Contains(t.From, status) {
			out = append(out, t)
		}
	}
	return out
}

// Can reports whether the named transition may start from status.
func Can(name, status string) bool {
	for _, t := range Next(status) {
		if t.Name == name {
			return true
		}
	}
	return false
}

// As converts statuses to a typed enum (ent's finding.Status), for callers
// that build queries: lifecycle.As[finding.Status](lifecycle.OpenStatuses).
func As[T ~string](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		out[i] = T(s)
	}
	return out
}
