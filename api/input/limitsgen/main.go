// Command limitsgen writes the ent schema's string limits for the SPA
// (frontend/src/gql/limits.ts). Run by go generate from the module root.
package main

import (
	"log"
	"os"

	"greencheck/api/input"
)

func main() {
	if err := os.WriteFile("frontend/src/gql/limits.ts", []byte(input.TypeScript()), 0o644); err != nil {
		log.Fatal(err)
	}
}
