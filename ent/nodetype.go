package ent

// NodeType returns the table whose global-id range holds id (each type owns
// a range of 1<<32 ids, gen.FeatureGlobalID), and false for an id in no
// type's range. It says nothing about whether the row exists.
//
// Hand-written: the generator leaves this file alone.
func NodeType(id int) (string, bool) {
	if id < 0 {
		return "", false
	}
	t, ok := nodeTypes[int(id/(1<<32-1))<<32]
	return t, ok
}
