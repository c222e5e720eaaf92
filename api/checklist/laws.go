package checklist

import (
	"strconv"
	"strings"

	"greencheck/ent/schematype"
)

// Kind is what an instrument is, which says how it is cited and where its
// official text is published.
type Kind string

// The kinds of instruments the checklist cites.
const (
	Law        Kind = "LAW"        // 法律 (NPC Standing Committee)
	Regulation Kind = "REGULATION" // 行政法规 (State Council)
	Rule       Kind = "RULE"       // 部门规章 and catalogues (生态环境部令, 名录, 办法)
	Standard   Kind = "STANDARD"   // national (GB) and environmental-protection (HJ) standards
	Document   Kind = "DOCUMENT"   // normative documents numbered 〔year〕N号
	Other      Kind = "OTHER"      // local requirements and the platform's own rules: no published text
)

// Instrument is a law, regulation, rule or standard a checklist item cites
// (LegalRef.Instrument holds its short code), named in both languages.
type Instrument struct {
	Zh, En string
	Kind   Kind
}

// Instruments are the codes the checklist cites for laws and regulations
// (domain.md §2), and the citations that are not published instruments.
// Standards (GB …, HJ …) and documents (环办…〔2020〕688号) are cited by
// their own numbers, which are their names (KindOf classifies them).
var Instruments = map[string]Instrument{
	"EPL":     {"中华人民共和国环境保护法", "Environmental Protection Law of the PRC", Law},
	"APL":     {"中华人民共和国大气污染防治法", "Air Pollution Prevention and Control Law of the PRC", Law},
	"EIAL":    {"中华人民共和国环境影响评价法", "Environmental Impact Assessment Law of the PRC", Law},
	"SWL":     {"中华人民共和国固体废物污染环境防治法", "Law of the PRC on the Prevention and Control of Environmental Pollution by Solid Wastes", Law},
	"CPR":     {"建设项目环境保护管理条例", "Regulations on the Environmental Protection Management of Construction Projects", Regulation},
	"PR":      {"排污许可管理条例", "Regulations on the Administration of Pollutant Discharge Permits", Regulation},
	"噪声污染防治法": {"中华人民共和国噪声污染防治法", "Noise Pollution Prevention and Control Law of the PRC", Law},
	"地方要求":    {"地方要求", "Local requirement", Other},
	"平台规则":    {"平台规则", "Platform rule", Other},
	// Standards and documents cited by their numbers, with their titles
	// (English where the standard has an official one).
	"GB 37822":        {"挥发性有机物无组织排放控制标准", "Standard for fugitive emission of volatile organic compounds", Standard},
	"GB 13271":        {"锅炉大气污染物排放标准", "Emission standard of air pollutants for boiler", Standard},
	"GB 15562.1":      {"环境保护图形标志—排放口（源）", "", Standard},
	"GB 18597-2023":   {"危险废物贮存污染控制标准", "Standard for pollution control on hazardous waste storage", Standard},
	"GB 18599":        {"一般工业固体废物贮存和填埋污染控制标准", "Standard for pollution control on the non-hazardous industrial solid waste storage and landfill", Standard},
	"HJ 819":          {"排污单位自行监测技术指南 总则", "Self-monitoring technology guidelines for pollution sources — General principle", Standard},
	"HJ 944":          {"排污单位环境管理台账及排污许可证执行报告技术规范 总则（试行）", "", Standard},
	"HJ 1259":         {"危险废物管理计划和管理台账制定技术导则", "", Standard},
	"HJ 1276":         {"危险废物识别标志设置技术规范", "", Standard},
	"HJ 75":           {"固定污染源烟气（SO2、NOx、颗粒物）排放连续监测技术规范", "", Standard},
	"环发〔2015〕4号":      {"企业事业单位突发环境事件应急预案备案管理办法（试行）", "", Document},
	"环办环评函〔2020〕688号": {"污染影响类建设项目重大变动清单（试行）", "", Document},
	"国环规环评〔2017〕4号":   {"建设项目竣工环境保护验收暂行办法", "", Document},
	"环大气〔2021〕65号":    {"关于加快解决当前挥发性有机物治理突出问题的通知", "", Document},
	"长政办发〔2024〕5号":    {"长沙市重污染天气应急预案", "", Document},
}

