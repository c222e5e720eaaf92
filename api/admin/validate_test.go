package admin

import "testing"

// TestIndustryCodes: a class code is four digits under a GB/T 4754-2017
// division (01–97); the format alone let 9999 and 0000 through.
func TestIndustryCodes(t *testing.T) {
	for code, want := range map[string]bool{
		"0111": true, "2319": true, "2641": true, "3360": true, "4411": true, "9700": true,
		"0000": false, "0011": false, "9800": false, "9999": false, "23A9": false, "231": false, "23191": false, "": false,
	} {
		if got := validIndustry(code); got != want {
			t.Errorf("validIndustry(%q) = %v, want %v", code, got, want)
		}
		c := &check{}
		c.industryCode("industryCode", code)
		if (c.err == nil) != want {
			t.Errorf("industryCode(%q): %v", code, c.err)
		}
	}
}
