package admin

import (
	"fmt"
	"regexp"
	"strings"

	"greencheck/api/apperr"
	"greencheck/api/input"
	"greencheck/api/labels"
	"greencheck/api/uscc"
	"greencheck/ent/schematype"
)

var (
	industryRE = regexp.MustCompile(`^\d{4}$`)
	usernameRE = regexp.MustCompile(`^[a-z0-9_.-]{3,32}$`)
	phoneRE    = regexp.MustCompile(`^[0-9+\- ]{5,20}$`)
)

// check collects the first input error of a mutation.
type check struct{ err error }

func (c *check) required(field, v string, max int) {
	if c.err != nil {
		return
	}
	switch n := input.Runes(v); {
	case n == 0:
		c.err = apperr.Input(field, "input.required", field)
	case n > max:
		c.err = apperr.Input(field, "input.too_long", field, max)
	}
}

func (c *check) optional(field string, v *string, max int) {
	if v != nil && c.err == nil && input.Runes(*v) > max {
		c.err = apperr.Input(field, "input.too_long", field, max)
	}
}

// creditCode checks a credit code as it will be stored (api/input folds
// full-width characters, spaces and lower case, as the storage hook does).
func (c *check) creditCode(field, v string) {
	if c.err == nil && uscc.Validate(input.Code(v)) != nil {
		c.err = apperr.Input(field, "input.credit_code")
	}
}

// industryCode checks a GB/T 4754-2017 class code: four digits whose first
// two are a division (01–97; 00, 98 and 99 are none).
func (c *check) industryCode(field, v string) {
	if c.err == nil && !validIndustry(input.Code(v)) {
		c.err = apperr.Input(field, "input.industry_code")
	}
}

func (c *check) coordinates(lng, lat *float64) {
	if c.err != nil {
		return
	}
	if (lng != nil && (*lng < -180 || *lng > 180)) || (lat != nil && (*lat < -90 || *lat > 90)) {
		c.err = apperr.Input("longitude", "input.coordinates")
	}
}

func (c *check) contacts(field string, cs []*schematype.Contact) {
	if len(cs) > schematype.ContactLimits.PerEnterprise {
		c.add(apperr.Input(field, "input.too_many", field, schematype.ContactLimits.PerEnterprise))
	}
	for i, ct := range cs {
		if ct == nil {
			continue
		}
		at := fmt.Sprintf("%s.%d.", field, i) // contacts.1.phone: the form's own field
		c.required(at+"name", ct.Name, input.MaxLen("Contact", "name"))
		c.optional(at+"role", &ct.Role, input.MaxLen("Contact", "role"))
		if p, ok := phone(ct.Phone); !ok && c.err == nil {
			c.err = apperr.Input(at+"phone", "input.phone", ct.Phone)
		} else if ok {
			ct.Phone = p // stored as checked: contacts are JSON, which the storage hook does not fold
		}
		if c.err == nil && ct.Email != "" && (!strings.Contains(ct.Email, "@") || len(ct.Email) > input.MaxLen("Contact", "email")) {
			c.err = apperr.Input(at+"email", "input.invalid", at+"email")
		}
	}
}

func (c *check) add(err error) {
	if c.err == nil {
		c.err = err
	}
}

func contactsOf(cs []*schematype.Contact) []schematype.Contact {
	out := make([]schematype.Contact, 0, len(cs))
	for _, c := range cs {
		if c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// validIndustry reports whether code (as stored) is a GB/T 4754-2017 class
// code: four digits under a division of labels.Sections.
func validIndustry(code string) bool {
	return industryRE.MatchString(code) && labels.SectionOf(code) != ""
}

// phone is a phone number as stored — full-width digits and signs folded,
// spaces removed (api/input.Code) — and whether it is one: 5–20 digits, +
// or -; "" (none, or only spaces) is one.
func phone(v string) (string, bool) {
	p := input.Code(v)
	return p, p == "" || phoneRE.MatchString(p)
}