// NumberOf is an instrument's own number when it is known by a title too
// (GB 37822, 环发〔2015〕4号); "" otherwise (a law's short code is no
// number people use).
func NumberOf(code string) string {
	if titled(code) {
		return code
	}
	return ""
}

// titled reports whether code is a number the table gives a title to (a
// standard or document known by name).
func titled(code string) bool {
	in, ok := Instruments[code]
	return ok && (in.Kind == Standard || in.Kind == Document)
}

// KindOf classifies a cited instrument: by the table, else by its number
// (GB/HJ standards, 〔year〕 documents, 令 rules), else a rule (名录, 办法).
func KindOf(code string) Kind {
	if in, ok := Instruments[code]; ok {
		return in.Kind
	}
	switch {
	case strings.HasPrefix(code, "GB") || strings.HasPrefix(code, "HJ"):
		return Standard
	case strings.Contains(code, "〔"):
		return Document
	}
	return Rule
}

// NameOf is an instrument's full name in lang ("en" or Chinese): the
// table's, else its own number or title (which has no English form).
func NameOf(code, lang string) string {
	if in, ok := Instruments[code]; ok {
		if lang == "en" && in.En != "" {
			return in.En
		}
		return in.Zh
	}
	return code
}

// Source is where an instrument's official text is published: the
// publisher's site, to be searched by the instrument's full name.
type Source struct{ Name, URL string }

// OfficialSource says where to read an instrument: laws and administrative
// regulations in the National Database of Laws and Regulations (国家法律法规
// 数据库, NPC), GB standards in the national standards full-text system
// (SAMR), HJ standards and the Ministry's rules and documents on the
// Ministry of Ecology and Environment's site, Changsha's documents on the
// city government's. Nil when the text is not published (OTHER) or its
// publisher is not known.
func OfficialSource(code, lang string) *Source {
	pick := func(zh, en, url string) *Source {
		if lang == "en" {
			return &Source{en, url}
		}
		return &Source{zh, url}
	}
	mee := pick("生态环境部", "Ministry of Ecology and Environment", "https://www.mee.gov.cn/")
	switch kind := KindOf(code); {
	case kind == Law || kind == Regulation:
		return pick("国家法律法规数据库", "National Database of Laws and Regulations", "https://flk.npc.gov.cn/")
	case strings.HasPrefix(code, "GB"):
		return pick("国家标准全文公开系统", "National Standards Full-Text Disclosure System", "https://openstd.samr.gov.cn/")
	case strings.HasPrefix(code, "HJ"):
		return mee
	case strings.HasPrefix(code, "长政"):
		return pick("长沙市人民政府", "Changsha Municipal People's Government", "https://www.changsha.gov.cn/")
	case kind == Rule || kind == Document:
		if strings.HasPrefix(code, "环") || strings.HasPrefix(code, "国环规") || strings.HasPrefix(code, "生态环境部") ||
			strings.HasSuffix(code, "名录") || strings.HasPrefix(code, "固定污染源") || strings.HasPrefix(code, "突发环境事件") {
			return mee
		}
	}
	return nil
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
	if known && in.Kind == Other {
		return NameOf(r.Instrument, lang)
	}
	if titled(r.Instrument) {
		// 《挥发性有机物无组织排放控制标准》（GB 37822）第3.3节 / Standard for … (GB 37822), Section 3.3
		title := NameOf(r.Instrument, lang)
		if lang == "en" {
			if in.En == "" {
				title = "《" + title + "》"
			}
			out := title + " (" + r.Instrument + ")"
			if len(articles) > 0 {
				rest := Citation(schematype.LegalRef{Instrument: "x", Article: r.Article}, "en")
				out += ", " + strings.TrimSuffix(rest, " of x")
			}
			return out
		}
		out := "《" + title + "》（" + r.Instrument + "）"
		if len(articles) > 0 {
			out += strings.TrimPrefix(Citation(schematype.LegalRef{Instrument: "〔〕", Article: r.Article}, "zh"), "〔〕")
		}
		return out
	}
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
			if sec, ok := strings.CutPrefix(articles[0], "§"); ok {
				return "Section " + sec + " of " + name
			}
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
		if sec, ok := strings.CutPrefix(a, "§"); ok {
			parts[i] = "第" + sec + "节" // a section of a plan or document: 第3.3节
			continue
		}
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
