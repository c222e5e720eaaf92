package apperr

type message struct{ zh, en string }

// messages is the catalogue of caller-facing messages, by key. A code is its
// own key for the generic message.
var messages = map[string]message{
	string(Unauthenticated):         {"请先登录", "Please sign in"},
	string(Forbidden):               {"没有权限执行此操作", "You are not allowed to do this"},
	string(NotFound):                {"记录不存在或无权查看", "Not found, or not visible to you"},
	string(BadUserInput):            {"输入有误", "Invalid input"},
	string(Conflict):                {"记录已存在或已被修改", "The record already exists or was changed"},
	string(RateLimited):             {"尝试过于频繁，请稍后再试", "Too many attempts, please try again later"},
	string(ComplexityLimitExceeded): {"查询过于复杂（成本 %d，上限 %d）", "Query too complex (cost %d, limit %d)"},
	string(Internal):                {"服务器内部错误，请稍后再试", "Internal server error, please try again later"},

	"auth.invalid_credentials":   {"用户名或密码错误", "Wrong username or password"},
	"auth.rate_limited":          {"登录失败次数过多，请 %d 分钟后再试", "Too many failed sign-ins, try again in %d minutes"},
	"auth.token_invalid":         {"登录已失效，请重新登录", "Your session is no longer valid, please sign in again"},
	"auth.token_expired":         {"登录已过期，请重新登录", "Your session has expired, please sign in again"},
	"auth.refresh_reused":        {"登录凭证已被使用，出于安全考虑已退出所有相关会话", "This refresh token was already used; the session was ended for safety"},
	"auth.wrong_password":        {"当前密码不正确", "The current password is wrong"},
	"auth.weak_password":         {"密码至少 8 位，且须同时包含字母和数字", "Passwords need at least 8 characters with letters and digits"},
	"auth.inactive":              {"账号已停用", "This account is deactivated"},
	"input.required":             {"%s 不能为空", "%s is required"},
	"input.too_long":             {"%s 不能超过 %d 个字符", "%s must have at most %d characters"},
	"input.invalid":              {"%s 格式不正确", "%s is not valid"},
	"input.credit_code":          {"统一社会信用代码无效（18 位，末位为校验码）", "Invalid unified social credit code (18 characters, the last is a check character)"},
	"input.industry_code":        {"行业代码应为 4 位数字（GB/T 4754）", "The industry code must be 4 digits (GB/T 4754)"},
	"input.username":             {"用户名须为 3–32 位小写字母、数字或 _.-", "Usernames have 3–32 lowercase letters, digits or _.-"},
	"input.date_order":           {"有效期截止日期须晚于发证日期", "Valid-until must be after the issue date"},
	"input.coordinates":          {"坐标超出范围", "Coordinates out of range"},
	"input.pagination_required":  {"连接字段 %s 需要 first 或 last 参数", "Connection %s needs a first or last argument"},
	"input.pagination_too_large": {"连接字段 %s 每页最多 %d 条", "Connection %s returns at most %d items per page"},
	"input.body_too_large":       {"请求体过大", "Request body too large"},
	"user.enterprise_required":   {"企业用户必须关联企业", "Enterprise users need an enterprise"},
	"user.districts_required":    {"区县管理员和专家必须关联区县", "District administrators and experts need districts"},
	"conflict.credit_code":       {"该统一社会信用代码已登记", "This credit code is already registered"},
	"conflict.username":          {"用户名已被使用", "This username is taken"},
}
