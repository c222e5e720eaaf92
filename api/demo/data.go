package demo

// District is one of Changsha's county-level units (GB/T 2260 codes), with
// the username of its demo administrator and its weight in the enterprise
// population.
type districtData struct {
	Code, NameZh, NameEn, Kind, Admin string
	Weight                            int
}

var districts = []districtData{
	{"430102", "芙蓉区", "Furong District", "DISTRICT", "furong", 6},
	{"430103", "天心区", "Tianxin District", "DISTRICT", "tianxin", 7},
	{"430104", "岳麓区", "Yuelu District", "DISTRICT", "yuelu", 10},
	{"430105", "开福区", "Kaifu District", "DISTRICT", "kaifu", 8},
	{"430111", "雨花区", "Yuhua District", "DISTRICT", "yuhua", 11},
	{"430112", "望城区", "Wangcheng District", "DISTRICT", "wangcheng", 12},
	{"430121", "长沙县", "Changsha County", "COUNTY", "changsha", 17},
	{"430181", "浏阳市", "Liuyang", "COUNTY_CITY", "liuyang", 13},
	{"430182", "宁乡市", "Ningxiang", "COUNTY_CITY", "ningxiang", 12},
	{"430100", "湖南湘江新区", "Hunan Xiangjiang New Area", "NEW_AREA", "xiangjiang", 4},
}

// industry is an air-emitting sector of domain.md §6 (GB/T 4754-2017).
type industry struct {
	Code, Name, Suffix string
	Weight             int
	Tiers              []string // permit tiers drawn from, with repeats as weights
	VOC, HW, Key       bool     // VOC user, hazardous-waste generator, often key-supervised
	Products           []string // words for names
}

var industries = []industry{
	{"3514", "建筑工程用机械制造", "机械", 60, []string{"SIMPLIFIED", "SIMPLIFIED", "KEY", "REGISTRATION"}, true, true, true, []string{"重工", "机械", "工程机械", "装备"}},
	{"3433", "生产专用车辆制造", "机械", 20, []string{"SIMPLIFIED", "REGISTRATION"}, true, true, false, []string{"专用车", "车辆"}},
	{"3311", "金属结构制造", "钢构", 80, []string{"REGISTRATION", "REGISTRATION", "SIMPLIFIED"}, true, true, false, []string{"钢结构", "钢构", "金属结构"}},
	{"3670", "汽车零部件及配件制造", "汽配", 90, []string{"SIMPLIFIED", "REGISTRATION", "REGISTRATION", "KEY"}, true, true, false, []string{"汽车零部件", "汽配", "精密部件"}},
	{"3612", "汽车整车制造", "汽车", 6, []string{"KEY"}, true, true, true, []string{"汽车"}},
	{"3391", "黑色金属铸造", "铸造", 35, []string{"SIMPLIFIED", "KEY"}, false, true, true, []string{"铸造", "铸业"}},
	{"3360", "金属表面处理及热处理加工", "表面处理", 40, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"表面处理", "热处理", "涂装"}},
	{"2641", "涂料制造", "涂料", 25, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"涂料", "化工"}},
	{"2642", "油墨及类似产品制造", "油墨", 10, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"油墨", "新材料"}},
	{"2614", "有机化学原料制造", "化工", 20, []string{"KEY"}, true, true, true, []string{"化工", "化学"}},
	{"2710", "化学药品原料药制造", "药业", 18, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"药业", "制药", "生物医药"}},
	{"2740", "中成药生产", "药业", 22, []string{"SIMPLIFIED", "REGISTRATION"}, false, true, false, []string{"中药", "药业"}},
	{"2672", "焰火、鞭炮产品制造", "花炮", 110, []string{"REGISTRATION", "REGISTRATION", "SIMPLIFIED"}, false, true, false, []string{"花炮", "烟花", "鞭炮"}},
	{"3011", "水泥制造", "水泥", 6, []string{"KEY"}, false, false, true, []string{"水泥", "建材"}},
	{"3021", "水泥制品制造", "建材", 120, []string{"REGISTRATION", "SIMPLIFIED"}, false, false, false, []string{"混凝土", "建材", "商砼"}},
	{"3031", "粘土砖瓦及建筑砌块制造", "建材", 45, []string{"SIMPLIFIED", "REGISTRATION"}, false, false, false, []string{"新型墙材", "砖业", "建材"}},
	{"3071", "建筑陶瓷制品制造", "陶瓷", 12, []string{"KEY", "SIMPLIFIED"}, false, false, true, []string{"陶瓷"}},
	{"2311", "书、报刊印刷", "印务", 40, []string{"SIMPLIFIED", "REGISTRATION"}, true, true, false, []string{"印务", "印刷"}},
	{"2319", "包装装潢及其他印刷", "包装", 70, []string{"SIMPLIFIED", "REGISTRATION", "REGISTRATION"}, true, true, false, []string{"包装", "彩印", "印务"}},
	{"2231", "纸和纸板容器制造", "包装", 40, []string{"REGISTRATION"}, true, false, false, []string{"纸品", "包装"}},
	{"2929", "塑料零件及其他塑料制品制造", "塑业", 50, []string{"REGISTRATION", "SIMPLIFIED"}, true, false, false, []string{"塑业", "塑胶"}},
	{"2110", "木质家具制造", "家具", 55, []string{"REGISTRATION", "SIMPLIFIED"}, true, true, false, []string{"家具", "木业"}},
	{"2130", "金属家具制造", "家具", 25, []string{"REGISTRATION", "SIMPLIFIED"}, true, true, false, []string{"办公家具", "金属家具"}},
	{"3841", "锂离子电池制造", "新能源", 20, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"新能源", "锂电"}},
	{"3985", "电子专用材料制造", "电子材料", 20, []string{"SIMPLIFIED", "KEY"}, true, true, false, []string{"电子材料", "新材料"}},
	{"3982", "电子电路制造", "电子", 25, []string{"KEY", "SIMPLIFIED"}, true, true, true, []string{"电路", "电子科技"}},
	{"8111", "汽车修理与维护", "汽修", 420, []string{"REGISTRATION", "REGISTRATION", "REGISTRATION", "NONE"}, true, true, false, []string{"汽车维修", "汽车服务", "汽修"}},
	{"5265", "机动车燃油零售", "加油站", 130, []string{"REGISTRATION", "SIMPLIFIED"}, true, true, false, []string{"加油站", "石化"}},
	{"4430", "热力生产和供应", "热力", 12, []string{"KEY", "SIMPLIFIED"}, false, false, true, []string{"热力", "能源"}},
	{"1391", "食品及饲料添加剂制造", "食品", 20, []string{"SIMPLIFIED", "REGISTRATION"}, false, false, false, []string{"食品", "生物科技"}},
}

