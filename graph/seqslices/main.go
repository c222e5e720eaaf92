// Command seqslices points gqlgen's generated executor at marshalSlice
// (graph/generated/slice.go): lists are marshalled element after element
// instead of a goroutine per element. Run by go generate after gqlgen; the
// result is committed and checked like any generated code.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	const path = "graph/generated/generated.go"
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "seqslices:", err)
		os.Exit(1)
	}
	out := bytes.ReplaceAll(src, []byte("graphql.MarshalSliceConcurrently("), []byte("marshalSlice("))
	if bytes.Equal(out, src) && !bytes.Contains(src, []byte("marshalSlice(")) {
		fmt.Fprintln(os.Stderr, "seqslices: gqlgen's generated code no longer calls graphql.MarshalSliceConcurrently; look again")
		os.Exit(1)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "seqslices:", err)
		os.Exit(1)
	}
}
