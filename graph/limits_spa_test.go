package graph

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"greencheck/graph/generated"
)

// TestSPAQueriesPassTheLimits measures every operation the SPA sends
// (frontend/src/gql/gql.ts, generated from its sources) with every Int
// variable at the largest page: the heaviest must stay within a quarter of
// each limit, so the limits refuse abuse, never the SPA.
func TestSPAQueriesPassTheLimits(t *testing.T) {
	src, err := os.ReadFile("../frontend/src/gql/gql.ts")
	if err != nil {
		t.Fatal(err)
	}
	docs := regexp.MustCompile(`(?m)^    "((?:[^"\\]|\\.)*)": types\.\w+Document,$`).FindAllStringSubmatch(string(src), -1)
	if len(docs) < 40 {
		t.Fatalf("found %d SPA documents", len(docs))
	}
	es := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{}})
	l := &Limits{MaxCost: DefaultMaxCost}
	if err := l.Validate(es); err != nil {
		t.Fatal(err)
	}
	type heaviest struct {
		n    int
		name string
	}
	var tokens, cost, depth, bytes heaviest
	for _, d := range docs {
		text, err := strconv.Unquote(`"` + d[1] + `"`)
		if err != nil {
			t.Fatal(err)
		}
		doc, gerr := gqlparser.LoadQueryWithRules(es.Schema(), text, rules.NewDefaultRules())
		if gerr != nil {
			t.Fatalf("%s: %v", text, gerr)
		}
		lx := lexer.New(&ast.Source{Input: text})
		n := 0
		for tok, err := lx.ReadToken(); err == nil && tok.Kind != lexer.EOF; tok, err = lx.ReadToken() {
			n++
		}
		for _, op := range doc.Operations {
			// A list page is asked forward ($first) or back ($last), never both
			// (the SPA's list state, frontend/src/components/useListState.ts):
			// each way is measured.
			var sets []map[string]any
			for _, way := range []string{"first", "last"} {
				vars, paged := map[string]any{}, false
				for _, v := range op.VariableDefinitions {
					if v.Type.Name() != "Int" {
						continue
					}
					if v.Variable == "first" || v.Variable == "last" {
						paged = true
						if v.Variable != way {
							continue
						}
					}
					vars[v.Variable] = int64(MaxPage)
				}
				sets = append(sets, vars)
				if !paged || op.VariableDefinitions.ForName("last") == nil || op.VariableDefinitions.ForName("first") == nil {
					break // one way only
				}
			}
			root := es.Schema().Query
			if op.Operation == ast.Mutation {
				root = es.Schema().Mutation
			} else if op.Operation == ast.Subscription {
				root = es.Schema().Subscription
			}
			for _, vars := range sets {
				w := newWalker(l, vars, doc)
				w.measure = true
				c, e := w.cost(root, op.SelectionSet, 1)
				if e != nil {
					t.Errorf("%s %v is refused: %s", op.Name, vars, e.Message("en"))
					continue
				}
				for _, m := range []struct {
					h *heaviest
					v int
				}{{&tokens, n}, {&cost, c}, {&depth, *w.deepest}, {&bytes, len(text)}} {
					if m.v > m.h.n {
						*m.h = heaviest{m.v, op.Name}
					}
				}
			}
		}
	}
	t.Logf("heaviest SPA operations: %d tokens (%s), cost %d (%s), depth %d (%s), %d bytes (%s)",
		tokens.n, tokens.name, cost.n, cost.name, depth.n, depth.name, bytes.n, bytes.name)
	if tokens.n*4 > MaxTokens || cost.n*4 > DefaultMaxCost || depth.n*2 > MaxDepth || bytes.n*4 > MaxQueryBytes {
		t.Errorf("an SPA operation uses more than a quarter of a limit (half the depth)")
	}
}
