package graph

import (
	"context"
	"encoding/json"
	"greencheck/api/report"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"greencheck/api/apperr"
	"greencheck/api/input"
)

// The bounds every GraphQL request meets before it runs (README "Limits").
// The SPA's heaviest query, checked by TestSPAQueriesPassTheLimits, uses a
// small fraction of each.
const (
	// MaxPage is the largest page a connection returns (GitHub's rule).
	MaxPage = 100
	// MaxQueryBytes bounds the GraphQL document (not its variables).
	MaxQueryBytes = 64 << 10
	// MaxTokens bounds the parser: names, punctuation and values count one
	// each. The SPA's longest document has about 200.
	MaxTokens = 5000
	// MaxSelections bounds the fields one selection set asks for once
	// fragments are spread into it; MaxSameName bounds how often one
	// response name repeats there. Both keep validation linear: gqlparser
	// compares every pair of same-named fields.
	MaxSelections = 200
	MaxSameName   = 10
	// MaxShapeFields bounds the fields of a document with its fragments
	// spread wherever they are used (the SPA's largest has about 60).
	MaxShapeFields = 10_000
	// MaxDepth bounds the nesting of selections.
	MaxDepth = 12
	// MaxSchemaFields and MaxTypeFields bound the introspection fields
	// __schema (GraphiQL and codegen ask once) and __type of a request.
	MaxSchemaFields = 1
	MaxTypeFields   = 20
	// MaxFilterDepth bounds the nesting of a where filter: each has…With
	// level and each and/or/not counts one.
	MaxFilterDepth = 3
	// MaxIDs bounds nodes(ids:); MaxIDList every other list of ids (a
	// filter's idIn, a task's listed enterprises); MaxListItems every other
	// list; MaxListTotal the items of all lists of a request together.
	MaxIDs       = 100
	MaxIDList    = 5000 // selfcheck.MaxListedEnterprises
	MaxListItems = 1000
	MaxListTotal = 10_000
	// MaxFilterBranches bounds a filter's and/or/has…With lists: a
	// database parses a long chain of conditions as deeply as it is long
	// (SQLite refuses an expression deeper than 1,000).
	MaxFilterBranches = 100
	// MaxCursorBytes bounds a pagination cursor (this API's are < 100).
	MaxCursorBytes = 512
	// DefaultMaxCost bounds the cost (see Limits).
	DefaultMaxCost = 50_000
	// filterEdgeWeight is the cost of one has…With level: a correlated
	// subquery over another table, scoped by its own privacy policy.
	filterEdgeWeight = 10
)

// scanWeight is the cost of the figures computed by grouping the viewer's
// findings (not from the maintained tallies): each scans the findings in
// scope, as a page of that many rows would cost.
var scanWeight = map[string]int{
	"Query.findingTrend":       1000,
	"Query.findingsByIndustry": 1000,
	// The problem list groups findings, rectifications, notices,
	// self-checks and questions in scope (api/visit/problems.go).
	"Query.problemList": 1000,
	// The Q&A figures read every question of the period in scope.
	"Query.questionFigures": 1000,
	// Training coverage reads the attendances in scope.
	"Query.trainingCoverage": 1000,
	// The legal bases read every item of the published checklists.
	"Query.legalInstruments": 100,
	"Query.legalInstrument":  100,
	// A report groups the rows of its cube in scope (or the summaries).
	"Query.report": 1000,
	// The dashboard is three reports (api/report/dashboard.go); the
	// rectification figures one grouped read of the findings in scope.
	"Query.dashboard": 3000, "Query.rectificationFigures": 1000,
	// A saved report's figures run it; a watched one runs it again each
	// time it is checked.
	"SavedReport.figures":        1000,
	"Subscription.reportUpdated": 1000,
}

