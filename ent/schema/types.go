package schema

import "entgo.io/ent"

// Types lists every schema of the graph, for what reads the schema at run
// time: the input limits (api/input) the API checks and the SPA's forms
// read. TestTypesListsEverySchema keeps it complete.
var Types = []ent.Interface{
	Answer{}, APIKey{}, APIKeyUsage{}, Attachment{}, Attendance{}, AuditEntry{}, ChecklistItem{}, ChecklistTemplate{},
	District{}, EIAApproval{}, EmissionPlan{}, Enterprise{}, Expert{}, ExportJob{}, ExtensionRequest{}, Facility{}, FAQEntry{}, FAQGram{},
	Finding{}, FindingTally{},
	InspectionTask{}, LoginThrottle{}, Notification{}, Permit{}, PersistedQuery{}, Question{}, Rectification{},
	RefreshToken{}, Reminder{}, Reply{}, SavedReport{}, SelfCheck{}, Training{}, TrainingMaterial{}, User{}, Visit{}, Warning{}, WarningChannel{}, WarningNotice{}, WebhookDelivery{},
}
