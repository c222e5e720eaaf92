package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/api/viewer"
	"greencheck/ent/schema/rule"
)

// ExportJob is one export of a list or a report to a workbook (导出任务),
// written by api/exchange as its owner reads the rows (the owner's privacy
// scope decides them). Up to 10,000 rows it is done within the request;
// beyond, it runs in the background with its progress in this row. Its
// file is kept 7 days (expires_at); each user has at most one running in
// the background.
type ExportJob struct{ ent.Schema }

func (ExportJob) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().Comment("its owner, who alone reads it"),
		field.Enum("list").Values("ENTERPRISES", "FINDINGS", "USERS", "TASKS", "WARNINGS", "NOTICES",
			"QUESTIONS", "TRAININGS", "VISITS", "API_KEYS", "REPORT", "PROBLEMS").Immutable().
			Comment("what is exported: a list of the SPA, or a report"),
		field.Enum("format").Values("XLSX", "CSV").Default("XLSX").Immutable(),
		field.Enum("status").Values("RUNNING", "DONE", "FAILED").Default("RUNNING").
			Annotations(entgql.OrderField("STATUS")),
		field.Bool("background").Default(false).Immutable().
			Comment("written after the request (more rows than are written within it)"),
		field.Int("progress").Default(0).Min(0).Max(100).Comment("percent of the rows written"),
		field.Int("rows").Default(0).Min(0).Comment("rows written so far"),
		field.Int("total").Default(0).Min(0).Comment("rows the export holds (counted when it started)"),
		field.String("file_name").Default("").MaxRuneLen(200).Comment("the download's name"),
		field.String("path").Default("").Sensitive().Annotations(entgql.Skip()).
			Comment("the file under the data folder's exports/"),
		field.Int64("size").Default(0).Comment("bytes of the file"),
		field.String("failure").Default("").Annotations(entgql.Skip()).
			Comment("why it failed: an apperr message key"),
		field.Time("finished_at").Optional().Nillable(),
		field.Time("expires_at").Comment("the file is removed then (7 days after it started)"),
		field.String("fingerprint").Default("").Annotations(entgql.Skip()).
			Comment("SHA-256 of the request (the list's filters and order, or the report's input): a client key names one request"),
		field.String("client_key").Optional().Nillable().MaxRuneLen(64).
			Comment("idempotency key of the requesting mutation: a retry starts nothing new").Annotations(entgql.Skip()),
	}
}

func (ExportJob) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("export_jobs").Field("user_id").Unique().Required().Immutable(),
	}
}

func (ExportJob) Indexes() []ent.Index {
	return []ent.Index{
		// One running background export per user, held by the database
		// (small ones, written within their request, are not held back).
		index.Fields("user_id").Unique().Annotations(entsql.IndexWhere("status = 'RUNNING' AND background")),
		index.Fields("user_id", "client_key"), index.Fields("expires_at")}
}

func (ExportJob) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}}
}

func (ExportJob) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField("exportJobs"), entgql.RelayConnection()}
}

// Everyone reads and changes only their own exports (the service writes
// them as their owner); partners' keys export nothing.
func (ExportJob) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.FilterOwn("user_id")},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.OwnUserRows(viewer.RoleCityAdmin, viewer.RoleDistrictAdmin,
			viewer.RoleExpert, viewer.RoleEnterprise), rule.AllowCreateBySignedIn(), rule.FilterOwn("user_id")},
	}
}