// listBounds are how many elements each plain list of objects (not a
// connection: those are bounded by their page) is costed at — the most it
// holds in practice, from the domain's limits where they are smaller — so
// a selection under a list costs that many times (the legal bases' 28
// instruments × their articles × their items, say). A list missing here
// is costed at defaultListBound; TestEveryObjectListIsBounded fails on one.
var listBounds = map[string]int{
	// People's districts and a warning's or training's: a city's ~10, a
	// province's districts at most a few dozen per account.
	"APIKey.districts": 20, "Expert.districts": 20, "Training.districts": 20, "User.districts": 20,
	"Viewer.districts": 20, "Warning.districts": 20, "District.experts": 20,
	// Files of one record: at most files.MaxFiles per submission, a few submissions.
	"Answer.attachments": 9, "Question.attachments": 9, "Reply.attachments": 9, "Rectification.evidence": 9,
	"Visit.photos": 9, "WarningNotice.checkPhotos": 9, "WarningNotice.evidence": 9, "UploadFilesPayload.attachments": 9,
	"Training.materials": 30, // training.MaxMaterials
	// Legal bases: an item cites a few instruments; the checklists in
	// force cite ~30 instruments, an instrument ~15 articles, an article
	// a handful of items.
	"ChecklistItem.legalRefs": 5, "Finding.legalBasis": 5, "FindingPreview.legalBasis": 5,
	"Query.legalInstruments": 40, "LegalInstrument.articles": 20, "LegalArticle.items": 10,
	"SelfCheck.applicableItems":       100, // a checklist's items (the default has 59)
	"SubmitSelfCheckPayload.findings": 100,
	"Enterprise.contacts":             10,
	"EmissionPlan.measures":           20, "Warning.measures": 6, "Query.warningDefaultMeasures": 6,
	"Warning.rounds": 10, "WarningNotice.calls": 10, "WarningNotice.checks": 10,
	"WarningNotice.measures": 20, "WarningNotice.reportItems": 20, "WebhookDelivery.log": 10,
	"Query.pendingWarningNotices": 5,
	// Figures by district, grade, category, reason, month, answerer.
	"Dashboard.byCategory": 10, "Dashboard.byDistrict": 20, "TaskProgress.byDistrict": 20,
	"TrainingCoverageFigures.byDistrict": 20, "QuestionFigures.byDistrict": 20, "QuestionFigures.byAnswerer": 50,
	"WarningBoard.byDistrict": 20, "WarningBoard.byGrade": 6, "WarningBoard.byRound": 10,
	"WarningRecipientPreview.byDistrict": 20, "WarningRecipientPreview.byGrade": 6,
	"ProblemList.byReason": 6, "ProblemEntry.reasons": 6, "ProblemList.entries": 100, // its first ≤ MaxPage
	"Query.findingTrend": 24, "Query.findingsByIndustry": 30, // report.MaxIndustries
	"FindingLifecycle.statuses": 10, "FindingLifecycle.transitions": 20,
	"EmissionPlanImport.changes": 100, "EmissionPlanImport.problems": 100,
	"RegistryImport.problems": 500, // admin.maxProblems
	// Reports: report.MaxLimit rows of at most report.MaxDimensions values;
	// the schema's seven cubes and their catalogues; report.MaxPinned on a home.
	"Report.rows": 1000, "ReportRow.dimensions": 3, "Report.measures": 12, "Report.dimensions": 3,
	"Query.reportSchema": 7, "Query.dashboardReports": 8, "ReportCubeInfo.measures": 12, "ReportCubeInfo.dimensions": 20, "ReportCubeInfo.timeFields": 3,
	// Partner keys: a year of days, partner.MaxPersistedQueries per key.
	"Query.apiKeyUsage": 366, "APIKey.persistedQueries": 100,
	"Query.visitTeamCandidates": 20, "Visit.team": 20, "Visit.planSteps": 20,
}

// fromRow are the lists that come with their parent — held in its row
// (JSON: measures, rounds, contacts, legal references) or computed with it
// (figures by district, the legal bases' articles) — whose elements cost
// nothing more to read: with scalar fields only they cost their selection
// once. Every other list (an edge read per parent row, applicableItems)
// costs its selection times its bound, whatever it selects.
var fromRow = map[string]bool{
	"ChecklistItem.legalRefs": true, "Finding.legalBasis": true, "FindingPreview.legalBasis": true,
	"EmissionPlan.measures": true, "Warning.measures": true, "Warning.rounds": true, "WarningNotice.calls": true,
	"WarningNotice.checks": true, "WarningNotice.measures": true, "WarningNotice.reportItems": true,
	"WebhookDelivery.log": true, "Visit.planSteps": true, "Enterprise.contacts": true,
	"Dashboard.byCategory": true, "Dashboard.byDistrict": true, "TaskProgress.byDistrict": true,
	"TrainingCoverageFigures.byDistrict": true, "QuestionFigures.byDistrict": true, "QuestionFigures.byAnswerer": true,
	"WarningBoard.byDistrict": true, "WarningBoard.byGrade": true, "WarningBoard.byRound": true,
	"WarningRecipientPreview.byDistrict": true, "WarningRecipientPreview.byGrade": true,
	"ProblemList.byReason": true, "ProblemList.entries": true, "ProblemEntry.reasons": true,
	"FindingLifecycle.statuses": true, "FindingLifecycle.transitions": true,
	"EmissionPlanImport.changes": true, "EmissionPlanImport.problems": true, "RegistryImport.problems": true,
	"Query.findingTrend": true, "Query.findingsByIndustry": true, "Query.warningDefaultMeasures": true,
	"Report.rows": true, "ReportRow.dimensions": true, "Report.measures": true, "Report.dimensions": true,
	"Query.reportSchema": true, "ReportCubeInfo.measures": true, "ReportCubeInfo.dimensions": true, "ReportCubeInfo.timeFields": true,
	"LegalInstrument.articles": true, "LegalArticle.items": true, "UploadFilesPayload.attachments": true,
}

