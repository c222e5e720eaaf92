package admin

import (
	"testing"

	"greencheck/ent/schematype"
)

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

// TestPhones: a phone is checked as it is stored — full-width digits and
// signs folded, spaces removed — so what the storage folds is not refused.
func TestPhones(t *testing.T) {
	for in, want := range map[string]string{
		"１３８００００００００": "13800000000", "＋86 138－0000－0000": "+86138-0000-0000", "0731-88888888": "0731-88888888",
		"  ": "", "": "",
	} {
		if got, ok := phone(in); !ok || got != want {
			t.Errorf("phone(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"138", "1380000000x", "电话13800000000", "123456789012345678901"} {
		if _, ok := phone(in); ok {
			t.Errorf("phone(%q) passed", in)
		}
	}
	c := &check{}
	ct := &schematype.Contact{Name: "李四", Phone: "１３９ ００００ ００００"}
	c.contacts("contacts", []*schematype.Contact{ct})
	if c.err != nil || ct.Phone != "13900000000" {
		t.Errorf("contact phone %q: %v", ct.Phone, c.err)
	}
}
