package graph

import (
	"regexp"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// gqlparser's parse, validation and variable errors come in English only.
// translations turns each kind of them into Chinese (the English original
// stays for English callers), naming the field at fault. The table is
// matched in order; a message it does not know keeps its English detail
// after a Chinese lead (TestParserMessagesAreTranslated lists the kinds).
var translations = []struct {
	re *regexp.Regexp
	zh string // $1… are the submatches
}{
	{regexp.MustCompile(`^exceeded token limit of (\d+)$`), "查询过长：最多 $1 个词法单元（字段、参数、标点各算一个）"},
	{regexp.MustCompile(`^Cannot query field "([^"]+)" on type "([^"]+)"\.`), "类型 $2 没有字段 $1"},
	{regexp.MustCompile(`^Field "([^"]+)" is not defined by type "([^"]+)"`), "类型 $2 没有字段 $1"},
	{regexp.MustCompile(`^Field "([^"]+)" of required type "([^"]+)" was not provided`), "缺少必填字段 $1（$2）"},
	{regexp.MustCompile(`^Fragment cannot be spread here`), "片段的类型与此处不符，不能在此展开"},
	{regexp.MustCompile(`^The directive "@?([^"]+)" can only be used once`), "指令 @$1 在同一位置只能使用一次"},
	{regexp.MustCompile(`^Expected value of type "([^"]+)", found ([^;]+?)\.?$`), "此处应为 $1 类型的值，实际为 $2"},
	{regexp.MustCompile(`^PersistedQueryNotFound$`), "未找到持久化查询：请连同查询文本重新发送"},
	{regexp.MustCompile(`^provided APQ hash does not match query`), "持久化查询的哈希与查询文本不符"},
	{regexp.MustCompile(`APQ`), "持久化查询（persistedQuery）扩展无效"},
	{regexp.MustCompile(`^Unknown argument "([^"]+)" on field "([^"]+)"\.`), "字段 $2 没有参数 $1"},
	{regexp.MustCompile(`^Unknown argument "([^"]+)" on directive "@([^"]+)"\.`), "指令 @$2 没有参数 $1"},
	{regexp.MustCompile(`^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.`), "字段 $1 缺少必填参数 $2（$3）"},
	{regexp.MustCompile(`^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields`), "字段 $1（$2）须选择子字段"},
	{regexp.MustCompile(`^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.`), "字段 $1（$2）没有子字段，不能再选择"},
	{regexp.MustCompile(`^Fields "([^"]+)" conflict because`), "字段 $1 出现多次但参数或子字段不同，请用别名区分"},
	{regexp.MustCompile(`^(String|Int|Float|Boolean|ID) cannot represent [^:]*: (.*)$`), "值 $2 不是有效的 $1"},
	{regexp.MustCompile(`^Enum "([^"]+)" cannot represent non-enum value: (.*)$`), "值 $2 不是 $1 的有效取值"},
	{regexp.MustCompile(`^Value "([^"]+)" does not exist in "([^"]+)" enum\.`), "值 $1 不是 $2 的有效取值"},
	{regexp.MustCompile(`^Unknown type "([^"]+)"\.`), "未知类型 $1"},
	{regexp.MustCompile(`^Unknown fragment "([^"]+)"\.`), "未定义的片段 $1"},
	{regexp.MustCompile(`^Unknown directive "@([^"]+)"\.`), "未知指令 @$1"},
	{regexp.MustCompile(`^Fragment "([^"]+)" is never used\.`), "片段 $1 未被使用"},
	{regexp.MustCompile(`^Cannot spread fragment "([^"]+)" within itself`), "片段 $1 循环引用了自身"},
	{regexp.MustCompile(`^Variable "\$?([^"]+)" is not defined`), "变量 $$$1 未声明"},
	{regexp.MustCompile(`^Variable "\$?([^"]+)" is never used`), "变量 $$$1 未被使用"},
	{regexp.MustCompile(`^Variable "\$?([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"`), "变量 $$$1 的类型 $2 与所需类型 $3 不符"},
	{regexp.MustCompile(`^Variable "\$?([^"]+)" cannot be non-input type "([^"]+)"`), "变量 $$$1 不能是非输入类型 $2"},
	{regexp.MustCompile(`^There can be only one (argument|fragment|input field|operation|variable) named "([^"]+)"\.`), "$2 重复出现"},
	{regexp.MustCompile(`^This anonymous operation must be the only defined operation\.`), "匿名操作必须是文档中唯一的操作"},
	{regexp.MustCompile(`^operation (.*) not found$`), "请求中没有名为 $1 的操作"},
	{regexp.MustCompile(`^no operation provided$`), "请求中没有任何操作"},
	{regexp.MustCompile(`^Schema does not support operation type "([^"]+)"`), "接口不支持 $1 操作"},
	{regexp.MustCompile(`^Maximum introspection depth exceeded`), "内省查询嵌套过深"},
	{regexp.MustCompile(`^(.*) must select only one top level field\.`), "订阅 $1 只能选择一个顶层字段"},
	{regexp.MustCompile(`^Expected (.*), found (.*)$`), "语法错误：此处应为 $1，实际为 $2"},
	{regexp.MustCompile(`^Unexpected (.*)$`), "语法错误：意外的 $1"},
	{regexp.MustCompile(`^Invalid number, (.*)$`), "语法错误：数字格式不正确"},
	{regexp.MustCompile(`^Invalid character escape sequence`), "语法错误：字符串中的转义序列无效"},
	{regexp.MustCompile(`^Unterminated string`), "语法错误：字符串没有结束引号"},
	{regexp.MustCompile(`^Cannot contain the invalid character (.*)$`), "语法错误：包含无效字符 $1"},
	{regexp.MustCompile(`^Invalid character within String`), "语法错误：字符串中有无效字符"},
	// Variables (the field is the variable's path).
	{regexp.MustCompile(`^must be defined$`), "$field 为必填项"},
	{regexp.MustCompile(`^cannot be null$`), "$field 不能为空"},
	{regexp.MustCompile(`^cannot use (.+) as (\S+)$`), "$field 须为 $2 类型的值"},
	{regexp.MustCompile(`^must be a (\S+), not a (\S+)$`), "$field 须为 $1 类型的值"},
	{regexp.MustCompile(`^(.*) is not a valid (\S+)$`), "$field 的值 $1 不是 $2 的有效取值"},
	{regexp.MustCompile(`^unknown field$`), "$field 不是已知字段"},
	{regexp.MustCompile(`^enums must be ints or strings$`), "$field 须为枚举值的名称"},
	{regexp.MustCompile(`^(\S+) is not an? (\S+)$`), "$field 的值 $1 不是有效的 $2"},
}

// translateParserError rewrites gqlparser's English message for Chinese
// callers and reports the variable path as the field at fault.
func translateParserError(e *gqlerror.Error, lang string) (field string) {
	field = pathField(e.Path)
	variable := len(e.Path) > 0 && e.Path[0] == ast.PathName("variable")
	if lang == "en" {
		if variable && !strings.HasPrefix(e.Message, "$") {
			e.Message = displayField(e.Path) + ": " + e.Message
		}
		return field
	}
	msg := e.Message
	for _, t := range translations {
		m := t.re.FindStringSubmatchIndex(msg)
		if m == nil {
			continue
		}
		// The field is text, not a template: its $ must survive Expand.
		tmpl := strings.ReplaceAll(t.zh, "$field", strings.ReplaceAll(displayField(e.Path), "$", "$$"))
		e.Message = string(t.re.ExpandString(nil, tmpl, msg, m))
		return field
	}
	e.Message = "查询与接口定义不符：" + msg
	return field
}

// pathField is the last named element of a variable's path (creditCode in
// variable.in.creditCode).
func pathField(p ast.Path) string {
	for i := len(p) - 1; i >= 0; i-- {
		if n, ok := p[i].(ast.PathName); ok && n != "variable" {
			return string(n)
		}
	}
	return ""
}

// displayField writes a variable's path as the caller wrote it: $in.creditCode.
func displayField(p ast.Path) string {
	var b strings.Builder
	for _, el := range p {
		switch v := el.(type) {
		case ast.PathName:
			if v == "variable" && b.Len() == 0 {
				b.WriteString("$")
				continue
			}
			if b.Len() > 0 && b.String() != "$" {
				b.WriteString(".")
			}
			b.WriteString(string(v))
		case ast.PathIndex:
			b.WriteString("[" + itoa(int(v)) + "]")
		}
	}
	if b.Len() == 0 {
		return "输入"
	}
	return b.String()
}