// reachesObjects reports whether a selection asks for an object below
// its own fields (a connection, an edge).
func (w walker) reachesObjects(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			if x.Definition == nil || strings.HasPrefix(x.Name, "__") {
				continue
			}
			if d := w.l.schema.Types[x.Definition.Type.Name()]; d != nil && d.Kind != ast.Scalar && d.Kind != ast.Enum {
				return true
			}
		case *ast.InlineFragment:
			if w.reachesObjects(x.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if x.Definition != nil && w.reachesObjects(x.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

// fieldNames lists the fields a selection outputs, fragments expanded.
func (w walker) fieldNames(set ast.SelectionSet, out *[]string) {
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			*out = append(*out, x.Name)
		case *ast.InlineFragment:
			w.fieldNames(x.SelectionSet, out)
		case *ast.FragmentSpread:
			if x.Definition != nil {
				w.fieldNames(x.Definition.SelectionSet, out)
			}
		}
	}
}

// repeated is the number of fields a selection outputs more than once
// (the same field under several aliases, __typename included).
func (w walker) repeated(set ast.SelectionSet) int {
	var names []string
	w.fieldNames(set, &names)
	seen := map[string]bool{}
	n := 0
	for _, name := range names {
		if seen[name] {
			n++
		}
		seen[name] = true
	}
	return n
}

// repeats reports whether a selection outputs a field more than once.
func (w walker) repeats(set ast.SelectionSet) bool { return w.repeated(set) > 0 }

// defaultListBound is the cost multiplier of a list not in listBounds.
const defaultListBound = 100

// listBound is how many times a list field's selection counts.
func listBound(f *ast.FieldDefinition, owner string) int {
	if f.Type.Elem == nil {
		return 1
	}
	if n, ok := listBounds[owner]; ok {
		return n
	}
	return defaultListBound
}

// Shape refuses, before gqlgen parses and validates it, a document that is
// too long, has too many tokens, or asks one selection set for too many
// fields — the kinds of document that make validation slow. A document
// already in the query cache passed before and is not looked at again.
type Shape struct {
	Cache graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = Shape{}

func (Shape) ExtensionName() string                   { return "GreenCheckShape" }
func (Shape) Validate(graphql.ExecutableSchema) error { return nil }

// QuerySize refuses a document over MaxQueryBytes before anything else
// sees it — the persisted-query cache included.
type QuerySize struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = QuerySize{}

func (QuerySize) ExtensionName() string                   { return "GreenCheckQuerySize" }
func (QuerySize) Validate(graphql.ExecutableSchema) error { return nil }

func (QuerySize) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if len(p.Query) > MaxQueryBytes {
		return present(ctx, apperr.New(apperr.ComplexityLimitExceeded, "limit.query_bytes", MaxQueryBytes/1024))
	}
	return nil
}

// MutateOperationParameters runs after QuerySize (the document is within
// MaxQueryBytes) and the persisted-query lookup.
func (s Shape) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if s.Cache != nil {
		if _, ok := s.Cache.Get(ctx, p.Query); ok {
			return nil
		}
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, MaxTokens)
	if err != nil {
		return nil // gqlgen's own parser reports it, stopping at the same limit
	}
	sh := &shape{doc: doc, memo: map[string]map[string]int{}, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		if e := sh.visit(op.SelectionSet); e != nil {
			return present(ctx, e)
		}
	}
	for _, f := range doc.Fragments {
		if e := sh.visit(f.SelectionSet); e != nil {
			return present(ctx, e)
		}
	}
	return nil
}