// Name parts: trade names are drawn from two-character words.
var tradeWords = []string{
	"湘江", "岳麓", "星城", "麓山", "橘洲", "鑫源", "华盛", "金泰", "宏达", "恒通", "瑞丰", "中联",
	"远大", "三和", "长丰", "盛世", "永安", "博瑞", "天宇", "福源", "金穗", "鸿运", "新湘", "楚天",
	"洞庭", "潇湘", "同力", "众旺", "万象", "广信", "聚能", "兴业", "嘉禾", "隆昌", "华美", "伟业",
	"明珠", "东方", "蓝天", "绿源", "卓越", "安信", "宏图", "德润", "佳和", "信达", "旺达", "晨光",
	"中南", "锦程", "利民", "宇通", "海纳", "富强", "和顺", "晟达", "京湘", "金桥", "浏河", "沩水",
}

var surnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "彭", "谭", "曾", "易", "欧阳"}
var givenNames = []string{"伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "志强", "建华", "海燕", "晓东", "文斌", "红梅", "国庆", "湘平"}

var streets = []string{"韶山北路", "五一大道", "芙蓉中路", "人民东路", "劳动西路", "雨花亭路", "麓谷大道", "岳麓大道",
	"金星北路", "黄兴北路", "星沙大道", "东四线", "金阳大道", "经开区康宁路", "望城大道", "金洲大道", "湘江中路", "万家丽路"}

// experts of the demo city: name, organisation, title, specialties.
var experts = []struct {
	Username, Name, Org, Title string
	Specialties                []string
	Districts                  []string // district codes
}{
	{"expert", "周建国", "湖南省环境保护科学研究院", "正高级工程师", []string{"VOCs 治理", "排污许可"}, []string{"430102", "430103"}},
	{"expert02", "李雅琴", "长沙环境保护职业技术学院", "教授", []string{"自行监测", "在线监测"}, []string{"430104", "430100"}},
	{"expert03", "陈志远", "湖南省生态环境事务中心", "高级工程师", []string{"危险废物管理"}, []string{"430105", "430111"}},
	{"expert04", "刘晓峰", "中南大学", "副教授", []string{"大气污染防治", "重污染天气应对"}, []string{"430112", "430121"}},
	{"expert05", "彭丽华", "长沙市环境监测中心站", "高级工程师", []string{"环境监测", "执行报告"}, []string{"430181", "430182"}},
	{"expert06", "谭伟", "湖南省环境工程评估中心", "高级工程师", []string{"环境影响评价", "竣工验收"}, []string{"430121", "430181", "430182"}},
}
