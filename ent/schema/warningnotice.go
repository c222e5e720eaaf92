package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/privacy"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"greencheck/api/viewer"
	"greencheck/ent/schema/rule"
	"greencheck/ent/schematype"
)

// WarningNotice is one enterprise's copy of a warning (预警通知) with its
// receipts: delivered, read, acknowledged (确认收到), measures reported
// (措施落实上报).
type WarningNotice struct{ ent.Schema }

func (WarningNotice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("warning_id"),
		field.Int("round").Default(1).Comment("the warning's round that pushed it"),
		field.Int("enterprise_id"),
		field.Int("district_id").Optional().Comment("the enterprise's district when pushed (figures per district)"),
		field.Enum("level").Values("YELLOW", "ORANGE", "RED").Optional().Comment("the level in force after its round"),
		field.Enum("kind").Values("PUBLISH", "UPGRADE", "DOWNGRADE", "EXTEND", "LIFT").Default("PUBLISH"),
		field.String("grade").Default("NONE").Comment("the enterprise's performance grade when pushed (绩效分级)"),
		field.JSON("measures", []schematype.NoticeMeasure{}).Optional().
			Comment("what it must do: its plan's measures for the level, or its grade's").
			Annotations(entgql.Type("[NoticeMeasure!]")),
		field.Time("pushed_at").Optional().Nillable().Annotations(entgql.OrderField("PUSHED_AT")),
		field.Time("effective_at").Optional().Nillable().Comment("when its round takes effect"),
		field.Time("ack_due_at").Optional().Nillable().
			Comment("acknowledged in time when by then: min(pushed_at + the warning's ack SLA, effective_at)"),
		field.Time("report_due_at").Optional().Nillable().
			Comment("reported in time when by then: effective_at + the warning's report SLA"),
		field.Time("delivered_at").Optional().Nillable(),
		field.Time("read_at").Optional().Nillable(),
		field.Time("acknowledged_at").Optional().Nillable().Annotations(entgql.OrderField("ACKNOWLEDGED_AT")),
		field.Int("acknowledged_by_id").Optional().Nillable(),
		field.Time("repushed_at").Optional().Nillable().Comment("pushed again, not acknowledged after the warning's repushMinutes"),
		field.Time("escalated_at").Optional().Nillable().Comment("on its district's call list since (callMinutes)"),
		field.JSON("calls", []schematype.CallAttempt{}).Optional().Comment("the district's calls to the enterprise (督促电话)").
			Annotations(entgql.Type("[CallAttempt!]")),
		field.JSON("checks", []schematype.SpotCheck{}).Optional().Comment("the district's spot checks (抽查)").
			Annotations(entgql.Type("[SpotCheck!]")),
		field.Time("checked_at").Optional().Nillable().Comment("the latest spot check"),
		field.Bool("check_compliant").Optional().Nillable().Comment("the latest spot check's verdict"),
		field.Int("ack_latency_seconds").Optional().Nillable().Comment("acknowledged_at − pushed_at"),
		field.Time("measures_reported_at").Optional().Nillable().Comment("the first report (措施落实上报)"),
		field.Time("report_updated_at").Optional().Nillable().Comment("the latest report (daily updates while active)"),
		field.Int("report_count").Default(0),
		field.JSON("report_items", []schematype.MeasureReport{}).Optional().
			Comment("the latest report, one item per required measure").
			Annotations(entgql.Type("[MeasureReport!]")),
		field.Time("evidence_at").Optional().Nillable().Comment("the first report with evidence"),
		field.Text("report").Default("").MaxRuneLen(2000).Comment("the latest report's note"),
		field.JSON("report_client_keys", []string{}).Optional().
			Comment("the client keys of the recent reports (the last 100): a retried report changes nothing").Annotations(entgql.Skip()),
	}
}

func (WarningNotice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("warning", Warning.Type).Ref("notices").Field("warning_id").Unique().Required(),
		edge.From("enterprise", Enterprise.Type).Ref("warning_notices").Field("enterprise_id").Unique().Required(),
		edge.To("acknowledged_by", User.Type).Field("acknowledged_by_id").Unique(),
		edge.To("evidence", Attachment.Type),
		edge.To("check_photos", Attachment.Type).Comment("the spot checks' photos, taken by the district"),
	}
}

func (WarningNotice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("warning_id", "round", "enterprise_id").Unique(),
		index.Fields("enterprise_id", "pushed_at"), index.Fields("warning_id", "district_id")}
}

func (WarningNotice) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (WarningNotice) Annotations() []schema.Annotation { return gqlType() }

// Notices are pushed by the administrators who publish the warning; the
// enterprise records its receipts and reports on its own, nothing else.
func (WarningNotice) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyAnonymous(), rule.AllowCityAdmin(), rule.FilterQuery(rule.OwnEnterprise)},
		Mutation: privacy.MutationPolicy{rule.DenyAnonymous(), rule.DenyCreatesBy(enterpriseRole),
			rule.LimitUpdates(viewer.RoleCityAdmin, AdminNoticeFields...), rule.LimitUpdates(districtAdmin, AdminNoticeFields...),
			rule.AllowCityAdmin(),
			rule.LimitUpdates(enterpriseRole, NoticeReceiptFields...),
			rule.WriteScoped(rule.OwnEnterprise, districtAdmin, enterpriseRole), rule.DenyWrites()},
	}
}

// AdminNoticeFields are what administrators change on a pushed notice —
// the calls they make to an enterprise that has not acknowledged and their
// spot checks; its receipts and reports are the enterprise's own.
var AdminNoticeFields = []string{"calls", "checks", "checked_at", "check_compliant", "check_photos_id", "updated_at"}

// NoticeReceiptFields are what an enterprise records on its own notice:
// receipts, acknowledgement and its measures reports.
var NoticeReceiptFields = []string{"delivered_at", "read_at", "acknowledged_at", "acknowledged_by_id",
	"ack_latency_seconds", "measures_reported_at", "report_updated_at", "report_count", "report_items",
	"evidence_at", "report", "report_client_keys", "evidence_id", "updated_at"}