type shape struct {
	doc      *ast.QueryDocument
	memo     map[string]map[string]int
	visiting map[string]bool
	fields   int // fields looked at, fragments spread
}

// visit checks a selection set and every set nested in it.
func (s *shape) visit(set ast.SelectionSet) *apperr.Error {
	if len(set) == 0 {
		return nil
	}
	total := 0
	names := s.names(set)
	if s.fields > MaxShapeFields {
		return apperr.New(apperr.ComplexityLimitExceeded, "limit.fields_total", MaxShapeFields)
	}
	for name, n := range names {
		if n > MaxSameName {
			return apperr.New(apperr.ComplexityLimitExceeded, "limit.same_name", name, n, MaxSameName)
		}
		total = satAdd(total, n)
	}
	if total > MaxSelections {
		return apperr.New(apperr.ComplexityLimitExceeded, "limit.selections", total, MaxSelections)
	}
	return s.nested(set)
}

// nested visits the sub-selections of a set: those of fields with the same
// response name together, as execution merges them (m: me{a} m: me{b} is
// one selection of a and b).
func (s *shape) nested(set ast.SelectionSet) *apperr.Error {
	groups := map[string]ast.SelectionSet{}
	var order []string
	fields := rootFields(s.doc, set, nil)
	if s.fields += len(fields); s.fields > MaxShapeFields {
		return apperr.New(apperr.ComplexityLimitExceeded, "limit.fields_total", MaxShapeFields)
	}
	for _, f := range fields {
		if len(f.SelectionSet) == 0 {
			continue
		}
		name := f.Alias
		if name == "" {
			name = f.Name
		}
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] = append(groups[name], f.SelectionSet...)
	}
	for _, name := range order {
		if e := s.visit(groups[name]); e != nil {
			return e
		}
	}
	return nil
}

// names counts the response names of a selection set with its fragments
// spread (each fragment counted once and remembered; a cycle counts
// nothing — validation refuses it).
func (s *shape) names(set ast.SelectionSet) map[string]int {
	m := map[string]int{}
	merge := func(o map[string]int) {
		for k, v := range o {
			m[k] = satAdd(m[k], v)
		}
	}
	for _, sel := range set {
		switch x := sel.(type) {
		case *ast.Field:
			s.fields++
			name := x.Alias
			if name == "" {
				name = x.Name
			}
			m[name] = satAdd(m[name], 1)
		case *ast.InlineFragment:
			merge(s.names(x.SelectionSet))
		case *ast.FragmentSpread:
			if done, ok := s.memo[x.Name]; ok {
				merge(done)
				continue
			}
			f := s.doc.Fragments.ForName(x.Name)
			if f == nil || s.visiting[x.Name] {
				continue
			}
			s.visiting[x.Name] = true
			got := s.names(f.SelectionSet)
			s.visiting[x.Name] = false
			s.memo[x.Name] = got
			merge(got)
		}
	}
	return m
}

func satAdd(a, b int) int {
	if a > math.MaxInt32-b {
		return math.MaxInt32
	}
	return a + b
}

