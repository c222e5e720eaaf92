package uscc

import "testing"

func TestValidate(t *testing.T) {
	cases := []struct {
		code string
		err  error
	}{
		{"914403001922038216", nil}, // published codes of well-known companies
		{"9144030071526726XG", nil},
		{"91110000100010433L", nil},
		{"914403001922038217", ErrCheck}, // one changed check character
		{"9144030071526726X", ErrLength},
		{"91430100MA4LU1Y56I", ErrCharacter}, // I is not in the alphabet
		{"91430100MA4LO1Y560", ErrCharacter}, // nor is O
	}
	for _, c := range cases {
		if err := Validate(c.code); err != c.err {
			t.Errorf("Validate(%q) = %v, want %v", c.code, err, c.err)
		}
	}
}

func TestCheckCharRoundTrip(t *testing.T) {
	base := "91430102MA4L12345"
	c, err := CheckChar(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(base + string(c)); err != nil {
		t.Fatalf("generated code %s%c invalid: %v", base, c, err)
	}
}
