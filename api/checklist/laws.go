package checklist

import (
	"strconv"
	"strings"

	"greencheck/ent/schematype"
)

// Instrument is a law, regulation, rule or standard a checklist item cites
// (LegalRef.Instrument holds its short code), named in both languages.
type Instrument struct{ Zh, En string }

// Instruments are the codes the checklist cites for laws and regulations
// (domain.md §2). Standards (GB …, HJ …) and documents (环办…〔2020〕688号)
// are cited by their own numbers, which are their names.
var Instruments = map[string]Instrument{
	"EPL":     {"中华人民共和国环境保护法", "Environmental Protection Law of the PRC"},
	"APL":     {"中华人民共和国大气污染防治法", "Air Pollution Prevention and Control Law of the PRC"},
	"EIAL":    {"中华人民共和国环境影响评价法", "Environmental Impact Assessment Law of the PRC"},
	"SWL":     {"中华人民共和国固体废物污染环境防治法", "Law of the PRC on the Prevention and Control of Environmental Pollution by Solid Wastes"},
	"CPR":     {"建设项目环境保护管理条例", "Regulations on the Environmental Protection Management of Construction Projects"},
	"PR":      {"排污许可管理条例", "Regulations on the Administration of Pollutant Discharge Permits"},
	"噪声污染防治法": {"中华人民共和国噪声污染防治法", "Noise Pollution Prevention and Control Law of the PRC"},
}

// Citation is a legal basis as people read it, in lang ("en" or Chinese):
// 《中华人民共和国大气污染防治法》第二十条 / Article 20 of the Air Pollution
// Prevention and Control Law of the PRC; articles "16,22" become 第十六条、
// 第二十二条 / Articles 16 and 22. An instrument without a code is cited by
// its own name (a standard's number, a document's).
func Citation(r schematype.LegalRef, lang string) string {
	var articles []string
	for _, a := range strings.Split(r.Article, ",") {
		if a = strings.TrimSpace(a); a != "" {
			articles = append(articles, a)
		}
	}
	in, known := Instruments[r.Instrument]
	if lang == "en" {
		name := r.Instrument
		if known {
			name = "the " + in.En
		}
		switch len(articles) {
		case 0:
			if known {
				return in.En
			}
			return name
		case 1:
			return "Article " + articles[0] + " of " + name
		}
		return "Articles " + strings.Join(articles[:len(articles)-1], ", ") + " and " + articles[len(articles)-1] + " of " + name
	}
	name := r.Instrument
	if known {
		name = "《" + in.Zh + "》"
	} else if !strings.HasPrefix(name, "GB") && !strings.HasPrefix(name, "HJ") && !strings.ContainsAny(name, "〔《") {
		name = "《" + name + "》"
	}
	parts := make([]string, len(articles))
	for i, a := range articles {
		if n, err := strconv.Atoi(a); err == nil && n > 0 && n < 1000 {
			a = chineseNumber(n)
		}
		parts[i] = "第" + a + "条"
	}
	return name + strings.Join(parts, "、")
}

// chineseNumber writes 1–999 as article numbers are written: 二十, 九十六,
// 一百零二, 一百二十三.
func chineseNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var b strings.Builder
	h, t, u := n/100, n/10%10, n%10
	if h > 0 {
		b.WriteString(digits[h] + "百")
		if t == 0 && u > 0 {
			b.WriteString("零")
		}
	}
	if t > 0 {
		if t > 1 || h > 0 {
			b.WriteString(digits[t])
		}
		b.WriteString("十")
	}
	if u > 0 {
		b.WriteString(digits[u])
	}
	return b.String()
}
