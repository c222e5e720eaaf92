package input_test

import (
	"reflect"
	"strings"
	"testing"

	"greencheck/api/input"
	"greencheck/ent/migrate"
	"greencheck/ent/schema"
)

func TestCheck(t *testing.T) {
	for s, want := range map[string]string{
		"长沙星城彩印包装有限公司": "", "line\nbreak\ttab": "", "": "", "   ": "",
		"a\x00b": "input.control_chars", "abc\u202Edef": "input.control_chars", "\u2066x\u2069": "input.control_chars",
		"APL\u200F": "input.control_chars", "a\u200Eb": "input.control_chars", "a\u061Cb": "input.control_chars",
		"a\x07b": "input.control_chars", "\u200B\u200D": "input.blank", " \u200B ": "input.blank", "a\u200Db": "",
	} {
		if got := input.Check(s); got != want {
			t.Errorf("Check(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestNormalize(t *testing.T) {
	if got := input.Text("  Cafe\u0301\u3000"); got != "Café" {
		t.Errorf("Text: %q", got)
	}
	for typed, want := range map[string]string{
		"91430102ma4l12345x": "91430102MA4L12345X", "９１４３０１０２ＭＡ４Ｌ１２３４５Ｘ": "91430102MA4L12345X",
		" 91430102MA4L12345X\u3000": "91430102MA4L12345X", "138 0000 0000": "13800000000",
		"9143\u200b0102MA4L\u200d12345X\ufeff": "91430102MA4L12345X", "喷涂\u200b线": "喷涂线",
	} {
		if got := input.Code(typed); got != want {
			t.Errorf("Code(%q) = %q, want %q", typed, got, want)
		}
	}
}

// Lengths are of the value as stored: spaces around it and decomposed
// characters do not count.
func TestRunes(t *testing.T) {
	for s, want := range map[string]int{"  喷涂线\u3000": 3, "Cafe\u0301": 4, "": 0, " a b ": 3} {
		if got := input.Runes(s); got != want {
			t.Errorf("Runes(%q) = %d, want %d", s, got, want)
		}
	}
}

// Every schema is listed, and the limits the API checks come from it.
func TestTypesListsEverySchema(t *testing.T) {
	listed := map[string]bool{}
	for _, s := range schema.Types {
		listed[reflect.TypeOf(s).Name()] = true
	}
	// Every entity has a table keyed by id (join tables have two keys).
	entities := 0
	for _, tb := range migrate.Tables {
		if len(tb.PrimaryKey) == 1 && tb.PrimaryKey[0].Name == "id" {
			entities++
		}
	}
	if len(listed) != entities {
		t.Errorf("schema.Types lists %d schemas, the graph has %d entities", len(listed), entities)
	}
	if input.MaxLen("Enterprise", "industryName") != 100 || input.MaxLen("Answer", "clientKey") != 64 {
		t.Error("limits do not come from the schema")
	}
	if !strings.Contains(input.TypeScript(), "Enterprise: { address: 300, creditCode: 18") {
		t.Error(input.TypeScript())
	}
}

func TestKeyAndInvisibles(t *testing.T) {
	for _, pair := range [][2]string{{"Line A", "ｌｉｎｅ ａ"}, {"1号线", "①号线"}, {"I线", "Ⅰ线"}, {"fine", "ﬁne"}, {"涂装线", "涂\u200b装\u2060线"}} {
		if input.Key(pair[0]) != input.Key(pair[1]) {
			t.Errorf("Key(%q) ≠ Key(%q)", pair[0], pair[1])
		}
	}
	if input.Key("Line A") == input.Key("Line А") { // Cyrillic А: another letter
		t.Error("Cyrillic folded into Latin")
	}
	if got := input.Text("涂\u200b装\u2060线\ufeff"); got != "涂装线" {
		t.Errorf("Text kept invisibles: %q", got)
	}
	if got := input.Text("👩\u200d🔬"); got != "👩\u200d🔬" {
		t.Errorf("Text broke a joiner: %q", got)
	}
}
