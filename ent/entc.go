//go:build ignore

// entc generates the ent client and the GraphQL schema of the entities.
// Run through `go generate ./...` from the repository root (see generate.go).
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	// entgql's templates, with its pagination and field collection from
	// ent/template_entgql: copies whose only change is that pageInfo
	// without totalCount runs no COUNT when the edges are loaded.
	own := func(path string) *gen.Template {
		return gen.MustParse(gen.NewTemplate(path).Funcs(entgql.TemplateFuncs).ParseFiles(path))
	}
	ex, err := entgql.NewExtension(
		entgql.WithTemplates(own("ent/template_entgql/collection.tmpl"), entgql.EnumTemplate, entgql.NodeTemplate,
			own("ent/template_entgql/pagination.tmpl"), entgql.TransactionTemplate, entgql.EdgeTemplate,
			entgql.MutationInputTemplate),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/schema/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("entgql: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "greencheck/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy, gen.FeatureEntQL, gen.FeatureIntercept,
			gen.FeatureGlobalID, gen.FeatureUpsert, gen.FeatureLock,
			gen.FeatureExecQuery, gen.FeatureModifier,
		},
	}, entc.Extensions(ex), entc.TemplateDir("./ent/template"))
	if err != nil {
		log.Fatalf("entc: %v", err)
	}
}
