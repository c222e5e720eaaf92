package checklist_test

import (
	"strings"
	"testing"

	"greencheck/api/checklist"
	"greencheck/ent/schematype"
)

func TestCitation(t *testing.T) {
	for _, c := range []struct {
		ref    schematype.LegalRef
		zh, en string
	}{
		{schematype.LegalRef{Instrument: "APL", Article: "20"}, "《中华人民共和国大气污染防治法》第二十条", "Article 20 of the Air Pollution Prevention and Control Law of the PRC"},
		{schematype.LegalRef{Instrument: "EIAL", Article: "16,22,25,31"}, "《中华人民共和国环境影响评价法》第十六条、第二十二条、第二十五条、第三十一条",
			"Articles 16, 22, 25 and 31 of the Environmental Impact Assessment Law of the PRC"},
		{schematype.LegalRef{Instrument: "SWL", Article: "102"}, "《中华人民共和国固体废物污染环境防治法》第一百零二条",
			"Article 102 of the Law of the PRC on the Prevention and Control of Environmental Pollution by Solid Wastes"},
		{schematype.LegalRef{Instrument: "APL", Article: "123"}, "《中华人民共和国大气污染防治法》第一百二十三条", "Article 123 of the Air Pollution Prevention and Control Law of the PRC"},
		{schematype.LegalRef{Instrument: "PR", Article: "10"}, "《排污许可管理条例》第十条", "Article 10 of the Regulations on the Administration of Pollutant Discharge Permits"},
		{schematype.LegalRef{Instrument: "GB 37822"}, "《挥发性有机物无组织排放控制标准》（GB 37822）", "Standard for fugitive emission of volatile organic compounds (GB 37822)"},
		{schematype.LegalRef{Instrument: "HJ 1276"}, "《危险废物识别标志设置技术规范》（HJ 1276）", "《危险废物识别标志设置技术规范》 (HJ 1276)"},
		{schematype.LegalRef{Instrument: "环办环评函〔2020〕688号"}, "《污染影响类建设项目重大变动清单（试行）》（环办环评函〔2020〕688号）", "《污染影响类建设项目重大变动清单（试行）》 (环办环评函〔2020〕688号)"},
		{schematype.LegalRef{Instrument: "GB 99999"}, "GB 99999", "GB 99999"},
		{schematype.LegalRef{Instrument: "国家危险废物名录"}, "《国家危险废物名录》", "国家危险废物名录"},
		{schematype.LegalRef{Instrument: "长政办发〔2024〕5号", Article: "§3.3"}, "《长沙市重污染天气应急预案》（长政办发〔2024〕5号）第3.3节", "《长沙市重污染天气应急预案》 (长政办发〔2024〕5号), Section 3.3"},
		{schematype.LegalRef{Instrument: "环办大气函〔2019〕648号", Article: "§3"}, "环办大气函〔2019〕648号第3节", "Section 3 of 环办大气函〔2019〕648号"},
		{schematype.LegalRef{Instrument: "地方要求"}, "地方要求", "Local requirement"},
		{schematype.LegalRef{Instrument: "平台规则"}, "平台规则", "Platform rule"},
	} {
		if got := checklist.Citation(c.ref, "zh"); got != c.zh {
			t.Errorf("%+v zh: %s", c.ref, got)
		}
		if got := checklist.Citation(c.ref, "en"); got != c.en {
			t.Errorf("%+v en: %s", c.ref, got)
		}
	}
	// Every code the default checklist cites is named.
	for _, it := range checklist.DefaultItems() {
		for _, r := range it.LegalRefs {
			if len(r.Instrument) <= 4 && r.Instrument == strings.ToUpper(r.Instrument) && !strings.HasPrefix(r.Instrument, "GB") && !strings.HasPrefix(r.Instrument, "HJ") {
				if _, ok := checklist.Instruments[r.Instrument]; !ok {
					t.Errorf("item %s cites %q, which no instrument names", it.Code, r.Instrument)
				}
			}
		}
	}
}
