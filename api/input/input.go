// Package input is the one place where strings from callers are judged and
// normalized: control and text-direction characters are refused, text is
// NFC-normalized and trimmed, codes typed on Chinese input methods
// (full-width letters and digits, lower case, stray spaces) are folded to
// the ASCII form the registries use.
package input

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Check returns the message key of what is wrong with s, or "" when it may
// be stored: no control characters but tab, line feed and carriage return;
// no bidi embeddings, overrides or isolates (U+202A–U+202E,
// U+2066–U+2069); not made only of invisible characters.
func Check(s string) string {
	visible := false
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFFFD:
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

// invisible reports the zero-width characters (ZWSP, ZWNJ, ZWJ, word
// joiner, BOM).
func invisible(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF
}

// Text is s NFC-normalized with surrounding white space (including
// ideographic spaces) removed.
func Text(s string) string {
	return strings.TrimSpace(norm.NFC.String(s))
}

// Code is a code as registries write it: full-width characters folded to
// ASCII, white space removed, letters in upper case. For credit codes,
// permit and document numbers' ASCII parts, phone numbers.
func Code(s string) string {
	s = width.Narrow.String(norm.NFC.String(s))
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}