// Limits checks an operation after validation, before it runs:
//
//   - every connection asks for `first` or `last` between 0 and MaxPage;
//   - selections nest at most MaxDepth deep, filters MaxFilterDepth;
//   - nodes(ids:) names at most MaxIDs ids;
//   - every ID argument is a decimal id of the entity its position names
//     (BAD_USER_INPUT otherwise; a well-formed id of no entity is
//     NOT_FOUND, whatever its value);
//   - the cost stays within MaxCost. A field costs 1 (the scans of
//     scanWeight that much more); a plain list of objects 1 plus its
//     selection, times its listBounds when the selection reaches other
//     objects; a connection 1, plus
//     its filter, plus its selection times its page size; nodes(ids:) its
//     selection times the ids; a filter 1 per predicate and
//     filterEdgeWeight × (1 + its inside) per has…With level.
//
// The cost is reported in `extensions.cost {requested, limit}` of every
// response, and of the error when it is over. Nothing is executed when a
// check fails.
type Limits struct {
	MaxCost int
	schema  *ast.Schema
	ids     *idPositions
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = &Limits{}

func (*Limits) ExtensionName() string { return "GreenCheckLimits" }

// Validate resolves, once, which entity every ID position of the schema
// names; a position it cannot resolve stops the server from starting.
func (l *Limits) Validate(s graphql.ExecutableSchema) error {
	l.schema = s.Schema()
	ids, err := newIDPositions(l.schema)
	l.ids = ids
	return err
}

type costReport struct {
	Requested int `json:"requested"`
	Limit     int `json:"limit"`
}

func (l *Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	w := newWalker(l, oc.Variables, oc.Doc)
	if oc.Operation.Operation == ast.Subscription && len(rootFields(oc.Doc, oc.Operation.SelectionSet, nil)) != 1 {
		return present(ctx, apperr.New(apperr.ValidationFailed, "request.subscription_fields"))
	}
	root := l.schema.Query
	switch oc.Operation.Operation {
	case ast.Mutation:
		root = l.schema.Mutation
	case ast.Subscription:
		root = l.schema.Subscription
	}
	cost, err := w.cost(root, oc.Operation.SelectionSet, 1)
	if err != nil {
		return present(ctx, err)
	}
	report := costReport{Requested: cost, Limit: l.MaxCost}
	if cost > l.MaxCost {
		e := present(ctx, apperr.New(apperr.ComplexityLimitExceeded, string(apperr.ComplexityLimitExceeded), cost, l.MaxCost))
		e.Extensions["cost"] = report
		return e
	}
	oc.Stats.SetExtension("cost", report)
	return nil
}

// InterceptResponse adds extensions.cost to a response.
func (l *Limits) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if graphql.HasOperationContext(ctx) {
		if c, ok := graphql.GetOperationContext(ctx).Stats.GetExtension("cost").(costReport); ok {
			graphql.RegisterExtension(ctx, "cost", c)
		}
	}
	return next(ctx)
}

func present(ctx context.Context, err *apperr.Error) *gqlerror.Error {
	e := &gqlerror.Error{Message: err.Message(apperr.Lang(ctx)),
		Extensions: map[string]any{"code": string(err.Code)}}
	if err.Field != "" {
		e.Extensions["field"] = err.Field
	}
	return e
}

type walker struct {
	l    *Limits
	vars map[string]any
	doc  *ast.QueryDocument
	// measure skips the checks of values (a measurement of the SPA's own
	// documents, without real variables); deepest records the depth.
	measure bool
	deepest *int
	// visits counts the fields walked and items the list items read: a
	// field costs at least one, so a walk past MaxCost fields stops there
	// (fragments spread many times cannot make the walk itself long).
	visits, items *int
	// schemas and types count the introspection fields __schema and
	// __type (each answers from the static schema, but a whole schema is
	// megabytes): MaxSchemaFields and MaxTypeFields per request.
	schemas, types *int
	// reportRows is the rows the report being walked may return (its
	// input's limit): what its Report.rows cost, instead of the bound of
	// every report.
	reportRows int
}

// reportRows is the number of rows a report(input:) asks for: its limit,
// or report.DefaultLimit (a bad limit is refused by the report itself).
func reportRows(args map[string]any) int {
	in, _ := args["input"].(map[string]any)
	if n, ok := toInt(in["limit"]); ok && n >= 1 && n <= report.MaxLimit {
		return int(n)
	}
	return report.DefaultLimit
}

func (w walker) cost(parent *ast.Definition, set ast.SelectionSet, depth int) (int, *apperr.Error) {
	if len(set) == 0 {
		return 0, nil
	}
	if depth > MaxDepth {
		return 0, apperr.New(apperr.ComplexityLimitExceeded, "limit.depth", MaxDepth)
	}
	if w.deepest != nil {
		*w.deepest = max(*w.deepest, depth)
	}
	total, typenames := 0, 0
	for _, sel := range set {
		var c int
		var err *apperr.Error
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__typename" {
				if typenames++; typenames > 1 { // free once a selection
					c = 1
				}
			}
			c2, err2 := w.field(s, depth)
			c, err = c+c2, err2
		case *ast.InlineFragment:
			c, err = w.cost(parent, s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if f := w.doc.Fragments.ForName(s.Name); f != nil {
				c, err = w.cost(parent, f.SelectionSet, depth)
			}
		}
		if err != nil {
			return 0, err
		}
		total = satAdd(total, c)
	}
	return total, nil
}

