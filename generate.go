// Package greencheck is the root of the GreenCheck module; it only carries the
// code-generation directives, run from here so both generators see gqlgen.yml.
package greencheck

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go tool gqlgen generate
//go:generate go run ./graph/seqslices
//go:generate go run ./api/input/limitsgen
