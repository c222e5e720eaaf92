// Package spec is who may do what on the platform, as data: for every
// entity, role and operation, the rows the viewer may touch. It is written
// beside the schema and independently of the privacy rules that enforce it
// (ent/schema/*.go Policy, ent/schema/rule): a test walks every cell on both
// databases (api/server/privacyspec_test.go) and fails where the two
// disagree. Change the two together.
//
// Scopes are stated in terms of each entity's anchor — the path by which its
// rows belong to an enterprise, or directly to a district.
package spec

// Role is a user's role (user.role).
type Role string

const (
	City       Role = "CITY_ADMIN"     // 市局管理员
	District   Role = "DISTRICT_ADMIN" // 区县(市)分局管理员
	Expert     Role = "EXPERT"         // 驻点专家 (read-only but for delegated reviews and Q&A)
	Enterprise Role = "ENTERPRISE"     // 企业环保人员
	// Partner is a partner dashboard's API key (开放接口) of some districts
	// with every scope but PERSONAL_DATA (api/partner/scope): read-only.
	Partner Role = "PARTNER"
)

// Roles are the roles the specification covers, in order.
var Roles = []Role{City, District, Expert, Enterprise, Partner}

// Op is an operation. A creation is judged by the parent it is created
// under (Entity.Parent): its scope names the parents. The named transitions
// of the workflows (review, delegate, extend, decide…) are writes of these
// rows whose actors are defined by the finding lifecycle (api/lifecycle)
// and exposed and tested as viewerCan (api/authz).
type Op string

const (
	Read   Op = "read"
	Create Op = "create"
	Update Op = "update"
	Delete Op = "delete"
)

// Ops are the operations the specification covers.
var Ops = []Op{Read, Create, Update, Delete}

// Scope is a set of rows, relative to the viewer.
type Scope string

const (
	All  Scope = "ALL"  // every row
	None Scope = "NONE" // no row (reads are refused or empty)
	// Districts: rows anchored in one of the viewer's districts.
	Districts Scope = "DISTRICTS"
	// Own: rows anchored at the viewer's enterprise.
	Own Scope = "OWN"
	// Self: rows that are the viewer's own (its notifications).
	Self Scope = "SELF"
	// SelfOrShared: the viewer's own rows and the rows their owners
	// shared (saved reports).
	SelfOrShared Scope = "SELF_OR_SHARED"
	// Delegated: rows of findings whose review a district delegated to the
	// viewer (委托专家核查).
	Delegated Scope = "DELEGATED"
	// WhollyWithin: inspection tasks reaching only enterprises of the
	// viewer's districts (and at least one).
	WhollyWithin Scope = "WHOLLY_WITHIN"
	// People: the viewer itself; for an enterprise user its colleagues; for
	// a district administrator the enterprise users, administrators and
	// experts of its districts; for an expert the people of its districts.
	People Scope = "PEOPLE"
	// EnterpriseUsers: the enterprise users of the viewer's districts.
	EnterpriseUsers Scope = "ENTERPRISE_USERS"
	// Published: rows whose status is not DRAFT (warnings once published).
	Published Scope = "PUBLISHED"
	// DistrictsWithin: rows addressed (through their districts) only to
	// districts of the viewer's, at least one, and issued by a district's
	// user (a district's own warnings, not the city's).
	DistrictsWithin Scope = "DISTRICTS_WITHIN"
	// PublishedOrWithin: Published and DistrictsWithin together.
	PublishedOrWithin Scope = "PUBLISHED_OR_WITHIN"
	// OwnSelfDeclaring: Own rows whose grade is A, LEADING or GUARANTEE
	// and whose year is this one (Asia/Shanghai) or later (an enterprise
	// declares the measures of such a plan itself).
	OwnSelfDeclaring Scope = "OWN_SELF_DECLARING"
	// ForDistricts: rows addressed to the whole city (no districts) or to
	// one of the viewer's districts, and rows an enterprise of its
	// districts has a record of (a training's districts, its attendances).
	ForDistricts Scope = "FOR_DISTRICTS"
	// MeantFor: rows meant for the viewer's enterprise — not for
	// administrators only, addressed to the whole city or its district,
	// and naming no industries or one its industry code starts with — and
	// rows it has a record of (a training it attended).
	MeantFor Scope = "MEANT_FOR"
	// ParentsRead: rows whose parent (Entity.Parent) the viewer may read;
	// ParentsWrite: rows whose parent it may update (a training's
	// materials go with the training).
	ParentsRead  Scope = "PARENTS_READ"
	ParentsWrite Scope = "PARENTS_WRITE"
	// Team: rows whose team holds the viewer (the visits an expert is
	// sent on, which it records).
	Team Scope = "TEAM"
	// Key: rows of the viewer's own API key (a partner's registered
	// queries).
	Key Scope = "KEY"
	// Shared: rows their owners shared (saved reports, for a partner's
	// wall screen).
	Shared Scope = "SHARED"
)