func (w walker) field(f *ast.Field, depth int) (int, *apperr.Error) {
	if *w.visits++; *w.visits > w.l.MaxCost {
		return 0, apperr.New(apperr.ComplexityLimitExceeded, string(apperr.ComplexityLimitExceeded), *w.visits, w.l.MaxCost)
	}
	if f.Name == "__typename" {
		// Known without reading anything, and asked by every client that
		// caches (urql, Apollo) on every object: free — once a selection
		// (repeated under aliases, it is output like any field: repeats).
		return 0, nil
	}
	if f.Definition == nil || strings.HasPrefix(f.Name, "__") {
		// Introspection reads the static schema, not the database; its
		// nesting is bounded by gqlparser's MaxIntrospectionDepth rule, and
		// the whole schema (about a megabyte of JSON) is asked once.
		switch {
		case f.Name == "__schema" && w.schemas != nil:
			if *w.schemas++; *w.schemas > MaxSchemaFields {
				return 0, apperr.New(apperr.ComplexityLimitExceeded, "limit.introspection", "__schema", MaxSchemaFields)
			}
		case f.Name == "__type" && w.types != nil:
			if *w.types++; *w.types > MaxTypeFields {
				return 0, apperr.New(apperr.ComplexityLimitExceeded, "limit.introspection", "__type", MaxTypeFields)
			}
		}
		return 1, nil
	}
	owner := ""
	if f.ObjectDefinition != nil {
		owner = f.ObjectDefinition.Name + "." + f.Name
	}
	args := f.ArgumentMap(w.vars)
	argCost := 0
	for _, ad := range f.Definition.Arguments {
		v, ok := args[ad.Name]
		if !ok || v == nil {
			continue
		}
		// Errors name the field by its path in the argument, an input's
		// fields from the input itself ("measures.0.process"), as the
		// services do; other arguments by their name first ("where.…").
		path := ad.Name
		if path == "input" {
			path = ""
		}
		c, err := w.value(ad.Type, v, owner, ad.Name, path, 0)
		if err != nil {
			return 0, err
		}
		argCost = satAdd(argCost, c)
	}
	cw := w
	switch owner {
	case "Query.report":
		cw.reportRows = reportRows(args)
	case "SavedReport.figures":
		// A saved report's own limit is not known here: its rows cost
		// report.MaxLimit unless the figures ask for fewer.
		if n, ok := toInt(args["limit"]); ok && n >= 1 && n <= report.MaxLimit {
			cw.reportRows = int(n)
		}
	}
	children, err := cw.cost(w.l.schema.Types[f.Definition.Type.Name()], f.SelectionSet, depth+1)
	if err != nil {
		return 0, err
	}
	if owner == "Query.nodes" {
		ids, _ := args["ids"].([]any)
		if len(ids) > MaxIDs {
			return 0, apperr.Input("ids", "limit.ids", len(ids), MaxIDs)
		}
		return satAdd(1, satMul(children, len(ids))), nil
	}
	if !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		// A list held in its parent's row costs its scalar selection once —
		// unless the selection repeats a field under aliases: then every
		// element is output that many times, and costs so.
		if !strings.HasSuffix(owner, "Connection.edges") && (!fromRow[owner] || w.reachesObjects(f.SelectionSet) || w.repeats(f.SelectionSet)) {
			children = max(children, w.repeated(f.SelectionSet))
			bound := listBound(f.Definition, owner)
			if owner == "Report.rows" && w.reportRows > 0 {
				bound = w.reportRows
			}
			children = satMul(children, bound)
		}
		return satAdd(satAdd(satAdd(1, scanWeight[owner]), argCost), children), nil
	}
	if args["first"] != nil && args["last"] != nil {
		return 0, apperr.Input("last", "input.first_and_last", f.Name)
	}
	page := -1
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		n, ok := toInt(v)
		if !ok || n < 0 || n > MaxPage {
			return 0, apperr.Input(name, "input.page_size", name, f.Name, MaxPage)
		}
		page = max(page, int(n))
	}
	if page < 0 {
		return 0, apperr.Input("first", "input.pagination_required", f.Name)
	}
	// The page itself costs one; its items cost their selection each.
	return satAdd(satAdd(1, argCost), satMul(children, max(page, 1))), nil
}

