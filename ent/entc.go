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
	ex, err := entgql.NewExtension(
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
