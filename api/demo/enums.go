package demo

import (
	"greencheck/ent/checklistitem"
	"greencheck/ent/eiaapproval"
	"greencheck/ent/enterprise"
	"greencheck/ent/permit"
	"greencheck/ent/training"
	"greencheck/ent/visit"
)

func checklistCategory(s string) checklistitem.Category   { return checklistitem.Category(s) }
func answerType(s string) checklistitem.AnswerType        { return checklistitem.AnswerType(s) }
func itemSeverity(s string) checklistitem.Severity        { return checklistitem.Severity(s) }
func enterprisePermitTier(s string) enterprise.PermitTier { return enterprise.PermitTier(s) }
func enterpriseGrade(s string) enterprise.PerformanceGrade {
	return enterprise.PerformanceGrade(s)
}
func permitTier(s string) permit.Tier               { return permit.Tier(s) }
func permitStatus(s string) permit.Status           { return permit.Status(s) }
func eiaReportType(s string) eiaapproval.ReportType { return eiaapproval.ReportType(s) }

func trainingKind(s string) training.Kind         { return training.Kind(s) }
func trainingAudience(s string) training.Audience { return training.Audience(s) }
func visitKind(s string) visit.Kind               { return visit.Kind(s) }