// partnerReads is what a partner's key of some districts, holding every
// scope but PERSONAL_DATA, reads: a stationed expert's view of the
// entities its scopes open — enterprise records of its districts,
// published warnings, the trainings for its districts, the public FAQ and
// reference data — its own registered queries and the shared saved
// reports. Nothing else: no people, no files, no audit trail, no one's
// notifications or unshared reports, no keys. It writes nothing.
var partnerReads = map[string]Scope{
	"Enterprise": Districts, "Permit": Districts, "Facility": Districts, "EIAApproval": Districts, "EmissionPlan": Districts,
	"InspectionTask": Districts, "SelfCheck": Districts, "Answer": Districts, "Finding": Districts, "Rectification": Districts,
	"ExtensionRequest": Districts, "FindingTally": Districts,
	"Warning": Published, "WarningNotice": Districts,
	"Training": ForDistricts, "TrainingMaterial": ParentsRead, "Attendance": Districts, "Visit": Districts,
	"Question": Districts, "Reply": Districts, "FAQEntry": All,
	"District": All, "ChecklistTemplate": All, "ChecklistItem": All, "Expert": All,
	"PersistedQuery": Key, "SavedReport": Shared,
}

// Entity is one row of the table.
type Entity struct {
	Name string // the ent type, e.g. "Finding"
	// Anchor is the edge path from the entity to its Enterprise ("" for the
	// Enterprise itself), dot-separated; DistrictColumn, when set, is the
	// entity's own district column, which district roles are matched on
	// (questions are asked in a district's group).
	Anchor         string
	DistrictColumn string
	// Field is a field an update may set for the update cells (a neutral
	// one every writer may set: updated_at where the entity has it).
	Field string
	// Parent is the field naming the row a new one is created under, and
	// ParentType that row's entity; creations of entities without one
	// (reference data, tasks, people, the platform's bookkeeping) are
	// the city's or the services' and are not walked.
	Parent, ParentType string
	// Scopes[role][op]; a missing cell is None.
	Scopes map[Role]map[Op]Scope
}

// enterpriseData is the table row shape of an enterprise's records:
// administrators of the district and the enterprise itself write them.
func enterpriseData(name, anchor string, writers ...Role) Entity {
	e := Entity{Name: name, Anchor: anchor, Field: "updated_at", Scopes: map[Role]map[Op]Scope{
		City:       {Read: All, Create: All, Update: All, Delete: All},
		District:   {Read: Districts},
		Expert:     {Read: Districts},
		Enterprise: {Read: Own},
	}}
	for _, w := range writers {
		switch w {
		case District, Expert:
			e.Scopes[w][Update] = Districts
			e.Scopes[w][Create] = Districts
		case Enterprise:
			e.Scopes[w][Update] = Own
			e.Scopes[w][Create] = Own
		}
	}
	return e
}

// under sets the parent a new row is created under.
func under(e Entity, field, typ string) Entity {
	e.Parent, e.ParentType = field, typ
	return e
}

// byEnterpriseOnly: rows only the enterprise creates, nobody on its behalf.
func byEnterpriseOnly(e Entity) Entity {
	e.Scopes[City][Create] = None
	delete(e.Scopes[District], Create)
	delete(e.Scopes[Expert], Create)
	return e
}

// reference is the row shape of shared reference data: everyone reads it,
// the city changes it.
func reference(name string) Entity {
	return Entity{Name: name, Field: "updated_at", Scopes: map[Role]map[Op]Scope{
		City:       {Read: All, Update: All, Delete: All},
		District:   {Read: All},
		Expert:     {Read: All},
		Enterprise: {Read: All},
	}}
}

// system is the row shape of the platform's own bookkeeping: nobody reads
// or writes it through the API (the services do, as the system).
func system(name, field string) Entity {
	return Entity{Name: name, Field: field, Scopes: map[Role]map[Op]Scope{}}
}