// value walks an argument's value along its type: it checks ids and
// strings and counts the cost and depth of filters. name is the field's
// own name (what its checks are keyed by), path where it is in the
// argument (what errors name).
func (w walker) value(t *ast.Type, v any, owner, name, path string, filterDepth int) (int, *apperr.Error) {
	if v == nil {
		return 0, nil
	}
	at := func(err *apperr.Error) *apperr.Error {
		if err == nil || path == "" || err.Field != name {
			return err
		}
		return err.WithField(path)
	}
	if t.Elem != nil {
		list, ok := asList(v)
		if !ok {
			return w.value(t.Elem, v, owner, name, path, filterDepth) // a single value is coerced to a list
		}
		if t.Elem.Name() == "ID" && len(list) > MaxIDList {
			return 0, at(apperr.Input(name, "limit.ids", len(list), MaxIDList))
		}
		if t.Elem.Name() != "ID" && len(list) > MaxListItems {
			return 0, at(apperr.Input(name, "input.too_many", name, MaxListItems))
		}
		// ent's where inputs skip an empty …In list, an empty or and an
		// empty has…With, matching everything: a client asking for the rows
		// among none (or matching any of no filter) would be sent them all.
		// (An empty and, all of no filter, is every row, as ent answers.)
		if len(list) == 0 && strings.HasSuffix(owner, "WhereInput") &&
			(strings.HasSuffix(name, "In") && !strings.HasSuffix(name, "NotIn") || name == "or" || strings.HasPrefix(name, "has") && strings.HasSuffix(name, "With")) {
			return 0, at(apperr.Input(name, "input.empty_in", name))
		}
		if strings.HasSuffix(t.Elem.Name(), "WhereInput") && len(list) > MaxFilterBranches {
			return 0, at(apperr.Input(name, "input.too_many", name, MaxFilterBranches))
		}
		if *w.items += len(list); *w.items > MaxListTotal {
			return 0, at(apperr.New(apperr.ComplexityLimitExceeded, "limit.list_total", MaxListTotal).WithField(name))
		}
		total := len(list) // each item is read, sent to the database, compared
		if t.Elem.Name() == "ID" {
			total = 0 // ids are looked up by key
		}
		for i, item := range list {
			c, err := w.value(t.Elem, item, owner, name, strings.TrimPrefix(path+"."+strconv.Itoa(i), "."), filterDepth)
			if err != nil {
				return 0, err
			}
			total = satAdd(total, c)
		}
		return total, nil
	}
	def := w.l.schema.Types[t.NamedType]
	if def == nil {
		return 0, nil
	}
	switch {
	case w.measure && def.Kind != ast.InputObject:
		return 0, nil
	case def.Name == "ID":
		return 0, at(w.l.ids.check(owner, name, v))
	case def.Name == "Time":
		return 0, at(checkTime(name, v))
	case def.Name == "String":
		return 0, at(checkString(name, v))
	case def.Name == "Cursor":
		return 0, at(checkCursor(name, v))
	case def.Name == "Upload":
		if _, ok := v.(graphql.Upload); !ok {
			return 0, at(apperr.Input(name, "input.upload", name))
		}
		return 0, nil
	case def.Kind != ast.InputObject:
		return 0, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return 0, nil
	}
	filter := strings.HasSuffix(def.Name, "WhereInput")
	total := 0
	for k, fv := range m {
		fd := def.Fields.ForName(k)
		if fd == nil || fv == nil {
			continue
		}
		d := filterDepth
		edge := filter && strings.HasPrefix(k, "has") && strings.HasSuffix(k, "With")
		if filter && (edge || k == "and" || k == "or" || k == "not") {
			d++
			if d > MaxFilterDepth {
				return 0, apperr.New(apperr.ComplexityLimitExceeded, "limit.filter_depth", MaxFilterDepth, k).WithField(strings.TrimPrefix(path+"."+k, "."))
			}
		}
		c, err := w.value(fd.Type, fv, def.Name, k, strings.TrimPrefix(path+"."+k, "."), d)
		if err != nil {
			return 0, err
		}
		switch {
		case edge:
			c = satMul(filterEdgeWeight, satAdd(1, c))
		case filter && fd.Type.Name() != def.Name:
			c = satAdd(c, 1) // a predicate
		}
		total = satAdd(total, c)
	}
	return total, nil
}

