// Package input is the one place where strings from callers are judged and
// normalized: control and text-direction characters are refused, text is
// NFC-normalized and trimmed, codes typed on Chinese input methods
// (full-width letters and digits, lower case, stray spaces) are folded to
// the ASCII form the registries use.
package input

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"greencheck/ent/schematype"
)

// Plausible years of any time or year an API caller gives (a due date, a
// filter, a plan's year): from MinYear to before MaxYear.
const (
	MinYear = 2000
	MaxYear = 2100
)

// MaxStringRunes bounds any string a client sends — a GraphQL argument or
// a string inside an uploaded document (the schema's own limits, which are
// lower, apply where it is stored).
const MaxStringRunes = 10_000

// CheckAll checks every string in v — struct fields, slices, maps, at any
// depth — with Check and MaxStringRunes. It returns the JSON path of the
// first offending string (e.g. "legalRefs.0.article") and the message key,
// or "", "" when all are acceptable. For documents that arrive as files,
// whose strings are not GraphQL arguments.
func CheckAll(v any) (path, key string) {
	return checkAll(reflect.ValueOf(v), "")
}

func checkAll(v reflect.Value, path string) (string, string) {
	join := func(p string) string {
		if path == "" {
			return p
		}
		return path + "." + p
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return checkAll(v.Elem(), path)
		}
	case reflect.String:
		s := v.String()
		if utf8.RuneCountInString(s) > MaxStringRunes {
			return path, "input.too_long"
		}
		if k := Check(s); k != "" {
			return path, k
		}
		if !utf8.ValidString(s) {
			return path, "input.control_chars"
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return "", ""
		}
		for i := 0; i < v.Len(); i++ {
			if p, k := checkAll(v.Index(i), join(strconv.Itoa(i))); k != "" {
				return p, k
			}
		}
	case reflect.Map:
		for _, key := range v.MapKeys() {
			name := fmt.Sprint(key.Interface())
			if p, k := checkAll(key, join(name)); k != "" {
				return p, k
			}
			if p, k := checkAll(v.MapIndex(key), join(name)); k != "" {
				return p, k
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if p, k := checkAll(v.Field(i), join(name)); k != "" {
				return p, k
			}
		}
	}
	return "", ""
}

// Check returns the message key of what is wrong with s, or "" when it may
// be stored: no control characters but tab, line feed and carriage return;
// no bidi controls — embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) nor the implicit marks (LRM, RLM, ALM) that reorder what
// is shown as well (a "gov.cn" link or a file name that reads otherwise);
// not made only of invisible characters.
func Check(s string) string {
	visible := false
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == 0xFFFD:
			return "input.control_chars"
		case invisible(r) || unicode.IsSpace(r):
		default:
			visible = true
		}
	}
	if s != "" && !visible && strings.ContainsFunc(s, invisible) {
		return "input.blank"
	}
	return ""
}

// invisible reports the characters that show nothing: format characters
// (zero-width spaces and joiners, soft hyphen, BOM…), combining and
// variation marks on their own, Hangul fillers and the blank Braille cell.
func invisible(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800:
		return true
	}
	return unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me, unicode.Variation_Selector)
}

// Text is s NFC-normalized with surrounding white space (including
// ideographic spaces) removed, and without the invisible characters that
// carry nothing in stored text: zero-width spaces, word joiners and byte
// order marks (joiners, which shape scripts and emoji, stay).
func Text(s string) string {
	if strings.ContainsAny(s, "\u200b\u2060\ufeff") {
		s = strings.Map(func(r rune) rune {
			if r == 0x200B || r == 0x2060 || r == 0xFEFF {
				return -1
			}
			return r
		}, s)
	}
	return strings.TrimSpace(norm.NFC.String(s))
}

// Runes is the length of s as it will be stored (Text(s)), in characters:
// what the schema's limits bound, so spaces around a value and decomposed
// characters never make it too long.
func Runes(s string) int {
	return utf8.RuneCountInString(Text(s))
}

// unspaced is s without white space and invisible characters.
func unspaced(s string) string {
	return strings.Map(func(r rune) rune {
		if invisible(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Key is s as compared for sameness, not as stored: compatibility forms
// folded (NFKC: full-width letters, ①, Ⅰ, ﬁ), white space and invisible
// characters removed, letters in upper case — “Line A”, “ｌｉｎｅ ａ” and
// “Line\u200bA” are one key. Characters of other scripts that merely look
// alike (Cyrillic А, 綫 for 线) stay distinct.
func Key(s string) string {
	return strings.ToUpper(unspaced(norm.NFKC.String(s)))
}

// Contact is a contact as stored: names and roles as Text, the phone as a
// Code, the e-mail address trimmed and in lower case. It returns the key
// of what is wrong with one of them, or "".
func Contact(c *schematype.Contact) string {
	for _, s := range []string{c.Name, c.Role, c.Phone, c.Email} {
		if key := Check(s); key != "" {
			return key
		}
	}
	c.Name, c.Role, c.Phone = Text(c.Name), Text(c.Role), Code(c.Phone)
	c.Email = strings.ToLower(Text(c.Email))
	return ""
}

// Code is a code as registries write it: full-width characters folded to
// ASCII, white space and invisible characters (zero-width spaces and
// joiners…) removed, letters in upper case. For credit codes, permit and
// document numbers' ASCII parts, phone numbers — and as the key under
// which look-alike names (a process typed twice) are the same.
func Code(s string) string {
	return strings.ToUpper(unspaced(width.Narrow.String(norm.NFC.String(s))))
}