// Table is the specification.
var Table = func() []Entity {
	t := []Entity{
		// The enterprise and its registry (企业档案).
		func() Entity {
			// An enterprise user changes its contacts only (fields: see
			// the schema); enterprises are registered by administrators.
			e := under(enterpriseData("Enterprise", "", District, Enterprise), "district_id", "District")
			delete(e.Scopes[Enterprise], Create)
			return e
		}(),
		under(enterpriseData("Permit", "enterprise", District), "enterprise_id", "Enterprise"),
		under(enterpriseData("Facility", "enterprise", District), "enterprise_id", "Enterprise"),
		under(enterpriseData("EIAApproval", "enterprise", District), "enterprise_id", "Enterprise"),
		// Self-inspection (自查).
		under(enterpriseData("SelfCheck", "enterprise", District, Enterprise), "enterprise_id", "Enterprise"),
		under(enterpriseData("Answer", "self_check.enterprise", District, Enterprise), "self_check_id", "SelfCheck"),
		func() Entity {
			// Stationed experts add photos to their answers; they change no file.
			e := under(enterpriseData("Attachment", "enterprise", District, Enterprise), "enterprise_id", "Enterprise")
			e.Scopes[Expert][Create] = Districts
			return e
		}(),
		// Rectification (整改): reviews by the district or the delegated expert.
		func() Entity {
			e := under(enterpriseData("Finding", "enterprise", District, Enterprise), "enterprise_id", "Enterprise")
			e.Scopes[Expert][Update] = Delegated
			return e
		}(),
		func() Entity {
			e := under(byEnterpriseOnly(enterpriseData("Rectification", "finding.enterprise", District, Enterprise)), "finding_id", "Finding")
			e.Scopes[Expert][Update] = Delegated
			return e
		}(),
		under(byEnterpriseOnly(enterpriseData("ExtensionRequest", "finding.enterprise", District, Enterprise)), "finding_id", "Finding"),
		// Services (服务): warnings received, trainings attended, visits, Q&A.
		// Notices are pushed by publishing; the enterprise records receipts.
		func() Entity {
			e := under(enterpriseData("WarningNotice", "enterprise", District, Enterprise), "enterprise_id", "Enterprise")
			delete(e.Scopes[Enterprise], Create)
			return e
		}(),
		func() Entity {
			e := under(enterpriseData("EmissionPlan", "enterprise", District), "enterprise_id", "Enterprise")
			e.Scopes[Enterprise][Update] = OwnSelfDeclaring
			return e
		}(),
		func() Entity {
			// An enterprise user records its own attendance only.
			e := under(enterpriseData("Attendance", "enterprise", District, Enterprise), "enterprise_id", "Enterprise")
			e.Scopes[Enterprise][Update] = Self
			return e
		}(),
		func() Entity {
			// The district plans and records, the experts of its team record
			// it (and, through it, the problems found on site as findings —
			// the visit tests walk that); the enterprise confirms receipt.
			e := under(enterpriseData("Visit", "enterprise", District), "enterprise_id", "Enterprise")
			e.Scopes[Enterprise][Update] = Own
			e.Scopes[Expert][Update] = Team
			return e
		}(),
		func() Entity {
			// Only the enterprise asks; the channel's experts and
			// administrators answer (their updates: see the schema).
			e := byEnterpriseOnly(under(enterpriseData("Question", "enterprise", District, Expert, Enterprise), "enterprise_id", "Enterprise"))
			e.DistrictColumn = "district_id"
			return e
		}(),
		func() Entity {
			// Replies are written, never changed.
			e := under(enterpriseData("Reply", "question.enterprise", District, Expert, Enterprise), "question_id", "Question")
			e.DistrictColumn = "question.district_id"
			for _, r := range []Role{District, Expert, Enterprise} {
				delete(e.Scopes[r], Update)
			}
			return e
		}(),
		// FAQ entries: everyone reads them; the city publishes any
		// question, a district administrator its districts'.
		{Name: "FAQEntry", Anchor: "question.enterprise", DistrictColumn: "question.district_id", Field: "updated_at",
			Parent: "question_id", ParentType: "Question", Scopes: map[Role]map[Op]Scope{
				City:       {Read: All, Create: All, Update: All, Delete: All},
				District:   {Read: All, Create: Districts, Update: Districts},
				Expert:     {Read: All},
				Enterprise: {Read: All},
			}},
		// Their search terms, derived and written by the system.
		{Name: "FAQGram", Field: "gram", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All},
			District:   {Read: All},
			Expert:     {Read: All},
			Enterprise: {Read: All},
		}},
		// Tasks are seen by whoever has one of their self-checks in scope,
		// and managed by the city or a district wholly containing them.
		{Name: "InspectionTask", Anchor: "self_checks.enterprise", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All, Update: All, Delete: All},
			District:   {Read: Districts, Update: WhollyWithin},
			Expert:     {Read: Districts},
			Enterprise: {Read: Own},
		}},
		// The audit trail: administrators only, never changed.
		{Name: "AuditEntry", Anchor: "enterprise", Field: "comment", Scopes: map[Role]map[Op]Scope{
			City:     {Read: All},
			District: {Read: Districts},
		}},
		// People.
		{Name: "User", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All, Update: All, Delete: All},
			District:   {Read: People, Update: EnterpriseUsers},
			Expert:     {Read: People},
			Enterprise: {Read: People},
		}},
		{Name: "Notification", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: Self, Update: Self, Delete: Self},
			District:   {Read: Self, Update: Self, Delete: Self},
			Expert:     {Read: Self, Update: Self, Delete: Self},
			Enterprise: {Read: Self, Update: Self, Delete: Self},
		}},
		// Saved reports: one's own, and the shared ones for administrators
		// and experts (each reader's figures are their own scope's).
		{Name: "SavedReport", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: SelfOrShared, Update: Self, Delete: Self},
			District:   {Read: SelfOrShared, Update: Self, Delete: Self},
			Expert:     {Read: SelfOrShared, Update: Self, Delete: Self},
			Enterprise: {Read: Self, Update: Self, Delete: Self},
		}},
		// Exports (导出任务): one's own only.
		{Name: "ExportJob", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: Self, Update: Self, Delete: Self},
			District:   {Read: Self, Update: Self, Delete: Self},
			Expert:     {Read: Self, Update: Self, Delete: Self},
			Enterprise: {Read: Self, Update: Self, Delete: Self},
		}},
		// Partner keys, their usage and registered queries: the city's.
		{Name: "APIKey", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City: {Read: All, Update: All, Delete: All},
		}},
		{Name: "APIKeyUsage", Field: "requests", Scopes: map[Role]map[Op]Scope{
			City: {Read: All, Update: All, Delete: All},
		}},
		{Name: "PersistedQuery", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City: {Read: All, Update: All, Delete: All},
		}},
		// The warnings' outbound channels and their delivery log: the city's.
		{Name: "WarningChannel", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City: {Read: All, Update: All, Delete: All},
		}},
		{Name: "WebhookDelivery", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City: {Read: All, Update: All, Delete: All},
		}},
		reference("District"),
		reference("ChecklistTemplate"),
		reference("ChecklistItem"),
		// Trainings are read by those they are meant for; the city
		// schedules any, a district its own districts'.
		{Name: "Training", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All, Update: All, Delete: All},
			District:   {Read: ForDistricts, Update: DistrictsWithin},
			Expert:     {Read: ForDistricts},
			Enterprise: {Read: MeantFor},
		}},
		// A training's materials go with it: read by those who read it,
		// added and removed by those who may change it.
		{Name: "TrainingMaterial", Field: "updated_at", Parent: "training_id", ParentType: "Training", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All, Create: All, Update: All, Delete: All},
			District:   {Read: ParentsRead, Create: ParentsWrite, Update: ParentsWrite, Delete: ParentsWrite},
			Expert:     {Read: ParentsRead},
			Enterprise: {Read: ParentsRead},
		}},
		// Warnings: public once published; a district's own drafts and
		// warnings are its administrators'.
		{Name: "Warning", Field: "updated_at", Scopes: map[Role]map[Op]Scope{
			City:       {Read: All, Update: All, Delete: All},
			District:   {Read: PublishedOrWithin, Update: DistrictsWithin},
			Expert:     {Read: Published},
			Enterprise: {Read: Published},
		}},
		reference("Expert"),
		// Maintained summaries of findings (api/db/tally.go): read by
		// district; an enterprise's own figures come from its findings.
		{Name: "FindingTally", DistrictColumn: "district_id", Field: "findings", Scopes: map[Role]map[Op]Scope{
			City:     {Read: All},
			District: {Read: Districts},
			Expert:   {Read: Districts},
		}},
		system("RefreshToken", "updated_at"),
		system("Reminder", "kind"),
		system("LoginThrottle", "attempts"),
	}
	for _, e := range t {
		if s, ok := partnerReads[e.Name]; ok {
			e.Scopes[Partner] = map[Op]Scope{Read: s}
		}
	}
	return t
}()

// Of returns the scope of a cell.
func (e Entity) Of(r Role, op Op) Scope {
	if s, ok := e.Scopes[r][op]; ok {
		return s
	}
	return None
}