// asList reads a list argument: a literal or JSON list ([]any), or the
// typed slice the variables' validation makes of a single value given for
// a list ([]map[string]any{v}, []string{v}…) — walked like any other, or
// its checks and cost would be skipped.
func asList(v any) ([]any, bool) {
	if l, ok := v.([]any); ok {
		return l, true
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice || rv.Type().Elem().Kind() == reflect.Uint8 {
		return nil, false
	}
	l := make([]any, rv.Len())
	for i := range l {
		l[i] = rv.Index(i).Interface()
	}
	return l, true
}

// newWalker returns a walker over an operation's document and variables.
func newWalker(l *Limits, vars map[string]any, doc *ast.QueryDocument) walker {
	return walker{l: l, vars: vars, doc: doc, visits: new(int), items: new(int), deepest: new(int), schemas: new(int), types: new(int)}
}

// rootFields flattens an operation's top-level selection (fragments
// spread) into its fields.
func rootFields(doc *ast.QueryDocument, set ast.SelectionSet, seen map[string]bool) []*ast.Field {
	if seen == nil {
		seen = map[string]bool{}
	}
	var out []*ast.Field
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			out = append(out, s)
		case *ast.InlineFragment:
			out = append(out, rootFields(doc, s.SelectionSet, seen)...)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && !seen[s.Name] {
				seen[s.Name] = true
				out = append(out, rootFields(doc, f.SelectionSet, seen)...)
			}
		}
	}
	return out
}

// checkCursor refuses what is not a cursor this API issued: too long to be
// one (a cursor is an id and a sort value; decoding is recursive, so its
// size is bounded first), undecodable, or carrying a sort value that is a
// list or a map.
func checkCursor(name string, v any) *apperr.Error {
	s, ok := v.(string)
	if !ok || len(s) > MaxCursorBytes {
		return apperr.Input(name, "input.cursor", name)
	}
	var c entgql.Cursor[int]
	if err := c.UnmarshalGQL(s); err != nil {
		return apperr.Input(name, "input.cursor", name)
	}
	switch c.Value.(type) {
	case nil, string, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64, time.Time:
		return nil
	}
	return apperr.Input(name, "input.cursor", name)
}

func satMul(a, b int) int {
	if a != 0 && b > math.MaxInt32/a {
		return math.MaxInt32
	}
	return a * b
}

// toInt reads an integer argument: a literal (int64) or a JSON variable
// (json.Number, since gqlgen decodes variables with UseNumber).
func toInt(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	case float64:
		return int64(n), n == float64(int64(n))
	case string: // gqlgen reads "10" as 10 when a variable says so
		i, err := strconv.ParseInt(n, 10, 64)
		return i, err == nil
	}
	return 0, false
}

func itoa(n int) string { return strconv.Itoa(n) }

// MaxStringRunes bounds any string argument (the schema's own limits, which
// are lower, apply where it is stored).
const (
	MaxStringRunes = input.MaxStringRunes
)

// MaxClientKeyRunes is the schema's bound of the keys phones send.
var MaxClientKeyRunes = input.MaxLen("Answer", "clientKey")

// Plausible years of any time an API caller gives (a due date, a filter).
const (
	MinYear = input.MinYear
	MaxYear = input.MaxYear
)

// checkTime refuses what is not an RFC 3339 time between MinYear and
// MaxYear (gqlgen's Time scalar would refuse it without a code).
func checkTime(name string, v any) *apperr.Error {
	s, ok := v.(string)
	if !ok {
		return apperr.Input(name, "input.time", name)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return apperr.Input(name, "input.time", name)
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return apperr.Input(name, "input.time", name) // RFC 3339 offsets end at ±23:59
	}
	if t.Year() < MinYear || t.Year() >= MaxYear {
		return apperr.Input(name, "input.time_range", name, MinYear, MaxYear-1)
	}
	return nil
}

// checkString refuses control characters (other than tab and line
// breaks), text-direction overrides and isolates, and strings made only
// of invisible characters. Normalization (NFC, trimming, full-width
// folding of codes) happens where strings are stored: api/input.
func checkString(name string, v any) *apperr.Error {
	s, ok := v.(string)
	if !ok {
		return nil // validation already checked the kind
	}
	limit := MaxStringRunes
	if name == "clientKey" {
		limit = MaxClientKeyRunes
	}
	if len(s) > limit && utf8.RuneCountInString(s) > limit {
		return apperr.Input(name, "input.too_long", name, limit)
	}
	if err := input.Check(s); err != "" {
		return apperr.Input(name, err, name)
	}
	return nil
}
