/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      role mustChangePassword passwordRule\n      user { id username displayName enterpriseID }\n      enterprise { id name }\n      districts { id code nameZh nameEn }\n      can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail publishWarning manageWarningChannels keepEmissionPlans askQuestion planVisit scheduleTraining managePartnerKeys creatableRoles }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id enterpriseID } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($input: LogoutInput!) { logout(input: $input) }\n": typeof types.LogoutDocument,
    "\n  query UnreadCount { unreadNotificationCount }\n": typeof types.UnreadCountDocument,
    "\n  subscription NotificationAdded { notificationAdded { id title } }\n": typeof types.NotificationAddedDocument,
    "\n  mutation UpdateEnterpriseContacts($input: UpdateEnterpriseContactsInput!) {\n    updateEnterpriseContacts(input: $input) { enterprise { id contacts { name role phone email } } }\n  }\n": typeof types.UpdateEnterpriseContactsDocument,
    "\n  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id code nameZh nameEn } } } }\n": typeof types.DistrictsDocument,
    "\n  query Enterprise($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade airRelated keySupervised vocUser hazardousWaste status\n        longitude latitude districtID\n        viewerCan { update updateContacts editRegistry }\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        permits(first: 10) { edges { node { id number tier issuedOn validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber reportType approvedOn acceptanceOn } } }\n        facilities(first: 30) { edges { node { id code name kind capacity capacityUnit technology status } } }\n        findings(first: 50, orderBy: { field: DUE_AT, direction: DESC }) {\n          totalCount\n          edges { node { id title titleEn status open severity dueAt } }\n        }\n        visits(first: 20, orderBy: { field: SCHEDULED_ON, direction: DESC }) {\n          totalCount\n          edges { node { id kind status scheduledOn heldOn confirmedAt } }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name } } }\n": typeof types.UpdateEnterpriseDocument,
    "\n  query Enterprises($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {\n    enterprises(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges {\n        node {\n          id name creditCode industryCode industryName permitTier performanceGrade\n          district { nameZh nameEn }\n          openFindings overdueFindings\n        }\n      }\n    }\n  }\n": typeof types.EnterprisesDocument,
    "\n  query EnterpriseListTask($id: ID!) { node(id: $id) { ... on InspectionTask { id title } } }\n": typeof types.EnterpriseListTaskDocument,
    "\n  mutation CreatePermit($input: CreatePermitInput!) { createPermit(input: $input) { permit { id } } }\n": typeof types.CreatePermitDocument,
    "\n  mutation CreateFacility($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } } }\n": typeof types.CreateFacilityDocument,
    "\n  mutation CreateEIAApproval($input: CreateEIAApprovalInput!) { createEIAApproval(input: $input) { eiaApproval { id } } }\n": typeof types.CreateEiaApprovalDocument,
    "\n  mutation UpdatePermit($input: UpdatePermitInput!) { updatePermit(input: $input) { permit { id } } }\n": typeof types.UpdatePermitDocument,
    "\n  mutation UpdateFacility($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { id } } }\n": typeof types.UpdateFacilityDocument,
    "\n  mutation UpdateEIAApproval($input: UpdateEIAApprovalInput!) { updateEIAApproval(input: $input) { eiaApproval { id } } }\n": typeof types.UpdateEiaApprovalDocument,
    "\n  mutation ImportRegistry($file: Upload!, $dryRun: Boolean!, $key: String!) {\n    importRegistry(file: $file, dryRun: $dryRun, progressKey: $key) {\n      dryRun applied problemCount exampleRow\n      enterprises { rows created updated unchanged }\n      permits { rows created updated unchanged }\n      facilities { rows created updated unchanged }\n      eiaApprovals { rows created updated unchanged }\n      users { rows created updated unchanged }\n      problems { sheet row column message }\n    }\n  }\n": typeof types.ImportRegistryDocument,
    "\n  subscription ImportProgress($key: String!) { importProgress(key: $key) }\n": typeof types.ImportProgressDocument,
    "\n  query Users($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id username displayName phone role active mustChangePassword lastLoginAt enterprise { id name } districts { id nameZh nameEn } viewerCan { manage } } }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } } }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { user { id active } } }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }\n": typeof types.ResetUserPasswordDocument,
    "\n  query EnterpriseSearch($q: String!) { enterprises(first: 20, where: { nameContains: $q }) { edges { node { id name } } } }\n": typeof types.EnterpriseSearchDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n": typeof types.ChangePasswordDocument,
    "\n  query AskSubject($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistItem { id code questionZh questionEn }\n      ... on Finding { id title titleEn }\n      ... on WarningNotice { id warning { id title } }\n    }\n  }\n": typeof types.AskSubjectDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }\n": typeof types.AskQuestionDocument,
    "\n  query MyQuestions {\n    questions(first: 50, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title status createdAt updatedAt confirmedAt viewerCan { confirm } } }\n    }\n  }\n": typeof types.MyQuestionsDocument,
    "\n  subscription AnyQuestionChanged { questionChanged { id status updatedAt } }\n": typeof types.AnyQuestionChangedDocument,
    "\n  query FaqSearch($text: String!, $where: FAQEntryWhereInput, $first: Int) {\n    faqSearch(text: $text, where: $where, first: $first) {\n      totalCount\n      edges { node { id title body answer item { id code } } }\n    }\n  }\n": typeof types.FaqSearchDocument,
    "\n  query QuestionThread($id: ID!) {\n    node(id: $id) {\n      ... on Question {\n        id title body status createdAt firstAnsweredAt resolvedAt confirmedAt escalatedAt faqPublished\n        district { id nameZh nameEn }\n        enterprise { id name }\n        item { id code questionZh questionEn }\n        finding { id title titleEn }\n        notice { id warning { id title } }\n        attachments { id name contentType url takenAt }\n        viewerCan { answer reply resolve confirm publishFAQ }\n        replies(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges { node { id body createdAt authorRole fromAsker expert { id name organization title } attachments { id name contentType url takenAt } } }\n        }\n      }\n    }\n  }\n": typeof types.QuestionThreadDocument,
    "\n  subscription QuestionChanged($id: ID) { questionChanged(id: $id) { id status updatedAt } }\n": typeof types.QuestionChangedDocument,
    "\n  mutation ReplyToQuestion($input: ReplyToQuestionInput!) { replyToQuestion(input: $input) { id } }\n": typeof types.ReplyToQuestionDocument,
    "\n  mutation ResolveQuestion($id: ID!) { resolveQuestion(id: $id) { id status resolvedAt } }\n": typeof types.ResolveQuestionDocument,
    "\n  mutation ConfirmQuestion($id: ID!) { confirmQuestion(id: $id) { id status confirmedAt } }\n": typeof types.ConfirmQuestionDocument,
    "\n  query FaqDraft($id: ID!) { faqDraft(questionID: $id) { title body answer } }\n": typeof types.FaqDraftDocument,
    "\n  mutation PublishFAQ($input: PublishFAQInput!) { publishFAQ(input: $input) { id title } }\n": typeof types.PublishFaqDocument,
    "\n  query QuestionQueue($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: QuestionWhereInput, $orderBy: QuestionOrder) {\n    questions(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status createdAt updatedAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh nameEn } } }\n    }\n  }\n": typeof types.QuestionQueueDocument,
    "\n  subscription QueueQuestionChanged { questionChanged { id status updatedAt } }\n": typeof types.QueueQuestionChangedDocument,
    "\n  query QuestionFigures($from: Time!, $to: Time!) {\n    questionFigures(from: $from, to: $to) {\n      total { asked answered open escalated medianMinutes p90Minutes }\n      byDistrict { district { id nameZh nameEn } response { asked answered open medianMinutes p90Minutes } }\n      byAnswerer { user { id displayName } response { answered medianMinutes p90Minutes } }\n    }\n  }\n": typeof types.QuestionFiguresDocument,
    "\n  mutation ExportList($input: ExportListInput!) { exportList(input: $input) { id status rows total url } }\n": typeof types.ExportListDocument,
    "\n  mutation ExportReport($input: ReportInput!, $format: ExportJobFormat!, $key: String, $name: String) {\n    exportReport(input: $input, format: $format, clientKey: $key, name: $name) { id status rows total url }\n  }\n": typeof types.ExportReportDocument,
    "\n  query ExportJobs {\n    exportJobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id list format status progress rows total fileName url error createdAt expiresAt } }\n    }\n  }\n": typeof types.ExportJobsDocument,
    "\n  subscription ExportJobUpdated($id: ID!) { exportJobUpdated(id: $id) { id status progress rows total url error } }\n": typeof types.ExportJobUpdatedDocument,
    "\n  mutation UploadFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id name contentType size url takenAt } }\n  }\n": typeof types.UploadFilesDocument,
    "\n  query EnterpriseHome {\n    selfChecks(first: 10, where: { statusNEQ: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id status applicableCount answeredCount task { id title dueAt } } }\n    }\n    findings(first: 20, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt overdue } }\n    }\n    notifications(first: 3, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title createdAt } }\n    }\n  }\n": typeof types.EnterpriseHomeDocument,
    "\n  query LegalInstruments {\n    legalInstruments { code name number kind articles { article items { id } } }\n  }\n": typeof types.LegalInstrumentsDocument,
    "\n  query LegalInstrument($code: String!) {\n    legalInstrument(code: $code) {\n      code name number kind\n      officialSource { name url }\n      articles { article citation items { id code questionZh questionEn } }\n    }\n  }\n": typeof types.LegalInstrumentDocument,
    "\n  query Notifications($after: Cursor) {\n    unread: notifications(first: 50, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    read: notifications(first: 20, after: $after, where: { readAtNotNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }\n": typeof types.MarkReadDocument,
    "\n  mutation MarkAllRead { markAllNotificationsRead }\n": typeof types.MarkAllReadDocument,
    "\n  query APIKeys($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: APIKeyWhereInput, $orderBy: APIKeyOrder) {\n    apiKeys(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id name prefix scopes budget refillPerSecond persistedOnly expiresAt lastUsedAt createdAt previousValidUntil status\n        districts { id nameZh nameEn } viewerCan { change rotate } } }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateAPIKey($input: CreateAPIKeyInput!) { createAPIKey(input: $input) { secret apiKey { id name } } }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation UpdateAPIKey($id: ID!, $input: UpdateAPIKeyInput!) { updateAPIKey(id: $id, input: $input) { id name } }\n": typeof types.UpdateApiKeyDocument,
    "\n  mutation RotateAPIKey($id: ID!, $overlapMinutes: Int!) { rotateAPIKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { id name previousValidUntil } } }\n": typeof types.RotateApiKeyDocument,
    "\n  mutation RevokeAPIKey($id: ID!) { revokeAPIKey(id: $id) { id status } }\n": typeof types.RevokeApiKeyDocument,
    "\n  query APIKeyBounds {\n    apiKeyBounds { budget { min max default } refillPerSecond { min max default } overlapMinutes { min max default } }\n    districts(first: 50) { totalCount }\n  }\n": typeof types.ApiKeyBoundsDocument,
    "\n  query APIKeyUsage($id: ID!) {\n    apiKeyUsage(apiKeyId: $id, days: 30) { day requests cost refused }\n    node(id: $id) { ... on APIKey { id persistedQueries { id name sha256 query createdAt } } }\n  }\n": typeof types.ApiKeyUsageDocument,
    "\n  mutation RegisterPersistedQuery($apiKeyId: ID!, $query: String!, $name: String) {\n    registerPersistedQuery(apiKeyId: $apiKeyId, query: $query, name: $name) { id sha256 }\n  }\n": typeof types.RegisterPersistedQueryDocument,
    "\n  mutation UnregisterPersistedQuery($apiKeyId: ID!, $sha256: String!) { unregisterPersistedQuery(apiKeyId: $apiKeyId, sha256: $sha256) }\n": typeof types.UnregisterPersistedQueryDocument,
    "\n  query Profile($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        viewerCan { updateContacts }\n        permits(first: 10) { edges { node { id number tier validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber approvedOn acceptanceOn } } }\n        facilities(first: 20) { edges { node { id code name kind technology } } }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query FindingAuditTrail($subjectID: Int!) {\n    auditEntries(first: 50, where: { subjectType: \"Finding\", subjectID: $subjectID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges { node { id createdAt actorName action fromValue toValue comment } }\n    }\n  }\n": typeof types.FindingAuditTrailDocument,
    "\n  query DistrictExperts($districtID: ID!) {\n    users(first: 50, where: { role: EXPERT, active: true, hasDistrictsWith: [{ id: $districtID }] }) {\n      edges { node { id displayName username } }\n    }\n  }\n": typeof types.DistrictExpertsDocument,
    "\n  mutation DelegateReview($findingID: ID!, $expertID: ID) {\n    delegateReview(findingID: $findingID, expertID: $expertID) { id delegate { id displayName } }\n  }\n": typeof types.DelegateReviewDocument,
    "\n  mutation RequestExtension($input: RequestExtensionInput!) {\n    requestExtension(input: $input) { request { id status } finding { id dueAt } }\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation DecideExtension($input: DecideExtensionInput!) {\n    decideExtension(input: $input) { request { id status answer } finding { id dueAt overdue } }\n  }\n": typeof types.DecideExtensionDocument,
    "\n  mutation SubmitRectification($input: SubmitRectificationInput!) {\n    submitRectification(input: $input) { rectification { id decision } finding { id status open viewerCan { submitRectification requestExtension review delegate } } }\n  }\n": typeof types.SubmitRectificationDocument,
    "\n  mutation ReviewRectification($input: ReviewRectificationInput!) {\n    reviewRectification(input: $input) { rectification { id decision reason } finding { id status open dueAt closedAt viewerCan { submitRectification requestExtension review delegate } } }\n  }\n": typeof types.ReviewRectificationDocument,
    "\n  query Finding($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id title titleEn description descriptionEn status open severity source dueAt closedAt createdAt\n        visit { id kind heldOn }\n        viewerCan { submitRectification requestExtension review delegate }\n        guidanceZh guidanceEn\n        legalBasis { instrument article citation confidence }\n        enterprise { id name district { id nameZh nameEn } }\n        delegate { id displayName }\n        item { code }\n        answer { id valueText note answeredAt attachments { id name contentType url takenAt } }\n        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {\n          edges { node { id measures decision reason submittedAt reviewedAt evidence { id name contentType url takenAt } } }\n        }\n        extensionRequests(first: 20, orderBy: { field: STATUS, direction: DESC }) {\n          edges { node { id reason status answer requestedDueAt previousDueAt createdAt viewerCan { decide } } }\n        }\n      }\n    }\n  }\n": typeof types.FindingDocument,
    "\n  query Findings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {\n    findings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title titleEn status open severity dueAt closedAt createdAt overdue enterprise { id name district { nameZh nameEn } } } }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  query FindingListScope($id: ID!) { node(id: $id) { id ... on InspectionTask { title } ... on Enterprise { name } } }\n": typeof types.FindingListScopeDocument,
    "\n  query FindingLifecycle { findingLifecycle { statuses { status } } }\n": typeof types.FindingLifecycleDocument,
    "\n  query OpenFindings {\n    findings(first: 50, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt } }\n    }\n  }\n": typeof types.OpenFindingsDocument,
    "\n  query Dashboard {\n    dashboard {\n      enterprises findings closedFindings openFindings overdueFindings rectificationRate\n      warningNotices acknowledgedInTime warningResponseRate\n      byDistrict { district { id code nameZh nameEn } enterprises findings closedFindings rectificationRate }\n      byCategory { category findings closedFindings }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardTrend($industries: Boolean!) {\n    findingTrend(months: 24) { month found closed }\n    findingsByIndustry(limit: 10) @include(if: $industries) { code name enterprises findings openFindings }\n  }\n": typeof types.DashboardTrendDocument,
    "\n  query DashboardReports {\n    dashboardReports {\n      id name chart input\n      figures(limit: 60) { cube granularity totalRows measures { label unit } dimensions { label } rows { dimensions { value label } period periodLabel values previous } }\n    }\n  }\n": typeof types.DashboardReportsDocument,
    "\n  query ReportSchema {\n    reportSchema {\n      cube label\n      measures { measure unit label }\n      dimensions { dimension label }\n      timeFields { field label }\n    }\n  }\n": typeof types.ReportSchemaDocument,
    "\n  query RunReport($input: ReportInput!) {\n    report(input: $input) {\n      cube totalRows fromSummaries periodsFilled granularity\n      measures { measure unit label }\n      dimensions { dimension label }\n      rows { dimensions { value label } period periodLabel values previous change }\n    }\n  }\n": typeof types.RunReportDocument,
    "\n  query ReportValues($input: ReportInput!) {\n    report(input: $input) { rows { dimensions { value label } } }\n  }\n": typeof types.ReportValuesDocument,
    "\n  query SavedReports {\n    savedReports(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name input chart shared pinned viewerCan { change } } }\n    }\n  }\n": typeof types.SavedReportsDocument,
    "\n  mutation SaveReport($input: SaveReportInput!) {\n    saveReport(input: $input) { id name input chart shared pinned viewerCan { change } }\n  }\n": typeof types.SaveReportDocument,
    "\n  mutation DeleteSavedReport($id: ID!) { deleteSavedReport(id: $id) }\n": typeof types.DeleteSavedReportDocument,
    "\n  query SelfChecks($after: Cursor) {\n    selfChecks(first: 20, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id status applicableCount answeredCount submittedAt task { id title dueAt } } }\n    }\n  }\n": typeof types.SelfChecksDocument,
    "\n  query SelfCheck($id: ID!) {\n    node(id: $id) {\n      ... on SelfCheck {\n        id status applicableCount answeredCount progress viewerCan { answer submit }\n        task { id title dueAt }\n        applicableItems {\n          id code category questionZh questionEn answerType defaultDeadlineDays severity\n          findingLabelZh findingLabelEn guidanceZh guidanceEn\n          compliance { choices min max withinMonths aheadDays }\n          legalRefs { instrument article citation confidence }\n        }\n        answers(first: 100) { edges { node { id value valueText note compliant item { id } attachments { id name contentType url takenAt } } } }\n      }\n    }\n  }\n": typeof types.SelfCheckDocument,
    "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) { selfCheck { id status } findings { id } }\n  }\n": typeof types.SubmitSelfCheckDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      ... on InspectionTask {\n        id title description status issuedAt dueAt closedAt\n        viewerCan { extend close }\n        template { name version }\n        issuedBy { displayName }\n      }\n    }\n    taskProgress(taskID: $id) {\n      total notStarted inProgress submitted submittedShare\n      byDistrict { district { id nameZh nameEn } total notStarted inProgress submitted submittedShare }\n    }\n    rectificationFigures(taskID: $id) {\n      findings closedFindings openFindings overdueFindings rectificationRate onTimeRate meanDaysToClose\n    }\n  }\n": typeof types.InspectionTaskDocument,
    "\n  mutation ExtendInspectionTask($id: ID!, $dueAt: Time!) { extendInspectionTask(id: $id, dueAt: $dueAt) { id dueAt } }\n": typeof types.ExtendInspectionTaskDocument,
    "\n  mutation CloseInspectionTask($id: ID!) { closeInspectionTask(id: $id) { id status closedAt viewerCan { extend close } } }\n": typeof types.CloseInspectionTaskDocument,
    "\n  query InspectionTasks($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: InspectionTaskWhereInput, $orderBy: InspectionTaskOrder) {\n    inspectionTasks(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }\n    }\n  }\n": typeof types.InspectionTasksDocument,
    "\n  query TaskWizardData {\n    checklistTemplates(first: 20, where: { status: PUBLISHED }, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version items(first: 0) { totalCount } } }\n    }\n    districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } }\n  }\n": typeof types.TaskWizardDataDocument,
    "\n  query EnterprisesInScope($scope: TaskScopeInput!) { enterprisesInScope(scope: $scope) }\n": typeof types.EnterprisesInScopeDocument,
    "\n  mutation IssueInspectionTask($input: IssueInspectionTaskInput!) {\n    issueInspectionTask(input: $input) { task { id selfChecks(first: 0) { totalCount } } }\n  }\n": typeof types.IssueInspectionTaskDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }\n      selfCheck { id status answeredCount progress viewerCan { answer submit } }\n      preview { title dueAt }\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation UploadAnswerFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id } }\n  }\n": typeof types.UploadAnswerFilesDocument,
    "\n  query ChecklistTemplate($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistTemplate {\n        id name version status description\n        viewerCan { edit }\n        items(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {\n          edges { node {\n            code category questionZh questionEn answerType severity defaultDeadlineDays\n            findingLabelZh findingLabelEn guidanceZh guidanceEn\n            compliance { expect min max withinMonths aheadDays choices compliant }\n            applicability { permitTiers industryPrefixes flags }\n            legalRefs { instrument article confidence }\n          } }\n        }\n      }\n    }\n  }\n": typeof types.ChecklistTemplateDocument,
    "\n  mutation SaveChecklistDraft($id: ID!, $input: ChecklistDraftInput!) { saveChecklistDraft(id: $id, input: $input) { id name } }\n": typeof types.SaveChecklistDraftDocument,
    "\n  mutation PublishChecklistTemplate($id: ID!) { publishChecklistTemplate(id: $id) { id status publishedAt viewerCan { edit draft } } }\n": typeof types.PublishChecklistTemplateDocument,
    "\n  query ApplicabilityReach($rules: [ApplicabilityInput!]!) { applicabilityReach(rules: $rules) }\n": typeof types.ApplicabilityReachDocument,
    "\n  query ChecklistTemplates {\n    checklistTemplates(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version status publishedAt items(first: 0) { totalCount } tasks(first: 0) { totalCount } viewerCan { draft } } }\n    }\n  }\n": typeof types.ChecklistTemplatesDocument,
    "\n  mutation DraftChecklistTemplate($fromID: ID!) { draftChecklistTemplate(fromID: $fromID) { id } }\n": typeof types.DraftChecklistTemplateDocument,
    "\n  mutation CreateChecklistTemplate($name: String!) { createChecklistTemplate(name: $name) { id } }\n": typeof types.CreateChecklistTemplateDocument,
    "\n  mutation ImportChecklistTemplate($file: Upload!) { importChecklistTemplate(file: $file) { id } }\n": typeof types.ImportChecklistTemplateDocument,
    "\n  query Learn($user: ID!) {\n    trainings(first: 50, orderBy: { field: STARTS_AT, direction: DESC }) {\n      edges { node { id title kind startsAt durationMinutes completionThreshold liveURL replayURL audience } }\n    }\n    attendances(first: 100, where: { userID: $user }) {\n      edges { node { id trainingID joinedAt watchedMinutes completedAt } }\n    }\n  }\n": typeof types.LearnDocument,
    "\n  mutation RegisterForTraining($id: ID!) { registerForTraining(trainingID: $id) { id trainingID } }\n": typeof types.RegisterForTrainingDocument,
    "\n  mutation JoinTraining($id: ID!) { joinTraining(trainingID: $id) { id joinedAt } }\n": typeof types.JoinTrainingDocument,
    "\n  mutation ReportTrainingWatched($id: ID!, $minutes: [Int!]!) { reportTrainingWatched(trainingID: $id, minutes: $minutes) { id watchedMinutes completedAt } }\n": typeof types.ReportTrainingWatchedDocument,
    "\n  query TrainingPage($id: ID!, $user: ID!) {\n    node(id: $id) { ... on Training { id title description kind startsAt durationMinutes completionThreshold liveURL replayURL materials { id name contentType size url } } }\n    attendances(first: 1, where: { userID: $user, trainingID: $id }) { edges { node { id watchedMinutes completedAt } } }\n  }\n": typeof types.TrainingPageDocument,
    "\n  mutation AddTrainingMaterials($id: ID!, $files: [Upload!]!, $key: String) {\n    addTrainingMaterials(trainingID: $id, files: $files, clientKey: $key) { id materials { id name contentType size url } }\n  }\n": typeof types.AddTrainingMaterialsDocument,
    "\n  query TrainingMaterials($id: ID!) { node(id: $id) { ... on Training { id materials { id name contentType size url } } } }\n": typeof types.TrainingMaterialsDocument,
    "\n  mutation RemoveTrainingMaterial($id: ID!) { removeTrainingMaterial(id: $id) { id materials { id name contentType size url } } }\n": typeof types.RemoveTrainingMaterialDocument,
    "\n  query TrainingsAdmin($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: TrainingOrder) {\n    trainings(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title kind startsAt durationMinutes audience industryPrefixes replayURL districts { id nameZh nameEn }\n        viewerCan { manage } materials { id } } }\n    }\n  }\n": typeof types.TrainingsAdminDocument,
    "\n  query TrainingCoverage($id: ID) {\n    trainingCoverage(trainingID: $id) {\n      training { id title }\n      total { registered attended completed heads }\n      byDistrict { district { id nameZh nameEn } coverage { registered attended completed heads } }\n      enterprises uncovered\n    }\n  }\n": typeof types.TrainingCoverageDocument,
    "\n  mutation SetTrainingReplay($id: ID!, $url: String!) { setTrainingReplay(id: $id, replayURL: $url) { id replayURL } }\n": typeof types.SetTrainingReplayDocument,
    "\n  mutation ScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }\n": typeof types.ScheduleTrainingDocument,
    "\n  query ProblemList($districtID: ID, $reason: ProblemReason, $offset: Int, $first: Int) {\n    problemList(districtID: $districtID, reason: $reason, offset: $offset, first: $first) {\n      totalCount\n      byReason { reason count }\n      entries {\n        enterprise { id name district { id nameZh nameEn } }\n        reasons { reason count }\n        plannedVisit { id scheduledOn kind }\n        lastVisit { id heldOn kind }\n      }\n    }\n  }\n": typeof types.ProblemListDocument,
    "\n  query VisitTeamCandidates($enterpriseID: ID!) { visitTeamCandidates(enterpriseID: $enterpriseID) { id displayName role } }\n": typeof types.VisitTeamCandidatesDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) { planVisit(input: $input) { id } }\n": typeof types.PlanVisitDocument,
    "\n  query Visits($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: VisitWhereInput, $orderBy: VisitOrder) {\n    visits(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id kind status scheduledOn heldOn confirmedAt enterprise { id name } } }\n    }\n  }\n": typeof types.VisitsDocument,
    "\n  query Visit($id: ID!) {\n    node(id: $id) {\n      ... on Visit {\n        id kind status scheduledOn heldOn notes plan reasons confirmedAt\n        planSteps { measure responsible dueOn }\n        enterprise { id name }\n        team { id displayName role }\n        photos { id name contentType url takenAt }\n        findings(first: 50) { edges { node { id title severity status dueAt } } }\n        viewerCan { record cancel confirm }\n      }\n    }\n  }\n": typeof types.VisitDocument,
    "\n  mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id status } }\n": typeof types.RecordVisitDocument,
    "\n  mutation CancelVisit($id: ID!) { cancelVisit(id: $id) { id status } }\n": typeof types.CancelVisitDocument,
    "\n  mutation ConfirmVisit($id: ID!) { confirmVisit(id: $id) { id confirmedAt } }\n": typeof types.ConfirmVisitDocument,
    "\n  query WarningCallList($id: ID!, $first: Int, $last: Int, $after: Cursor, $before: Cursor) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: { warningID: $id, receipt: ON_CALL_LIST },\n      orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id escalatedAt viewerCan { call } calls { at outcome contact phone note }\n        enterprise { id name contacts { name role phone } } } }\n    }\n  }\n": typeof types.WarningCallListDocument,
    "\n  mutation RecordWarningCall($input: RecordWarningCallInput!) { recordWarningCall(input: $input) { id calls { at outcome contact phone note } } }\n": typeof types.RecordWarningCallDocument,
    "\n  query WarningChannels {\n    warningChannels(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name kind url active } }\n    }\n  }\n": typeof types.WarningChannelsDocument,
    "\n  mutation SaveWarningChannel($input: SaveWarningChannelInput!) { saveWarningChannel(input: $input) { id name kind url active } }\n": typeof types.SaveWarningChannelDocument,
    "\n  query WarningDeliveries($id: ID!) {\n    webhookDeliveries(first: 100, where: { warningID: $id }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id round status attempts deliveredAt createdAt log { at statusCode ms error } channel { id name kind } } }\n    }\n  }\n": typeof types.WarningDeliveriesDocument,
    "\n  mutation RedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }\n": typeof types.RedeliverWebhookDocument,
    "\n  query EmissionPlans($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id performanceGrade\n        facilities(first: 100) { edges { node { id code name } } }\n        emissionPlans(first: 5, orderBy: { field: YEAR, direction: DESC }) {\n          edges { node { id year grade note selfDeclared updatedAt\n            measures { level process facilityID action limitPercent so2 nox pm vocs }\n            viewerCan { edit editMeasures } } }\n        }\n      }\n    }\n  }\n": typeof types.EmissionPlansDocument,
    "\n  mutation SaveEmissionPlan($input: SaveEmissionPlanInput!) {\n    saveEmissionPlan(input: $input) { id year grade note selfDeclared updatedAt measures { level process facilityID action limitPercent so2 nox pm vocs } }\n  }\n": typeof types.SaveEmissionPlanDocument,
    "\n  query WarningNotice($id: ID!) {\n    node(id: $id) {\n      ... on WarningNotice {\n        id round kind level pushedAt effectiveAt acknowledgedAt measuresReportedAt reportUpdatedAt reportCount report\n        measures { key process action limitPercent textZh textEn }\n        reportItems { key status percent reason }\n        evidence { id name contentType url takenAt }\n        viewerCan { acknowledge report }\n        warning { id title content status round effectiveFrom effectiveTo rounds { number content } }\n      }\n    }\n  }\n": typeof types.WarningNoticeDocument,
    "\n  query WarningNotices {\n    warningNotices(first: 30, orderBy: { field: PUSHED_AT, direction: DESC }) {\n      edges { node { id kind level pushedAt acknowledgedAt reportCount viewerCan { acknowledge } warning { id title status } } }\n    }\n  }\n": typeof types.WarningNoticesDocument,
    "\n  mutation ReportWarningMeasures($input: ReportWarningMeasuresInput!) {\n    reportWarningMeasures(input: $input) {\n      id measuresReportedAt reportUpdatedAt reportCount report\n      reportItems { key status percent reason }\n      evidence { id name contentType url takenAt }\n    }\n  }\n": typeof types.ReportWarningMeasuresDocument,
    "\n  query WarningReceipts($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningNoticeWhereInput!) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id grade deliveredAt readAt acknowledgedAt measuresReportedAt reportCount reportUpdatedAt checkedAt checkCompliant report\n        measures { key textZh textEn } reportItems { key status percent reason } evidence { id name contentType url takenAt }\n        checks { at mode compliant note findingID }\n        viewerCan { check } enterprise { id name } } }\n    }\n  }\n": typeof types.WarningReceiptsDocument,
    "\n  mutation RecordWarningSpotCheck($input: RecordWarningSpotCheckInput!) {\n    recordWarningSpotCheck(input: $input) { notice { id checkedAt checkCompliant } finding { id title } }\n  }\n": typeof types.RecordWarningSpotCheckDocument,
    "\n  mutation ImportEmissionPlans($year: Int!, $file: Upload!, $dryRun: Boolean!) {\n    importEmissionPlans(year: $year, file: $file, dryRun: $dryRun) {\n      year rows enterprises created updated unchanged dryRun applied problemCount\n      problems { row column message }\n      changes { enterpriseID creditCode name action grade measures measuresBefore }\n    }\n  }\n": typeof types.ImportEmissionPlansDocument,
    "\n  query PendingWarningNotices {\n    pendingWarningNotices {\n      id round kind level pushedAt effectiveAt acknowledgedAt readAt measuresReportedAt reportCount\n      measures { key textZh textEn }\n      viewerCan { acknowledge report }\n      warning { id title content effectiveTo status rounds { number content } }\n    }\n  }\n": typeof types.PendingWarningNoticesDocument,
    "\n  subscription WarningNoticeReceived { warningNoticeReceived { id } }\n": typeof types.WarningNoticeReceivedDocument,
    "\n  mutation AcknowledgeWarningNotice($id: ID!) {\n    acknowledgeWarningNotice(id: $id) { id acknowledgedAt readAt deliveredAt viewerCan { acknowledge report } }\n  }\n": typeof types.AcknowledgeWarningNoticeDocument,
    "\n  mutation MarkWarningNoticeRead($id: ID!) { markWarningNoticeRead(id: $id) { id readAt deliveredAt } }\n": typeof types.MarkWarningNoticeReadDocument,
    "\n  query WarningBoard($id: ID!, $round: Int) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content round effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes\n        rounds { number kind level effectiveFrom effectiveTo content publishedAt recipients }\n        allRounds: board { byRound { round figures { acknowledged timelyResponseRate } } }\n        districts { id nameZh nameEn }\n        viewerCan { edit publish adjust }\n        board(round: $round) {\n          figures { ...Figures }\n          byDistrict { districtID figures { ...Figures } }\n          byGrade { grade }\n          byRound { round figures { ...Figures } }\n        }\n      }\n    }\n  }\n  fragment Figures on WarningFigures {\n    targeted delivered read acknowledged acknowledgedInTime reportsDue reported reportedInTime withEvidence\n    timelyResponseRate deliveryRate reportRate medianAckMinutes repushed onCallList checked checkedCompliant spotCheckRate\n  }\n": typeof types.WarningBoardDocument,
    "\n  subscription WarningUpdated($id: ID!) { warningUpdated(id: $id) { id status round } }\n": typeof types.WarningUpdatedDocument,
    "\n  mutation AdjustWarning($input: AdjustWarningInput!) { adjustWarning(input: $input) { id status level round effectiveTo } }\n": typeof types.AdjustWarningDocument,
    "\n  query WarningRecipients($districtIDs: [ID!], $effectiveFrom: Time) {\n    warningRecipients(districtIDs: $districtIDs, effectiveFrom: $effectiveFrom) { total byDistrict { districtID count } byGrade { grade count } }\n  }\n": typeof types.WarningRecipientsDocument,
    "\n  query WarningDefaultMeasures($level: WarningLevel!) { warningDefaultMeasures(level: $level) { grade measuresZh measuresEn } }\n": typeof types.WarningDefaultMeasuresDocument,
    "\n  mutation SaveWarningDraft($input: SaveWarningDraftInput!) { saveWarningDraft(input: $input) { id status viewerCan { publish } } }\n": typeof types.SaveWarningDraftDocument,
    "\n  query WarningDraft($id: ID!) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes repushMinutes callMinutes\n        districts { id } viewerCan { edit }\n      }\n    }\n  }\n": typeof types.WarningDraftDocument,
    "\n  mutation PublishWarning($id: ID!) { publishWarning(id: $id) { id status round publishedAt } }\n": typeof types.PublishWarningDocument,
    "\n  query Warnings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningWhereInput, $orderBy: WarningOrder) {\n    warnings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }\n    }\n  }\n": typeof types.WarningsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      role mustChangePassword passwordRule\n      user { id username displayName enterpriseID }\n      enterprise { id name }\n      districts { id code nameZh nameEn }\n      can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail publishWarning manageWarningChannels keepEmissionPlans askQuestion planVisit scheduleTraining managePartnerKeys creatableRoles }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id enterpriseID } }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($input: LogoutInput!) { logout(input: $input) }\n": types.LogoutDocument,
    "\n  query UnreadCount { unreadNotificationCount }\n": types.UnreadCountDocument,
    "\n  subscription NotificationAdded { notificationAdded { id title } }\n": types.NotificationAddedDocument,
    "\n  mutation UpdateEnterpriseContacts($input: UpdateEnterpriseContactsInput!) {\n    updateEnterpriseContacts(input: $input) { enterprise { id contacts { name role phone email } } }\n  }\n": types.UpdateEnterpriseContactsDocument,
    "\n  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id code nameZh nameEn } } } }\n": types.DistrictsDocument,
    "\n  query Enterprise($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade airRelated keySupervised vocUser hazardousWaste status\n        longitude latitude districtID\n        viewerCan { update updateContacts editRegistry }\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        permits(first: 10) { edges { node { id number tier issuedOn validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber reportType approvedOn acceptanceOn } } }\n        facilities(first: 30) { edges { node { id code name kind capacity capacityUnit technology status } } }\n        findings(first: 50, orderBy: { field: DUE_AT, direction: DESC }) {\n          totalCount\n          edges { node { id title titleEn status open severity dueAt } }\n        }\n        visits(first: 20, orderBy: { field: SCHEDULED_ON, direction: DESC }) {\n          totalCount\n          edges { node { id kind status scheduledOn heldOn confirmedAt } }\n        }\n      }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }\n": types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name } } }\n": types.UpdateEnterpriseDocument,
    "\n  query Enterprises($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {\n    enterprises(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges {\n        node {\n          id name creditCode industryCode industryName permitTier performanceGrade\n          district { nameZh nameEn }\n          openFindings overdueFindings\n        }\n      }\n    }\n  }\n": types.EnterprisesDocument,
    "\n  query EnterpriseListTask($id: ID!) { node(id: $id) { ... on InspectionTask { id title } } }\n": types.EnterpriseListTaskDocument,
    "\n  mutation CreatePermit($input: CreatePermitInput!) { createPermit(input: $input) { permit { id } } }\n": types.CreatePermitDocument,
    "\n  mutation CreateFacility($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } } }\n": types.CreateFacilityDocument,
    "\n  mutation CreateEIAApproval($input: CreateEIAApprovalInput!) { createEIAApproval(input: $input) { eiaApproval { id } } }\n": types.CreateEiaApprovalDocument,
    "\n  mutation UpdatePermit($input: UpdatePermitInput!) { updatePermit(input: $input) { permit { id } } }\n": types.UpdatePermitDocument,
    "\n  mutation UpdateFacility($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { id } } }\n": types.UpdateFacilityDocument,
    "\n  mutation UpdateEIAApproval($input: UpdateEIAApprovalInput!) { updateEIAApproval(input: $input) { eiaApproval { id } } }\n": types.UpdateEiaApprovalDocument,
    "\n  mutation ImportRegistry($file: Upload!, $dryRun: Boolean!, $key: String!) {\n    importRegistry(file: $file, dryRun: $dryRun, progressKey: $key) {\n      dryRun applied problemCount exampleRow\n      enterprises { rows created updated unchanged }\n      permits { rows created updated unchanged }\n      facilities { rows created updated unchanged }\n      eiaApprovals { rows created updated unchanged }\n      users { rows created updated unchanged }\n      problems { sheet row column message }\n    }\n  }\n": types.ImportRegistryDocument,
    "\n  subscription ImportProgress($key: String!) { importProgress(key: $key) }\n": types.ImportProgressDocument,
    "\n  query Users($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id username displayName phone role active mustChangePassword lastLoginAt enterprise { id name } districts { id nameZh nameEn } viewerCan { manage } } }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } } }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { user { id active } } }\n": types.DeactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }\n": types.ResetUserPasswordDocument,
    "\n  query EnterpriseSearch($q: String!) { enterprises(first: 20, where: { nameContains: $q }) { edges { node { id name } } } }\n": types.EnterpriseSearchDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n": types.ChangePasswordDocument,
    "\n  query AskSubject($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistItem { id code questionZh questionEn }\n      ... on Finding { id title titleEn }\n      ... on WarningNotice { id warning { id title } }\n    }\n  }\n": types.AskSubjectDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }\n": types.AskQuestionDocument,
    "\n  query MyQuestions {\n    questions(first: 50, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title status createdAt updatedAt confirmedAt viewerCan { confirm } } }\n    }\n  }\n": types.MyQuestionsDocument,
    "\n  subscription AnyQuestionChanged { questionChanged { id status updatedAt } }\n": types.AnyQuestionChangedDocument,
    "\n  query FaqSearch($text: String!, $where: FAQEntryWhereInput, $first: Int) {\n    faqSearch(text: $text, where: $where, first: $first) {\n      totalCount\n      edges { node { id title body answer item { id code } } }\n    }\n  }\n": types.FaqSearchDocument,
    "\n  query QuestionThread($id: ID!) {\n    node(id: $id) {\n      ... on Question {\n        id title body status createdAt firstAnsweredAt resolvedAt confirmedAt escalatedAt faqPublished\n        district { id nameZh nameEn }\n        enterprise { id name }\n        item { id code questionZh questionEn }\n        finding { id title titleEn }\n        notice { id warning { id title } }\n        attachments { id name contentType url takenAt }\n        viewerCan { answer reply resolve confirm publishFAQ }\n        replies(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges { node { id body createdAt authorRole fromAsker expert { id name organization title } attachments { id name contentType url takenAt } } }\n        }\n      }\n    }\n  }\n": types.QuestionThreadDocument,
    "\n  subscription QuestionChanged($id: ID) { questionChanged(id: $id) { id status updatedAt } }\n": types.QuestionChangedDocument,
    "\n  mutation ReplyToQuestion($input: ReplyToQuestionInput!) { replyToQuestion(input: $input) { id } }\n": types.ReplyToQuestionDocument,
    "\n  mutation ResolveQuestion($id: ID!) { resolveQuestion(id: $id) { id status resolvedAt } }\n": types.ResolveQuestionDocument,
    "\n  mutation ConfirmQuestion($id: ID!) { confirmQuestion(id: $id) { id status confirmedAt } }\n": types.ConfirmQuestionDocument,
    "\n  query FaqDraft($id: ID!) { faqDraft(questionID: $id) { title body answer } }\n": types.FaqDraftDocument,
    "\n  mutation PublishFAQ($input: PublishFAQInput!) { publishFAQ(input: $input) { id title } }\n": types.PublishFaqDocument,
    "\n  query QuestionQueue($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: QuestionWhereInput, $orderBy: QuestionOrder) {\n    questions(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status createdAt updatedAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh nameEn } } }\n    }\n  }\n": types.QuestionQueueDocument,
    "\n  subscription QueueQuestionChanged { questionChanged { id status updatedAt } }\n": types.QueueQuestionChangedDocument,
    "\n  query QuestionFigures($from: Time!, $to: Time!) {\n    questionFigures(from: $from, to: $to) {\n      total { asked answered open escalated medianMinutes p90Minutes }\n      byDistrict { district { id nameZh nameEn } response { asked answered open medianMinutes p90Minutes } }\n      byAnswerer { user { id displayName } response { answered medianMinutes p90Minutes } }\n    }\n  }\n": types.QuestionFiguresDocument,
    "\n  mutation ExportList($input: ExportListInput!) { exportList(input: $input) { id status rows total url } }\n": types.ExportListDocument,
    "\n  mutation ExportReport($input: ReportInput!, $format: ExportJobFormat!, $key: String, $name: String) {\n    exportReport(input: $input, format: $format, clientKey: $key, name: $name) { id status rows total url }\n  }\n": types.ExportReportDocument,
    "\n  query ExportJobs {\n    exportJobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id list format status progress rows total fileName url error createdAt expiresAt } }\n    }\n  }\n": types.ExportJobsDocument,
    "\n  subscription ExportJobUpdated($id: ID!) { exportJobUpdated(id: $id) { id status progress rows total url error } }\n": types.ExportJobUpdatedDocument,
    "\n  mutation UploadFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id name contentType size url takenAt } }\n  }\n": types.UploadFilesDocument,
    "\n  query EnterpriseHome {\n    selfChecks(first: 10, where: { statusNEQ: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id status applicableCount answeredCount task { id title dueAt } } }\n    }\n    findings(first: 20, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt overdue } }\n    }\n    notifications(first: 3, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title createdAt } }\n    }\n  }\n": types.EnterpriseHomeDocument,
    "\n  query LegalInstruments {\n    legalInstruments { code name number kind articles { article items { id } } }\n  }\n": types.LegalInstrumentsDocument,
    "\n  query LegalInstrument($code: String!) {\n    legalInstrument(code: $code) {\n      code name number kind\n      officialSource { name url }\n      articles { article citation items { id code questionZh questionEn } }\n    }\n  }\n": types.LegalInstrumentDocument,
    "\n  query Notifications($after: Cursor) {\n    unread: notifications(first: 50, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    read: notifications(first: 20, after: $after, where: { readAtNotNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }\n": types.MarkReadDocument,
    "\n  mutation MarkAllRead { markAllNotificationsRead }\n": types.MarkAllReadDocument,
    "\n  query APIKeys($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: APIKeyWhereInput, $orderBy: APIKeyOrder) {\n    apiKeys(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id name prefix scopes budget refillPerSecond persistedOnly expiresAt lastUsedAt createdAt previousValidUntil status\n        districts { id nameZh nameEn } viewerCan { change rotate } } }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateAPIKey($input: CreateAPIKeyInput!) { createAPIKey(input: $input) { secret apiKey { id name } } }\n": types.CreateApiKeyDocument,
    "\n  mutation UpdateAPIKey($id: ID!, $input: UpdateAPIKeyInput!) { updateAPIKey(id: $id, input: $input) { id name } }\n": types.UpdateApiKeyDocument,
    "\n  mutation RotateAPIKey($id: ID!, $overlapMinutes: Int!) { rotateAPIKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { id name previousValidUntil } } }\n": types.RotateApiKeyDocument,
    "\n  mutation RevokeAPIKey($id: ID!) { revokeAPIKey(id: $id) { id status } }\n": types.RevokeApiKeyDocument,
    "\n  query APIKeyBounds {\n    apiKeyBounds { budget { min max default } refillPerSecond { min max default } overlapMinutes { min max default } }\n    districts(first: 50) { totalCount }\n  }\n": types.ApiKeyBoundsDocument,
    "\n  query APIKeyUsage($id: ID!) {\n    apiKeyUsage(apiKeyId: $id, days: 30) { day requests cost refused }\n    node(id: $id) { ... on APIKey { id persistedQueries { id name sha256 query createdAt } } }\n  }\n": types.ApiKeyUsageDocument,
    "\n  mutation RegisterPersistedQuery($apiKeyId: ID!, $query: String!, $name: String) {\n    registerPersistedQuery(apiKeyId: $apiKeyId, query: $query, name: $name) { id sha256 }\n  }\n": types.RegisterPersistedQueryDocument,
    "\n  mutation UnregisterPersistedQuery($apiKeyId: ID!, $sha256: String!) { unregisterPersistedQuery(apiKeyId: $apiKeyId, sha256: $sha256) }\n": types.UnregisterPersistedQueryDocument,
    "\n  query Profile($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        viewerCan { updateContacts }\n        permits(first: 10) { edges { node { id number tier validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber approvedOn acceptanceOn } } }\n        facilities(first: 20) { edges { node { id code name kind technology } } }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query FindingAuditTrail($subjectID: Int!) {\n    auditEntries(first: 50, where: { subjectType: \"Finding\", subjectID: $subjectID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges { node { id createdAt actorName action fromValue toValue comment } }\n    }\n  }\n": types.FindingAuditTrailDocument,
    "\n  query DistrictExperts($districtID: ID!) {\n    users(first: 50, where: { role: EXPERT, active: true, hasDistrictsWith: [{ id: $districtID }] }) {\n      edges { node { id displayName username } }\n    }\n  }\n": types.DistrictExpertsDocument,
    "\n  mutation DelegateReview($findingID: ID!, $expertID: ID) {\n    delegateReview(findingID: $findingID, expertID: $expertID) { id delegate { id displayName } }\n  }\n": types.DelegateReviewDocument,
    "\n  mutation RequestExtension($input: RequestExtensionInput!) {\n    requestExtension(input: $input) { request { id status } finding { id dueAt } }\n  }\n": types.RequestExtensionDocument,
    "\n  mutation DecideExtension($input: DecideExtensionInput!) {\n    decideExtension(input: $input) { request { id status answer } finding { id dueAt overdue } }\n  }\n": types.DecideExtensionDocument,
    "\n  mutation SubmitRectification($input: SubmitRectificationInput!) {\n    submitRectification(input: $input) { rectification { id decision } finding { id status open viewerCan { submitRectification requestExtension review delegate } } }\n  }\n": types.SubmitRectificationDocument,
    "\n  mutation ReviewRectification($input: ReviewRectificationInput!) {\n    reviewRectification(input: $input) { rectification { id decision reason } finding { id status open dueAt closedAt viewerCan { submitRectification requestExtension review delegate } } }\n  }\n": types.ReviewRectificationDocument,
    "\n  query Finding($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id title titleEn description descriptionEn status open severity source dueAt closedAt createdAt\n        visit { id kind heldOn }\n        viewerCan { submitRectification requestExtension review delegate }\n        guidanceZh guidanceEn\n        legalBasis { instrument article citation confidence }\n        enterprise { id name district { id nameZh nameEn } }\n        delegate { id displayName }\n        item { code }\n        answer { id valueText note answeredAt attachments { id name contentType url takenAt } }\n        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {\n          edges { node { id measures decision reason submittedAt reviewedAt evidence { id name contentType url takenAt } } }\n        }\n        extensionRequests(first: 20, orderBy: { field: STATUS, direction: DESC }) {\n          edges { node { id reason status answer requestedDueAt previousDueAt createdAt viewerCan { decide } } }\n        }\n      }\n    }\n  }\n": types.FindingDocument,
    "\n  query Findings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {\n    findings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title titleEn status open severity dueAt closedAt createdAt overdue enterprise { id name district { nameZh nameEn } } } }\n    }\n  }\n": types.FindingsDocument,
    "\n  query FindingListScope($id: ID!) { node(id: $id) { id ... on InspectionTask { title } ... on Enterprise { name } } }\n": types.FindingListScopeDocument,
    "\n  query FindingLifecycle { findingLifecycle { statuses { status } } }\n": types.FindingLifecycleDocument,
    "\n  query OpenFindings {\n    findings(first: 50, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt } }\n    }\n  }\n": types.OpenFindingsDocument,
    "\n  query Dashboard {\n    dashboard {\n      enterprises findings closedFindings openFindings overdueFindings rectificationRate\n      warningNotices acknowledgedInTime warningResponseRate\n      byDistrict { district { id code nameZh nameEn } enterprises findings closedFindings rectificationRate }\n      byCategory { category findings closedFindings }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardTrend($industries: Boolean!) {\n    findingTrend(months: 24) { month found closed }\n    findingsByIndustry(limit: 10) @include(if: $industries) { code name enterprises findings openFindings }\n  }\n": types.DashboardTrendDocument,
    "\n  query DashboardReports {\n    dashboardReports {\n      id name chart input\n      figures(limit: 60) { cube granularity totalRows measures { label unit } dimensions { label } rows { dimensions { value label } period periodLabel values previous } }\n    }\n  }\n": types.DashboardReportsDocument,
    "\n  query ReportSchema {\n    reportSchema {\n      cube label\n      measures { measure unit label }\n      dimensions { dimension label }\n      timeFields { field label }\n    }\n  }\n": types.ReportSchemaDocument,
    "\n  query RunReport($input: ReportInput!) {\n    report(input: $input) {\n      cube totalRows fromSummaries periodsFilled granularity\n      measures { measure unit label }\n      dimensions { dimension label }\n      rows { dimensions { value label } period periodLabel values previous change }\n    }\n  }\n": types.RunReportDocument,
    "\n  query ReportValues($input: ReportInput!) {\n    report(input: $input) { rows { dimensions { value label } } }\n  }\n": types.ReportValuesDocument,
    "\n  query SavedReports {\n    savedReports(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name input chart shared pinned viewerCan { change } } }\n    }\n  }\n": types.SavedReportsDocument,
    "\n  mutation SaveReport($input: SaveReportInput!) {\n    saveReport(input: $input) { id name input chart shared pinned viewerCan { change } }\n  }\n": types.SaveReportDocument,
    "\n  mutation DeleteSavedReport($id: ID!) { deleteSavedReport(id: $id) }\n": types.DeleteSavedReportDocument,
    "\n  query SelfChecks($after: Cursor) {\n    selfChecks(first: 20, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id status applicableCount answeredCount submittedAt task { id title dueAt } } }\n    }\n  }\n": types.SelfChecksDocument,
    "\n  query SelfCheck($id: ID!) {\n    node(id: $id) {\n      ... on SelfCheck {\n        id status applicableCount answeredCount progress viewerCan { answer submit }\n        task { id title dueAt }\n        applicableItems {\n          id code category questionZh questionEn answerType defaultDeadlineDays severity\n          findingLabelZh findingLabelEn guidanceZh guidanceEn\n          compliance { choices min max withinMonths aheadDays }\n          legalRefs { instrument article citation confidence }\n        }\n        answers(first: 100) { edges { node { id value valueText note compliant item { id } attachments { id name contentType url takenAt } } } }\n      }\n    }\n  }\n": types.SelfCheckDocument,
    "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) { selfCheck { id status } findings { id } }\n  }\n": types.SubmitSelfCheckDocument,
    "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      ... on InspectionTask {\n        id title description status issuedAt dueAt closedAt\n        viewerCan { extend close }\n        template { name version }\n        issuedBy { displayName }\n      }\n    }\n    taskProgress(taskID: $id) {\n      total notStarted inProgress submitted submittedShare\n      byDistrict { district { id nameZh nameEn } total notStarted inProgress submitted submittedShare }\n    }\n    rectificationFigures(taskID: $id) {\n      findings closedFindings openFindings overdueFindings rectificationRate onTimeRate meanDaysToClose\n    }\n  }\n": types.InspectionTaskDocument,
    "\n  mutation ExtendInspectionTask($id: ID!, $dueAt: Time!) { extendInspectionTask(id: $id, dueAt: $dueAt) { id dueAt } }\n": types.ExtendInspectionTaskDocument,
    "\n  mutation CloseInspectionTask($id: ID!) { closeInspectionTask(id: $id) { id status closedAt viewerCan { extend close } } }\n": types.CloseInspectionTaskDocument,
    "\n  query InspectionTasks($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: InspectionTaskWhereInput, $orderBy: InspectionTaskOrder) {\n    inspectionTasks(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }\n    }\n  }\n": types.InspectionTasksDocument,
    "\n  query TaskWizardData {\n    checklistTemplates(first: 20, where: { status: PUBLISHED }, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version items(first: 0) { totalCount } } }\n    }\n    districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } }\n  }\n": types.TaskWizardDataDocument,
    "\n  query EnterprisesInScope($scope: TaskScopeInput!) { enterprisesInScope(scope: $scope) }\n": types.EnterprisesInScopeDocument,
    "\n  mutation IssueInspectionTask($input: IssueInspectionTaskInput!) {\n    issueInspectionTask(input: $input) { task { id selfChecks(first: 0) { totalCount } } }\n  }\n": types.IssueInspectionTaskDocument,
    "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }\n      selfCheck { id status answeredCount progress viewerCan { answer submit } }\n      preview { title dueAt }\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation UploadAnswerFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id } }\n  }\n": types.UploadAnswerFilesDocument,
    "\n  query ChecklistTemplate($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistTemplate {\n        id name version status description\n        viewerCan { edit }\n        items(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {\n          edges { node {\n            code category questionZh questionEn answerType severity defaultDeadlineDays\n            findingLabelZh findingLabelEn guidanceZh guidanceEn\n            compliance { expect min max withinMonths aheadDays choices compliant }\n            applicability { permitTiers industryPrefixes flags }\n            legalRefs { instrument article confidence }\n          } }\n        }\n      }\n    }\n  }\n": types.ChecklistTemplateDocument,
    "\n  mutation SaveChecklistDraft($id: ID!, $input: ChecklistDraftInput!) { saveChecklistDraft(id: $id, input: $input) { id name } }\n": types.SaveChecklistDraftDocument,
    "\n  mutation PublishChecklistTemplate($id: ID!) { publishChecklistTemplate(id: $id) { id status publishedAt viewerCan { edit draft } } }\n": types.PublishChecklistTemplateDocument,
    "\n  query ApplicabilityReach($rules: [ApplicabilityInput!]!) { applicabilityReach(rules: $rules) }\n": types.ApplicabilityReachDocument,
    "\n  query ChecklistTemplates {\n    checklistTemplates(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version status publishedAt items(first: 0) { totalCount } tasks(first: 0) { totalCount } viewerCan { draft } } }\n    }\n  }\n": types.ChecklistTemplatesDocument,
    "\n  mutation DraftChecklistTemplate($fromID: ID!) { draftChecklistTemplate(fromID: $fromID) { id } }\n": types.DraftChecklistTemplateDocument,
    "\n  mutation CreateChecklistTemplate($name: String!) { createChecklistTemplate(name: $name) { id } }\n": types.CreateChecklistTemplateDocument,
    "\n  mutation ImportChecklistTemplate($file: Upload!) { importChecklistTemplate(file: $file) { id } }\n": types.ImportChecklistTemplateDocument,
    "\n  query Learn($user: ID!) {\n    trainings(first: 50, orderBy: { field: STARTS_AT, direction: DESC }) {\n      edges { node { id title kind startsAt durationMinutes completionThreshold liveURL replayURL audience } }\n    }\n    attendances(first: 100, where: { userID: $user }) {\n      edges { node { id trainingID joinedAt watchedMinutes completedAt } }\n    }\n  }\n": types.LearnDocument,
    "\n  mutation RegisterForTraining($id: ID!) { registerForTraining(trainingID: $id) { id trainingID } }\n": types.RegisterForTrainingDocument,
    "\n  mutation JoinTraining($id: ID!) { joinTraining(trainingID: $id) { id joinedAt } }\n": types.JoinTrainingDocument,
    "\n  mutation ReportTrainingWatched($id: ID!, $minutes: [Int!]!) { reportTrainingWatched(trainingID: $id, minutes: $minutes) { id watchedMinutes completedAt } }\n": types.ReportTrainingWatchedDocument,
    "\n  query TrainingPage($id: ID!, $user: ID!) {\n    node(id: $id) { ... on Training { id title description kind startsAt durationMinutes completionThreshold liveURL replayURL materials { id name contentType size url } } }\n    attendances(first: 1, where: { userID: $user, trainingID: $id }) { edges { node { id watchedMinutes completedAt } } }\n  }\n": types.TrainingPageDocument,
    "\n  mutation AddTrainingMaterials($id: ID!, $files: [Upload!]!, $key: String) {\n    addTrainingMaterials(trainingID: $id, files: $files, clientKey: $key) { id materials { id name contentType size url } }\n  }\n": types.AddTrainingMaterialsDocument,
    "\n  query TrainingMaterials($id: ID!) { node(id: $id) { ... on Training { id materials { id name contentType size url } } } }\n": types.TrainingMaterialsDocument,
    "\n  mutation RemoveTrainingMaterial($id: ID!) { removeTrainingMaterial(id: $id) { id materials { id name contentType size url } } }\n": types.RemoveTrainingMaterialDocument,
    "\n  query TrainingsAdmin($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: TrainingOrder) {\n    trainings(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title kind startsAt durationMinutes audience industryPrefixes replayURL districts { id nameZh nameEn }\n        viewerCan { manage } materials { id } } }\n    }\n  }\n": types.TrainingsAdminDocument,
    "\n  query TrainingCoverage($id: ID) {\n    trainingCoverage(trainingID: $id) {\n      training { id title }\n      total { registered attended completed heads }\n      byDistrict { district { id nameZh nameEn } coverage { registered attended completed heads } }\n      enterprises uncovered\n    }\n  }\n": types.TrainingCoverageDocument,
    "\n  mutation SetTrainingReplay($id: ID!, $url: String!) { setTrainingReplay(id: $id, replayURL: $url) { id replayURL } }\n": types.SetTrainingReplayDocument,
    "\n  mutation ScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }\n": types.ScheduleTrainingDocument,
    "\n  query ProblemList($districtID: ID, $reason: ProblemReason, $offset: Int, $first: Int) {\n    problemList(districtID: $districtID, reason: $reason, offset: $offset, first: $first) {\n      totalCount\n      byReason { reason count }\n      entries {\n        enterprise { id name district { id nameZh nameEn } }\n        reasons { reason count }\n        plannedVisit { id scheduledOn kind }\n        lastVisit { id heldOn kind }\n      }\n    }\n  }\n": types.ProblemListDocument,
    "\n  query VisitTeamCandidates($enterpriseID: ID!) { visitTeamCandidates(enterpriseID: $enterpriseID) { id displayName role } }\n": types.VisitTeamCandidatesDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) { planVisit(input: $input) { id } }\n": types.PlanVisitDocument,
    "\n  query Visits($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: VisitWhereInput, $orderBy: VisitOrder) {\n    visits(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id kind status scheduledOn heldOn confirmedAt enterprise { id name } } }\n    }\n  }\n": types.VisitsDocument,
    "\n  query Visit($id: ID!) {\n    node(id: $id) {\n      ... on Visit {\n        id kind status scheduledOn heldOn notes plan reasons confirmedAt\n        planSteps { measure responsible dueOn }\n        enterprise { id name }\n        team { id displayName role }\n        photos { id name contentType url takenAt }\n        findings(first: 50) { edges { node { id title severity status dueAt } } }\n        viewerCan { record cancel confirm }\n      }\n    }\n  }\n": types.VisitDocument,
    "\n  mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id status } }\n": types.RecordVisitDocument,
    "\n  mutation CancelVisit($id: ID!) { cancelVisit(id: $id) { id status } }\n": types.CancelVisitDocument,
    "\n  mutation ConfirmVisit($id: ID!) { confirmVisit(id: $id) { id confirmedAt } }\n": types.ConfirmVisitDocument,
    "\n  query WarningCallList($id: ID!, $first: Int, $last: Int, $after: Cursor, $before: Cursor) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: { warningID: $id, receipt: ON_CALL_LIST },\n      orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id escalatedAt viewerCan { call } calls { at outcome contact phone note }\n        enterprise { id name contacts { name role phone } } } }\n    }\n  }\n": types.WarningCallListDocument,
    "\n  mutation RecordWarningCall($input: RecordWarningCallInput!) { recordWarningCall(input: $input) { id calls { at outcome contact phone note } } }\n": types.RecordWarningCallDocument,
    "\n  query WarningChannels {\n    warningChannels(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name kind url active } }\n    }\n  }\n": types.WarningChannelsDocument,
    "\n  mutation SaveWarningChannel($input: SaveWarningChannelInput!) { saveWarningChannel(input: $input) { id name kind url active } }\n": types.SaveWarningChannelDocument,
    "\n  query WarningDeliveries($id: ID!) {\n    webhookDeliveries(first: 100, where: { warningID: $id }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id round status attempts deliveredAt createdAt log { at statusCode ms error } channel { id name kind } } }\n    }\n  }\n": types.WarningDeliveriesDocument,
    "\n  mutation RedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }\n": types.RedeliverWebhookDocument,
    "\n  query EmissionPlans($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id performanceGrade\n        facilities(first: 100) { edges { node { id code name } } }\n        emissionPlans(first: 5, orderBy: { field: YEAR, direction: DESC }) {\n          edges { node { id year grade note selfDeclared updatedAt\n            measures { level process facilityID action limitPercent so2 nox pm vocs }\n            viewerCan { edit editMeasures } } }\n        }\n      }\n    }\n  }\n": types.EmissionPlansDocument,
    "\n  mutation SaveEmissionPlan($input: SaveEmissionPlanInput!) {\n    saveEmissionPlan(input: $input) { id year grade note selfDeclared updatedAt measures { level process facilityID action limitPercent so2 nox pm vocs } }\n  }\n": types.SaveEmissionPlanDocument,
    "\n  query WarningNotice($id: ID!) {\n    node(id: $id) {\n      ... on WarningNotice {\n        id round kind level pushedAt effectiveAt acknowledgedAt measuresReportedAt reportUpdatedAt reportCount report\n        measures { key process action limitPercent textZh textEn }\n        reportItems { key status percent reason }\n        evidence { id name contentType url takenAt }\n        viewerCan { acknowledge report }\n        warning { id title content status round effectiveFrom effectiveTo rounds { number content } }\n      }\n    }\n  }\n": types.WarningNoticeDocument,
    "\n  query WarningNotices {\n    warningNotices(first: 30, orderBy: { field: PUSHED_AT, direction: DESC }) {\n      edges { node { id kind level pushedAt acknowledgedAt reportCount viewerCan { acknowledge } warning { id title status } } }\n    }\n  }\n": types.WarningNoticesDocument,
    "\n  mutation ReportWarningMeasures($input: ReportWarningMeasuresInput!) {\n    reportWarningMeasures(input: $input) {\n      id measuresReportedAt reportUpdatedAt reportCount report\n      reportItems { key status percent reason }\n      evidence { id name contentType url takenAt }\n    }\n  }\n": types.ReportWarningMeasuresDocument,
    "\n  query WarningReceipts($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningNoticeWhereInput!) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id grade deliveredAt readAt acknowledgedAt measuresReportedAt reportCount reportUpdatedAt checkedAt checkCompliant report\n        measures { key textZh textEn } reportItems { key status percent reason } evidence { id name contentType url takenAt }\n        checks { at mode compliant note findingID }\n        viewerCan { check } enterprise { id name } } }\n    }\n  }\n": types.WarningReceiptsDocument,
    "\n  mutation RecordWarningSpotCheck($input: RecordWarningSpotCheckInput!) {\n    recordWarningSpotCheck(input: $input) { notice { id checkedAt checkCompliant } finding { id title } }\n  }\n": types.RecordWarningSpotCheckDocument,
    "\n  mutation ImportEmissionPlans($year: Int!, $file: Upload!, $dryRun: Boolean!) {\n    importEmissionPlans(year: $year, file: $file, dryRun: $dryRun) {\n      year rows enterprises created updated unchanged dryRun applied problemCount\n      problems { row column message }\n      changes { enterpriseID creditCode name action grade measures measuresBefore }\n    }\n  }\n": types.ImportEmissionPlansDocument,
    "\n  query PendingWarningNotices {\n    pendingWarningNotices {\n      id round kind level pushedAt effectiveAt acknowledgedAt readAt measuresReportedAt reportCount\n      measures { key textZh textEn }\n      viewerCan { acknowledge report }\n      warning { id title content effectiveTo status rounds { number content } }\n    }\n  }\n": types.PendingWarningNoticesDocument,
    "\n  subscription WarningNoticeReceived { warningNoticeReceived { id } }\n": types.WarningNoticeReceivedDocument,
    "\n  mutation AcknowledgeWarningNotice($id: ID!) {\n    acknowledgeWarningNotice(id: $id) { id acknowledgedAt readAt deliveredAt viewerCan { acknowledge report } }\n  }\n": types.AcknowledgeWarningNoticeDocument,
    "\n  mutation MarkWarningNoticeRead($id: ID!) { markWarningNoticeRead(id: $id) { id readAt deliveredAt } }\n": types.MarkWarningNoticeReadDocument,
    "\n  query WarningBoard($id: ID!, $round: Int) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content round effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes\n        rounds { number kind level effectiveFrom effectiveTo content publishedAt recipients }\n        allRounds: board { byRound { round figures { acknowledged timelyResponseRate } } }\n        districts { id nameZh nameEn }\n        viewerCan { edit publish adjust }\n        board(round: $round) {\n          figures { ...Figures }\n          byDistrict { districtID figures { ...Figures } }\n          byGrade { grade }\n          byRound { round figures { ...Figures } }\n        }\n      }\n    }\n  }\n  fragment Figures on WarningFigures {\n    targeted delivered read acknowledged acknowledgedInTime reportsDue reported reportedInTime withEvidence\n    timelyResponseRate deliveryRate reportRate medianAckMinutes repushed onCallList checked checkedCompliant spotCheckRate\n  }\n": types.WarningBoardDocument,
    "\n  subscription WarningUpdated($id: ID!) { warningUpdated(id: $id) { id status round } }\n": types.WarningUpdatedDocument,
    "\n  mutation AdjustWarning($input: AdjustWarningInput!) { adjustWarning(input: $input) { id status level round effectiveTo } }\n": types.AdjustWarningDocument,
    "\n  query WarningRecipients($districtIDs: [ID!], $effectiveFrom: Time) {\n    warningRecipients(districtIDs: $districtIDs, effectiveFrom: $effectiveFrom) { total byDistrict { districtID count } byGrade { grade count } }\n  }\n": types.WarningRecipientsDocument,
    "\n  query WarningDefaultMeasures($level: WarningLevel!) { warningDefaultMeasures(level: $level) { grade measuresZh measuresEn } }\n": types.WarningDefaultMeasuresDocument,
    "\n  mutation SaveWarningDraft($input: SaveWarningDraftInput!) { saveWarningDraft(input: $input) { id status viewerCan { publish } } }\n": types.SaveWarningDraftDocument,
    "\n  query WarningDraft($id: ID!) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes repushMinutes callMinutes\n        districts { id } viewerCan { edit }\n      }\n    }\n  }\n": types.WarningDraftDocument,
    "\n  mutation PublishWarning($id: ID!) { publishWarning(id: $id) { id status round publishedAt } }\n": types.PublishWarningDocument,
    "\n  query Warnings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningWhereInput, $orderBy: WarningOrder) {\n    warnings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }\n    }\n  }\n": types.WarningsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      role mustChangePassword passwordRule\n      user { id username displayName enterpriseID }\n      enterprise { id name }\n      districts { id code nameZh nameEn }\n      can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail publishWarning manageWarningChannels keepEmissionPlans askQuestion planVisit scheduleTraining managePartnerKeys creatableRoles }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      role mustChangePassword passwordRule\n      user { id username displayName enterpriseID }\n      enterprise { id name }\n      districts { id code nameZh nameEn }\n      can { issueTask createEnterprise editChecklists reviewFindings readAuditTrail publishWarning manageWarningChannels keepEmissionPlans askQuestion planVisit scheduleTraining managePartnerKeys creatableRoles }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id enterpriseID } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id enterpriseID } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: LogoutInput!) { logout(input: $input) }\n"): (typeof documents)["\n  mutation Logout($input: LogoutInput!) { logout(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount { unreadNotificationCount }\n"): (typeof documents)["\n  query UnreadCount { unreadNotificationCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded { notificationAdded { id title } }\n"): (typeof documents)["\n  subscription NotificationAdded { notificationAdded { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterpriseContacts($input: UpdateEnterpriseContactsInput!) {\n    updateEnterpriseContacts(input: $input) { enterprise { id contacts { name role phone email } } }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterpriseContacts($input: UpdateEnterpriseContactsInput!) {\n    updateEnterpriseContacts(input: $input) { enterprise { id contacts { name role phone email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id code nameZh nameEn } } } }\n"): (typeof documents)["\n  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id code nameZh nameEn } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade airRelated keySupervised vocUser hazardousWaste status\n        longitude latitude districtID\n        viewerCan { update updateContacts editRegistry }\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        permits(first: 10) { edges { node { id number tier issuedOn validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber reportType approvedOn acceptanceOn } } }\n        facilities(first: 30) { edges { node { id code name kind capacity capacityUnit technology status } } }\n        findings(first: 50, orderBy: { field: DUE_AT, direction: DESC }) {\n          totalCount\n          edges { node { id title titleEn status open severity dueAt } }\n        }\n        visits(first: 20, orderBy: { field: SCHEDULED_ON, direction: DESC }) {\n          totalCount\n          edges { node { id kind status scheduledOn heldOn confirmedAt } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Enterprise($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade airRelated keySupervised vocUser hazardousWaste status\n        longitude latitude districtID\n        viewerCan { update updateContacts editRegistry }\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        permits(first: 10) { edges { node { id number tier issuedOn validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber reportType approvedOn acceptanceOn } } }\n        facilities(first: 30) { edges { node { id code name kind capacity capacityUnit technology status } } }\n        findings(first: 50, orderBy: { field: DUE_AT, direction: DESC }) {\n          totalCount\n          edges { node { id title titleEn status open severity dueAt } }\n        }\n        visits(first: 20, orderBy: { field: SCHEDULED_ON, direction: DESC }) {\n          totalCount\n          edges { node { id kind status scheduledOn heldOn confirmedAt } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }\n"): (typeof documents)["\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name } } }\n"): (typeof documents)["\n  mutation UpdateEnterprise($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprises($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {\n    enterprises(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges {\n        node {\n          id name creditCode industryCode industryName permitTier performanceGrade\n          district { nameZh nameEn }\n          openFindings overdueFindings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Enterprises($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: EnterpriseWhereInput, $orderBy: EnterpriseOrder) {\n    enterprises(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges {\n        node {\n          id name creditCode industryCode industryName permitTier performanceGrade\n          district { nameZh nameEn }\n          openFindings overdueFindings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseListTask($id: ID!) { node(id: $id) { ... on InspectionTask { id title } } }\n"): (typeof documents)["\n  query EnterpriseListTask($id: ID!) { node(id: $id) { ... on InspectionTask { id title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePermit($input: CreatePermitInput!) { createPermit(input: $input) { permit { id } } }\n"): (typeof documents)["\n  mutation CreatePermit($input: CreatePermitInput!) { createPermit(input: $input) { permit { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFacility($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } } }\n"): (typeof documents)["\n  mutation CreateFacility($input: CreateFacilityInput!) { createFacility(input: $input) { facility { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEIAApproval($input: CreateEIAApprovalInput!) { createEIAApproval(input: $input) { eiaApproval { id } } }\n"): (typeof documents)["\n  mutation CreateEIAApproval($input: CreateEIAApprovalInput!) { createEIAApproval(input: $input) { eiaApproval { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePermit($input: UpdatePermitInput!) { updatePermit(input: $input) { permit { id } } }\n"): (typeof documents)["\n  mutation UpdatePermit($input: UpdatePermitInput!) { updatePermit(input: $input) { permit { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFacility($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { id } } }\n"): (typeof documents)["\n  mutation UpdateFacility($input: UpdateFacilityInput!) { updateFacility(input: $input) { facility { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEIAApproval($input: UpdateEIAApprovalInput!) { updateEIAApproval(input: $input) { eiaApproval { id } } }\n"): (typeof documents)["\n  mutation UpdateEIAApproval($input: UpdateEIAApprovalInput!) { updateEIAApproval(input: $input) { eiaApproval { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRegistry($file: Upload!, $dryRun: Boolean!, $key: String!) {\n    importRegistry(file: $file, dryRun: $dryRun, progressKey: $key) {\n      dryRun applied problemCount exampleRow\n      enterprises { rows created updated unchanged }\n      permits { rows created updated unchanged }\n      facilities { rows created updated unchanged }\n      eiaApprovals { rows created updated unchanged }\n      users { rows created updated unchanged }\n      problems { sheet row column message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRegistry($file: Upload!, $dryRun: Boolean!, $key: String!) {\n    importRegistry(file: $file, dryRun: $dryRun, progressKey: $key) {\n      dryRun applied problemCount exampleRow\n      enterprises { rows created updated unchanged }\n      permits { rows created updated unchanged }\n      facilities { rows created updated unchanged }\n      eiaApprovals { rows created updated unchanged }\n      users { rows created updated unchanged }\n      problems { sheet row column message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($key: String!) { importProgress(key: $key) }\n"): (typeof documents)["\n  subscription ImportProgress($key: String!) { importProgress(key: $key) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id username displayName phone role active mustChangePassword lastLoginAt enterprise { id name } districts { id nameZh nameEn } viewerCan { manage } } }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id username displayName phone role active mustChangePassword lastLoginAt enterprise { id name } districts { id nameZh nameEn } viewerCan { manage } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { user { id active } } }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { user { id active } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(input: { id: $id }) { temporaryPassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSearch($q: String!) { enterprises(first: 20, where: { nameContains: $q }) { edges { node { id name } } } }\n"): (typeof documents)["\n  query EnterpriseSearch($q: String!) { enterprises(first: 20, where: { nameContains: $q }) { edges { node { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskSubject($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistItem { id code questionZh questionEn }\n      ... on Finding { id title titleEn }\n      ... on WarningNotice { id warning { id title } }\n    }\n  }\n"): (typeof documents)["\n  query AskSubject($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistItem { id code questionZh questionEn }\n      ... on Finding { id title titleEn }\n      ... on WarningNotice { id warning { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) { askQuestion(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuestions {\n    questions(first: 50, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title status createdAt updatedAt confirmedAt viewerCan { confirm } } }\n    }\n  }\n"): (typeof documents)["\n  query MyQuestions {\n    questions(first: 50, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title status createdAt updatedAt confirmedAt viewerCan { confirm } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnyQuestionChanged { questionChanged { id status updatedAt } }\n"): (typeof documents)["\n  subscription AnyQuestionChanged { questionChanged { id status updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqSearch($text: String!, $where: FAQEntryWhereInput, $first: Int) {\n    faqSearch(text: $text, where: $where, first: $first) {\n      totalCount\n      edges { node { id title body answer item { id code } } }\n    }\n  }\n"): (typeof documents)["\n  query FaqSearch($text: String!, $where: FAQEntryWhereInput, $first: Int) {\n    faqSearch(text: $text, where: $where, first: $first) {\n      totalCount\n      edges { node { id title body answer item { id code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionThread($id: ID!) {\n    node(id: $id) {\n      ... on Question {\n        id title body status createdAt firstAnsweredAt resolvedAt confirmedAt escalatedAt faqPublished\n        district { id nameZh nameEn }\n        enterprise { id name }\n        item { id code questionZh questionEn }\n        finding { id title titleEn }\n        notice { id warning { id title } }\n        attachments { id name contentType url takenAt }\n        viewerCan { answer reply resolve confirm publishFAQ }\n        replies(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges { node { id body createdAt authorRole fromAsker expert { id name organization title } attachments { id name contentType url takenAt } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionThread($id: ID!) {\n    node(id: $id) {\n      ... on Question {\n        id title body status createdAt firstAnsweredAt resolvedAt confirmedAt escalatedAt faqPublished\n        district { id nameZh nameEn }\n        enterprise { id name }\n        item { id code questionZh questionEn }\n        finding { id title titleEn }\n        notice { id warning { id title } }\n        attachments { id name contentType url takenAt }\n        viewerCan { answer reply resolve confirm publishFAQ }\n        replies(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          edges { node { id body createdAt authorRole fromAsker expert { id name organization title } attachments { id name contentType url takenAt } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuestionChanged($id: ID) { questionChanged(id: $id) { id status updatedAt } }\n"): (typeof documents)["\n  subscription QuestionChanged($id: ID) { questionChanged(id: $id) { id status updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToQuestion($input: ReplyToQuestionInput!) { replyToQuestion(input: $input) { id } }\n"): (typeof documents)["\n  mutation ReplyToQuestion($input: ReplyToQuestionInput!) { replyToQuestion(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveQuestion($id: ID!) { resolveQuestion(id: $id) { id status resolvedAt } }\n"): (typeof documents)["\n  mutation ResolveQuestion($id: ID!) { resolveQuestion(id: $id) { id status resolvedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmQuestion($id: ID!) { confirmQuestion(id: $id) { id status confirmedAt } }\n"): (typeof documents)["\n  mutation ConfirmQuestion($id: ID!) { confirmQuestion(id: $id) { id status confirmedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqDraft($id: ID!) { faqDraft(questionID: $id) { title body answer } }\n"): (typeof documents)["\n  query FaqDraft($id: ID!) { faqDraft(questionID: $id) { title body answer } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFAQ($input: PublishFAQInput!) { publishFAQ(input: $input) { id title } }\n"): (typeof documents)["\n  mutation PublishFAQ($input: PublishFAQInput!) { publishFAQ(input: $input) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionQueue($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: QuestionWhereInput, $orderBy: QuestionOrder) {\n    questions(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status createdAt updatedAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query QuestionQueue($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: QuestionWhereInput, $orderBy: QuestionOrder) {\n    questions(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status createdAt updatedAt firstAnsweredAt escalatedAt enterprise { id name } district { id nameZh nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueQuestionChanged { questionChanged { id status updatedAt } }\n"): (typeof documents)["\n  subscription QueueQuestionChanged { questionChanged { id status updatedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionFigures($from: Time!, $to: Time!) {\n    questionFigures(from: $from, to: $to) {\n      total { asked answered open escalated medianMinutes p90Minutes }\n      byDistrict { district { id nameZh nameEn } response { asked answered open medianMinutes p90Minutes } }\n      byAnswerer { user { id displayName } response { answered medianMinutes p90Minutes } }\n    }\n  }\n"): (typeof documents)["\n  query QuestionFigures($from: Time!, $to: Time!) {\n    questionFigures(from: $from, to: $to) {\n      total { asked answered open escalated medianMinutes p90Minutes }\n      byDistrict { district { id nameZh nameEn } response { asked answered open medianMinutes p90Minutes } }\n      byAnswerer { user { id displayName } response { answered medianMinutes p90Minutes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportList($input: ExportListInput!) { exportList(input: $input) { id status rows total url } }\n"): (typeof documents)["\n  mutation ExportList($input: ExportListInput!) { exportList(input: $input) { id status rows total url } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReport($input: ReportInput!, $format: ExportJobFormat!, $key: String, $name: String) {\n    exportReport(input: $input, format: $format, clientKey: $key, name: $name) { id status rows total url }\n  }\n"): (typeof documents)["\n  mutation ExportReport($input: ReportInput!, $format: ExportJobFormat!, $key: String, $name: String) {\n    exportReport(input: $input, format: $format, clientKey: $key, name: $name) { id status rows total url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportJobs {\n    exportJobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id list format status progress rows total fileName url error createdAt expiresAt } }\n    }\n  }\n"): (typeof documents)["\n  query ExportJobs {\n    exportJobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id list format status progress rows total fileName url error createdAt expiresAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExportJobUpdated($id: ID!) { exportJobUpdated(id: $id) { id status progress rows total url error } }\n"): (typeof documents)["\n  subscription ExportJobUpdated($id: ID!) { exportJobUpdated(id: $id) { id status progress rows total url error } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id name contentType size url takenAt } }\n  }\n"): (typeof documents)["\n  mutation UploadFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id name contentType size url takenAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseHome {\n    selfChecks(first: 10, where: { statusNEQ: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id status applicableCount answeredCount task { id title dueAt } } }\n    }\n    findings(first: 20, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt overdue } }\n    }\n    notifications(first: 3, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseHome {\n    selfChecks(first: 10, where: { statusNEQ: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id status applicableCount answeredCount task { id title dueAt } } }\n    }\n    findings(first: 20, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt overdue } }\n    }\n    notifications(first: 3, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id title createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalInstruments {\n    legalInstruments { code name number kind articles { article items { id } } }\n  }\n"): (typeof documents)["\n  query LegalInstruments {\n    legalInstruments { code name number kind articles { article items { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalInstrument($code: String!) {\n    legalInstrument(code: $code) {\n      code name number kind\n      officialSource { name url }\n      articles { article citation items { id code questionZh questionEn } }\n    }\n  }\n"): (typeof documents)["\n  query LegalInstrument($code: String!) {\n    legalInstrument(code: $code) {\n      code name number kind\n      officialSource { name url }\n      articles { article citation items { id code questionZh questionEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: Cursor) {\n    unread: notifications(first: 50, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    read: notifications(first: 20, after: $after, where: { readAtNotNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: Cursor) {\n    unread: notifications(first: 50, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    read: notifications(first: 20, after: $after, where: { readAtNotNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }\n"): (typeof documents)["\n  mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllRead { markAllNotificationsRead }\n"): (typeof documents)["\n  mutation MarkAllRead { markAllNotificationsRead }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query APIKeys($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: APIKeyWhereInput, $orderBy: APIKeyOrder) {\n    apiKeys(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id name prefix scopes budget refillPerSecond persistedOnly expiresAt lastUsedAt createdAt previousValidUntil status\n        districts { id nameZh nameEn } viewerCan { change rotate } } }\n    }\n  }\n"): (typeof documents)["\n  query APIKeys($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: APIKeyWhereInput, $orderBy: APIKeyOrder) {\n    apiKeys(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id name prefix scopes budget refillPerSecond persistedOnly expiresAt lastUsedAt createdAt previousValidUntil status\n        districts { id nameZh nameEn } viewerCan { change rotate } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAPIKey($input: CreateAPIKeyInput!) { createAPIKey(input: $input) { secret apiKey { id name } } }\n"): (typeof documents)["\n  mutation CreateAPIKey($input: CreateAPIKeyInput!) { createAPIKey(input: $input) { secret apiKey { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAPIKey($id: ID!, $input: UpdateAPIKeyInput!) { updateAPIKey(id: $id, input: $input) { id name } }\n"): (typeof documents)["\n  mutation UpdateAPIKey($id: ID!, $input: UpdateAPIKeyInput!) { updateAPIKey(id: $id, input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateAPIKey($id: ID!, $overlapMinutes: Int!) { rotateAPIKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { id name previousValidUntil } } }\n"): (typeof documents)["\n  mutation RotateAPIKey($id: ID!, $overlapMinutes: Int!) { rotateAPIKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { id name previousValidUntil } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAPIKey($id: ID!) { revokeAPIKey(id: $id) { id status } }\n"): (typeof documents)["\n  mutation RevokeAPIKey($id: ID!) { revokeAPIKey(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query APIKeyBounds {\n    apiKeyBounds { budget { min max default } refillPerSecond { min max default } overlapMinutes { min max default } }\n    districts(first: 50) { totalCount }\n  }\n"): (typeof documents)["\n  query APIKeyBounds {\n    apiKeyBounds { budget { min max default } refillPerSecond { min max default } overlapMinutes { min max default } }\n    districts(first: 50) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query APIKeyUsage($id: ID!) {\n    apiKeyUsage(apiKeyId: $id, days: 30) { day requests cost refused }\n    node(id: $id) { ... on APIKey { id persistedQueries { id name sha256 query createdAt } } }\n  }\n"): (typeof documents)["\n  query APIKeyUsage($id: ID!) {\n    apiKeyUsage(apiKeyId: $id, days: 30) { day requests cost refused }\n    node(id: $id) { ... on APIKey { id persistedQueries { id name sha256 query createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPersistedQuery($apiKeyId: ID!, $query: String!, $name: String) {\n    registerPersistedQuery(apiKeyId: $apiKeyId, query: $query, name: $name) { id sha256 }\n  }\n"): (typeof documents)["\n  mutation RegisterPersistedQuery($apiKeyId: ID!, $query: String!, $name: String) {\n    registerPersistedQuery(apiKeyId: $apiKeyId, query: $query, name: $name) { id sha256 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterPersistedQuery($apiKeyId: ID!, $sha256: String!) { unregisterPersistedQuery(apiKeyId: $apiKeyId, sha256: $sha256) }\n"): (typeof documents)["\n  mutation UnregisterPersistedQuery($apiKeyId: ID!, $sha256: String!) { unregisterPersistedQuery(apiKeyId: $apiKeyId, sha256: $sha256) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        viewerCan { updateContacts }\n        permits(first: 10) { edges { node { id number tier validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber approvedOn acceptanceOn } } }\n        facilities(first: 20) { edges { node { id code name kind technology } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id name creditCode address industryCode industryName permitTier performanceGrade\n        district { nameZh nameEn }\n        contacts { name role phone email }\n        viewerCan { updateContacts }\n        permits(first: 10) { edges { node { id number tier validUntil status outlets } } }\n        eiaApprovals(first: 10) { edges { node { id projectName documentNumber approvedOn acceptanceOn } } }\n        facilities(first: 20) { edges { node { id code name kind technology } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingAuditTrail($subjectID: Int!) {\n    auditEntries(first: 50, where: { subjectType: \"Finding\", subjectID: $subjectID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges { node { id createdAt actorName action fromValue toValue comment } }\n    }\n  }\n"): (typeof documents)["\n  query FindingAuditTrail($subjectID: Int!) {\n    auditEntries(first: 50, where: { subjectType: \"Finding\", subjectID: $subjectID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges { node { id createdAt actorName action fromValue toValue comment } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictExperts($districtID: ID!) {\n    users(first: 50, where: { role: EXPERT, active: true, hasDistrictsWith: [{ id: $districtID }] }) {\n      edges { node { id displayName username } }\n    }\n  }\n"): (typeof documents)["\n  query DistrictExperts($districtID: ID!) {\n    users(first: 50, where: { role: EXPERT, active: true, hasDistrictsWith: [{ id: $districtID }] }) {\n      edges { node { id displayName username } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegateReview($findingID: ID!, $expertID: ID) {\n    delegateReview(findingID: $findingID, expertID: $expertID) { id delegate { id displayName } }\n  }\n"): (typeof documents)["\n  mutation DelegateReview($findingID: ID!, $expertID: ID) {\n    delegateReview(findingID: $findingID, expertID: $expertID) { id delegate { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($input: RequestExtensionInput!) {\n    requestExtension(input: $input) { request { id status } finding { id dueAt } }\n  }\n"): (typeof documents)["\n  mutation RequestExtension($input: RequestExtensionInput!) {\n    requestExtension(input: $input) { request { id status } finding { id dueAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($input: DecideExtensionInput!) {\n    decideExtension(input: $input) { request { id status answer } finding { id dueAt overdue } }\n  }\n"): (typeof documents)["\n  mutation DecideExtension($input: DecideExtensionInput!) {\n    decideExtension(input: $input) { request { id status answer } finding { id dueAt overdue } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRectification($input: SubmitRectificationInput!) {\n    submitRectification(input: $input) { rectification { id decision } finding { id status open viewerCan { submitRectification requestExtension review delegate } } }\n  }\n"): (typeof documents)["\n  mutation SubmitRectification($input: SubmitRectificationInput!) {\n    submitRectification(input: $input) { rectification { id decision } finding { id status open viewerCan { submitRectification requestExtension review delegate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRectification($input: ReviewRectificationInput!) {\n    reviewRectification(input: $input) { rectification { id decision reason } finding { id status open dueAt closedAt viewerCan { submitRectification requestExtension review delegate } } }\n  }\n"): (typeof documents)["\n  mutation ReviewRectification($input: ReviewRectificationInput!) {\n    reviewRectification(input: $input) { rectification { id decision reason } finding { id status open dueAt closedAt viewerCan { submitRectification requestExtension review delegate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Finding($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id title titleEn description descriptionEn status open severity source dueAt closedAt createdAt\n        visit { id kind heldOn }\n        viewerCan { submitRectification requestExtension review delegate }\n        guidanceZh guidanceEn\n        legalBasis { instrument article citation confidence }\n        enterprise { id name district { id nameZh nameEn } }\n        delegate { id displayName }\n        item { code }\n        answer { id valueText note answeredAt attachments { id name contentType url takenAt } }\n        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {\n          edges { node { id measures decision reason submittedAt reviewedAt evidence { id name contentType url takenAt } } }\n        }\n        extensionRequests(first: 20, orderBy: { field: STATUS, direction: DESC }) {\n          edges { node { id reason status answer requestedDueAt previousDueAt createdAt viewerCan { decide } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Finding($id: ID!) {\n    node(id: $id) {\n      ... on Finding {\n        id title titleEn description descriptionEn status open severity source dueAt closedAt createdAt\n        visit { id kind heldOn }\n        viewerCan { submitRectification requestExtension review delegate }\n        guidanceZh guidanceEn\n        legalBasis { instrument article citation confidence }\n        enterprise { id name district { id nameZh nameEn } }\n        delegate { id displayName }\n        item { code }\n        answer { id valueText note answeredAt attachments { id name contentType url takenAt } }\n        rectifications(first: 20, orderBy: { field: SUBMITTED_AT, direction: DESC }) {\n          edges { node { id measures decision reason submittedAt reviewedAt evidence { id name contentType url takenAt } } }\n        }\n        extensionRequests(first: 20, orderBy: { field: STATUS, direction: DESC }) {\n          edges { node { id reason status answer requestedDueAt previousDueAt createdAt viewerCan { decide } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {\n    findings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title titleEn status open severity dueAt closedAt createdAt overdue enterprise { id name district { nameZh nameEn } } } }\n    }\n  }\n"): (typeof documents)["\n  query Findings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: FindingWhereInput, $orderBy: FindingOrder) {\n    findings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title titleEn status open severity dueAt closedAt createdAt overdue enterprise { id name district { nameZh nameEn } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingListScope($id: ID!) { node(id: $id) { id ... on InspectionTask { title } ... on Enterprise { name } } }\n"): (typeof documents)["\n  query FindingListScope($id: ID!) { node(id: $id) { id ... on InspectionTask { title } ... on Enterprise { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingLifecycle { findingLifecycle { statuses { status } } }\n"): (typeof documents)["\n  query FindingLifecycle { findingLifecycle { statuses { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFindings {\n    findings(first: 50, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt } }\n    }\n  }\n"): (typeof documents)["\n  query OpenFindings {\n    findings(first: 50, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {\n      totalCount\n      edges { node { id title titleEn status severity dueAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      enterprises findings closedFindings openFindings overdueFindings rectificationRate\n      warningNotices acknowledgedInTime warningResponseRate\n      byDistrict { district { id code nameZh nameEn } enterprises findings closedFindings rectificationRate }\n      byCategory { category findings closedFindings }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      enterprises findings closedFindings openFindings overdueFindings rectificationRate\n      warningNotices acknowledgedInTime warningResponseRate\n      byDistrict { district { id code nameZh nameEn } enterprises findings closedFindings rectificationRate }\n      byCategory { category findings closedFindings }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTrend($industries: Boolean!) {\n    findingTrend(months: 24) { month found closed }\n    findingsByIndustry(limit: 10) @include(if: $industries) { code name enterprises findings openFindings }\n  }\n"): (typeof documents)["\n  query DashboardTrend($industries: Boolean!) {\n    findingTrend(months: 24) { month found closed }\n    findingsByIndustry(limit: 10) @include(if: $industries) { code name enterprises findings openFindings }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReports {\n    dashboardReports {\n      id name chart input\n      figures(limit: 60) { cube granularity totalRows measures { label unit } dimensions { label } rows { dimensions { value label } period periodLabel values previous } }\n    }\n  }\n"): (typeof documents)["\n  query DashboardReports {\n    dashboardReports {\n      id name chart input\n      figures(limit: 60) { cube granularity totalRows measures { label unit } dimensions { label } rows { dimensions { value label } period periodLabel values previous } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSchema {\n    reportSchema {\n      cube label\n      measures { measure unit label }\n      dimensions { dimension label }\n      timeFields { field label }\n    }\n  }\n"): (typeof documents)["\n  query ReportSchema {\n    reportSchema {\n      cube label\n      measures { measure unit label }\n      dimensions { dimension label }\n      timeFields { field label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunReport($input: ReportInput!) {\n    report(input: $input) {\n      cube totalRows fromSummaries periodsFilled granularity\n      measures { measure unit label }\n      dimensions { dimension label }\n      rows { dimensions { value label } period periodLabel values previous change }\n    }\n  }\n"): (typeof documents)["\n  query RunReport($input: ReportInput!) {\n    report(input: $input) {\n      cube totalRows fromSummaries periodsFilled granularity\n      measures { measure unit label }\n      dimensions { dimension label }\n      rows { dimensions { value label } period periodLabel values previous change }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportValues($input: ReportInput!) {\n    report(input: $input) { rows { dimensions { value label } } }\n  }\n"): (typeof documents)["\n  query ReportValues($input: ReportInput!) {\n    report(input: $input) { rows { dimensions { value label } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReports {\n    savedReports(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name input chart shared pinned viewerCan { change } } }\n    }\n  }\n"): (typeof documents)["\n  query SavedReports {\n    savedReports(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name input chart shared pinned viewerCan { change } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReport($input: SaveReportInput!) {\n    saveReport(input: $input) { id name input chart shared pinned viewerCan { change } }\n  }\n"): (typeof documents)["\n  mutation SaveReport($input: SaveReportInput!) {\n    saveReport(input: $input) { id name input chart shared pinned viewerCan { change } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReport($id: ID!) { deleteSavedReport(id: $id) }\n"): (typeof documents)["\n  mutation DeleteSavedReport($id: ID!) { deleteSavedReport(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfChecks($after: Cursor) {\n    selfChecks(first: 20, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id status applicableCount answeredCount submittedAt task { id title dueAt } } }\n    }\n  }\n"): (typeof documents)["\n  query SelfChecks($after: Cursor) {\n    selfChecks(first: 20, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges { node { id status applicableCount answeredCount submittedAt task { id title dueAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfCheck($id: ID!) {\n    node(id: $id) {\n      ... on SelfCheck {\n        id status applicableCount answeredCount progress viewerCan { answer submit }\n        task { id title dueAt }\n        applicableItems {\n          id code category questionZh questionEn answerType defaultDeadlineDays severity\n          findingLabelZh findingLabelEn guidanceZh guidanceEn\n          compliance { choices min max withinMonths aheadDays }\n          legalRefs { instrument article citation confidence }\n        }\n        answers(first: 100) { edges { node { id value valueText note compliant item { id } attachments { id name contentType url takenAt } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfCheck($id: ID!) {\n    node(id: $id) {\n      ... on SelfCheck {\n        id status applicableCount answeredCount progress viewerCan { answer submit }\n        task { id title dueAt }\n        applicableItems {\n          id code category questionZh questionEn answerType defaultDeadlineDays severity\n          findingLabelZh findingLabelEn guidanceZh guidanceEn\n          compliance { choices min max withinMonths aheadDays }\n          legalRefs { instrument article citation confidence }\n        }\n        answers(first: 100) { edges { node { id value valueText note compliant item { id } attachments { id name contentType url takenAt } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) { selfCheck { id status } findings { id } }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {\n    submitSelfCheck(input: $input) { selfCheck { id status } findings { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      ... on InspectionTask {\n        id title description status issuedAt dueAt closedAt\n        viewerCan { extend close }\n        template { name version }\n        issuedBy { displayName }\n      }\n    }\n    taskProgress(taskID: $id) {\n      total notStarted inProgress submitted submittedShare\n      byDistrict { district { id nameZh nameEn } total notStarted inProgress submitted submittedShare }\n    }\n    rectificationFigures(taskID: $id) {\n      findings closedFindings openFindings overdueFindings rectificationRate onTimeRate meanDaysToClose\n    }\n  }\n"): (typeof documents)["\n  query InspectionTask($id: ID!) {\n    node(id: $id) {\n      ... on InspectionTask {\n        id title description status issuedAt dueAt closedAt\n        viewerCan { extend close }\n        template { name version }\n        issuedBy { displayName }\n      }\n    }\n    taskProgress(taskID: $id) {\n      total notStarted inProgress submitted submittedShare\n      byDistrict { district { id nameZh nameEn } total notStarted inProgress submitted submittedShare }\n    }\n    rectificationFigures(taskID: $id) {\n      findings closedFindings openFindings overdueFindings rectificationRate onTimeRate meanDaysToClose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendInspectionTask($id: ID!, $dueAt: Time!) { extendInspectionTask(id: $id, dueAt: $dueAt) { id dueAt } }\n"): (typeof documents)["\n  mutation ExtendInspectionTask($id: ID!, $dueAt: Time!) { extendInspectionTask(id: $id, dueAt: $dueAt) { id dueAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInspectionTask($id: ID!) { closeInspectionTask(id: $id) { id status closedAt viewerCan { extend close } } }\n"): (typeof documents)["\n  mutation CloseInspectionTask($id: ID!) { closeInspectionTask(id: $id) { id status closedAt viewerCan { extend close } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionTasks($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: InspectionTaskWhereInput, $orderBy: InspectionTaskOrder) {\n    inspectionTasks(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }\n    }\n  }\n"): (typeof documents)["\n  query InspectionTasks($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: InspectionTaskWhereInput, $orderBy: InspectionTaskOrder) {\n    inspectionTasks(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title status issuedAt dueAt template { name version } selfChecks(first: 0) { totalCount } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskWizardData {\n    checklistTemplates(first: 20, where: { status: PUBLISHED }, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version items(first: 0) { totalCount } } }\n    }\n    districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } }\n  }\n"): (typeof documents)["\n  query TaskWizardData {\n    checklistTemplates(first: 20, where: { status: PUBLISHED }, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version items(first: 0) { totalCount } } }\n    }\n    districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisesInScope($scope: TaskScopeInput!) { enterprisesInScope(scope: $scope) }\n"): (typeof documents)["\n  query EnterprisesInScope($scope: TaskScopeInput!) { enterprisesInScope(scope: $scope) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInspectionTask($input: IssueInspectionTaskInput!) {\n    issueInspectionTask(input: $input) { task { id selfChecks(first: 0) { totalCount } } }\n  }\n"): (typeof documents)["\n  mutation IssueInspectionTask($input: IssueInspectionTaskInput!) {\n    issueInspectionTask(input: $input) { task { id selfChecks(first: 0) { totalCount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }\n      selfCheck { id status answeredCount progress viewerCan { answer submit } }\n      preview { title dueAt }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnswer($input: SaveAnswerInput!) {\n    saveAnswer(input: $input) {\n      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }\n      selfCheck { id status answeredCount progress viewerCan { answer submit } }\n      preview { title dueAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadAnswerFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id } }\n  }\n"): (typeof documents)["\n  mutation UploadAnswerFiles($input: UploadFilesInput!) {\n    uploadFiles(input: $input) { attachments { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistTemplate($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistTemplate {\n        id name version status description\n        viewerCan { edit }\n        items(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {\n          edges { node {\n            code category questionZh questionEn answerType severity defaultDeadlineDays\n            findingLabelZh findingLabelEn guidanceZh guidanceEn\n            compliance { expect min max withinMonths aheadDays choices compliant }\n            applicability { permitTiers industryPrefixes flags }\n            legalRefs { instrument article confidence }\n          } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistTemplate($id: ID!) {\n    node(id: $id) {\n      ... on ChecklistTemplate {\n        id name version status description\n        viewerCan { edit }\n        items(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {\n          edges { node {\n            code category questionZh questionEn answerType severity defaultDeadlineDays\n            findingLabelZh findingLabelEn guidanceZh guidanceEn\n            compliance { expect min max withinMonths aheadDays choices compliant }\n            applicability { permitTiers industryPrefixes flags }\n            legalRefs { instrument article confidence }\n          } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChecklistDraft($id: ID!, $input: ChecklistDraftInput!) { saveChecklistDraft(id: $id, input: $input) { id name } }\n"): (typeof documents)["\n  mutation SaveChecklistDraft($id: ID!, $input: ChecklistDraftInput!) { saveChecklistDraft(id: $id, input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChecklistTemplate($id: ID!) { publishChecklistTemplate(id: $id) { id status publishedAt viewerCan { edit draft } } }\n"): (typeof documents)["\n  mutation PublishChecklistTemplate($id: ID!) { publishChecklistTemplate(id: $id) { id status publishedAt viewerCan { edit draft } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicabilityReach($rules: [ApplicabilityInput!]!) { applicabilityReach(rules: $rules) }\n"): (typeof documents)["\n  query ApplicabilityReach($rules: [ApplicabilityInput!]!) { applicabilityReach(rules: $rules) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistTemplates {\n    checklistTemplates(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version status publishedAt items(first: 0) { totalCount } tasks(first: 0) { totalCount } viewerCan { draft } } }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistTemplates {\n    checklistTemplates(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n      edges { node { id name version status publishedAt items(first: 0) { totalCount } tasks(first: 0) { totalCount } viewerCan { draft } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftChecklistTemplate($fromID: ID!) { draftChecklistTemplate(fromID: $fromID) { id } }\n"): (typeof documents)["\n  mutation DraftChecklistTemplate($fromID: ID!) { draftChecklistTemplate(fromID: $fromID) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChecklistTemplate($name: String!) { createChecklistTemplate(name: $name) { id } }\n"): (typeof documents)["\n  mutation CreateChecklistTemplate($name: String!) { createChecklistTemplate(name: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportChecklistTemplate($file: Upload!) { importChecklistTemplate(file: $file) { id } }\n"): (typeof documents)["\n  mutation ImportChecklistTemplate($file: Upload!) { importChecklistTemplate(file: $file) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Learn($user: ID!) {\n    trainings(first: 50, orderBy: { field: STARTS_AT, direction: DESC }) {\n      edges { node { id title kind startsAt durationMinutes completionThreshold liveURL replayURL audience } }\n    }\n    attendances(first: 100, where: { userID: $user }) {\n      edges { node { id trainingID joinedAt watchedMinutes completedAt } }\n    }\n  }\n"): (typeof documents)["\n  query Learn($user: ID!) {\n    trainings(first: 50, orderBy: { field: STARTS_AT, direction: DESC }) {\n      edges { node { id title kind startsAt durationMinutes completionThreshold liveURL replayURL audience } }\n    }\n    attendances(first: 100, where: { userID: $user }) {\n      edges { node { id trainingID joinedAt watchedMinutes completedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForTraining($id: ID!) { registerForTraining(trainingID: $id) { id trainingID } }\n"): (typeof documents)["\n  mutation RegisterForTraining($id: ID!) { registerForTraining(trainingID: $id) { id trainingID } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinTraining($id: ID!) { joinTraining(trainingID: $id) { id joinedAt } }\n"): (typeof documents)["\n  mutation JoinTraining($id: ID!) { joinTraining(trainingID: $id) { id joinedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTrainingWatched($id: ID!, $minutes: [Int!]!) { reportTrainingWatched(trainingID: $id, minutes: $minutes) { id watchedMinutes completedAt } }\n"): (typeof documents)["\n  mutation ReportTrainingWatched($id: ID!, $minutes: [Int!]!) { reportTrainingWatched(trainingID: $id, minutes: $minutes) { id watchedMinutes completedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingPage($id: ID!, $user: ID!) {\n    node(id: $id) { ... on Training { id title description kind startsAt durationMinutes completionThreshold liveURL replayURL materials { id name contentType size url } } }\n    attendances(first: 1, where: { userID: $user, trainingID: $id }) { edges { node { id watchedMinutes completedAt } } }\n  }\n"): (typeof documents)["\n  query TrainingPage($id: ID!, $user: ID!) {\n    node(id: $id) { ... on Training { id title description kind startsAt durationMinutes completionThreshold liveURL replayURL materials { id name contentType size url } } }\n    attendances(first: 1, where: { userID: $user, trainingID: $id }) { edges { node { id watchedMinutes completedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTrainingMaterials($id: ID!, $files: [Upload!]!, $key: String) {\n    addTrainingMaterials(trainingID: $id, files: $files, clientKey: $key) { id materials { id name contentType size url } }\n  }\n"): (typeof documents)["\n  mutation AddTrainingMaterials($id: ID!, $files: [Upload!]!, $key: String) {\n    addTrainingMaterials(trainingID: $id, files: $files, clientKey: $key) { id materials { id name contentType size url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMaterials($id: ID!) { node(id: $id) { ... on Training { id materials { id name contentType size url } } } }\n"): (typeof documents)["\n  query TrainingMaterials($id: ID!) { node(id: $id) { ... on Training { id materials { id name contentType size url } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTrainingMaterial($id: ID!) { removeTrainingMaterial(id: $id) { id materials { id name contentType size url } } }\n"): (typeof documents)["\n  mutation RemoveTrainingMaterial($id: ID!) { removeTrainingMaterial(id: $id) { id materials { id name contentType size url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingsAdmin($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: TrainingOrder) {\n    trainings(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title kind startsAt durationMinutes audience industryPrefixes replayURL districts { id nameZh nameEn }\n        viewerCan { manage } materials { id } } }\n    }\n  }\n"): (typeof documents)["\n  query TrainingsAdmin($first: Int, $last: Int, $after: Cursor, $before: Cursor, $orderBy: TrainingOrder) {\n    trainings(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title kind startsAt durationMinutes audience industryPrefixes replayURL districts { id nameZh nameEn }\n        viewerCan { manage } materials { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCoverage($id: ID) {\n    trainingCoverage(trainingID: $id) {\n      training { id title }\n      total { registered attended completed heads }\n      byDistrict { district { id nameZh nameEn } coverage { registered attended completed heads } }\n      enterprises uncovered\n    }\n  }\n"): (typeof documents)["\n  query TrainingCoverage($id: ID) {\n    trainingCoverage(trainingID: $id) {\n      training { id title }\n      total { registered attended completed heads }\n      byDistrict { district { id nameZh nameEn } coverage { registered attended completed heads } }\n      enterprises uncovered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrainingReplay($id: ID!, $url: String!) { setTrainingReplay(id: $id, replayURL: $url) { id replayURL } }\n"): (typeof documents)["\n  mutation SetTrainingReplay($id: ID!, $url: String!) { setTrainingReplay(id: $id, replayURL: $url) { id replayURL } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }\n"): (typeof documents)["\n  mutation ScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProblemList($districtID: ID, $reason: ProblemReason, $offset: Int, $first: Int) {\n    problemList(districtID: $districtID, reason: $reason, offset: $offset, first: $first) {\n      totalCount\n      byReason { reason count }\n      entries {\n        enterprise { id name district { id nameZh nameEn } }\n        reasons { reason count }\n        plannedVisit { id scheduledOn kind }\n        lastVisit { id heldOn kind }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProblemList($districtID: ID, $reason: ProblemReason, $offset: Int, $first: Int) {\n    problemList(districtID: $districtID, reason: $reason, offset: $offset, first: $first) {\n      totalCount\n      byReason { reason count }\n      entries {\n        enterprise { id name district { id nameZh nameEn } }\n        reasons { reason count }\n        plannedVisit { id scheduledOn kind }\n        lastVisit { id heldOn kind }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitTeamCandidates($enterpriseID: ID!) { visitTeamCandidates(enterpriseID: $enterpriseID) { id displayName role } }\n"): (typeof documents)["\n  query VisitTeamCandidates($enterpriseID: ID!) { visitTeamCandidates(enterpriseID: $enterpriseID) { id displayName role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanVisit($input: PlanVisitInput!) { planVisit(input: $input) { id } }\n"): (typeof documents)["\n  mutation PlanVisit($input: PlanVisitInput!) { planVisit(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visits($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: VisitWhereInput, $orderBy: VisitOrder) {\n    visits(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id kind status scheduledOn heldOn confirmedAt enterprise { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query Visits($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: VisitWhereInput, $orderBy: VisitOrder) {\n    visits(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id kind status scheduledOn heldOn confirmedAt enterprise { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visit($id: ID!) {\n    node(id: $id) {\n      ... on Visit {\n        id kind status scheduledOn heldOn notes plan reasons confirmedAt\n        planSteps { measure responsible dueOn }\n        enterprise { id name }\n        team { id displayName role }\n        photos { id name contentType url takenAt }\n        findings(first: 50) { edges { node { id title severity status dueAt } } }\n        viewerCan { record cancel confirm }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Visit($id: ID!) {\n    node(id: $id) {\n      ... on Visit {\n        id kind status scheduledOn heldOn notes plan reasons confirmedAt\n        planSteps { measure responsible dueOn }\n        enterprise { id name }\n        team { id displayName role }\n        photos { id name contentType url takenAt }\n        findings(first: 50) { edges { node { id title severity status dueAt } } }\n        viewerCan { record cancel confirm }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id status } }\n"): (typeof documents)["\n  mutation RecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVisit($id: ID!) { cancelVisit(id: $id) { id status } }\n"): (typeof documents)["\n  mutation CancelVisit($id: ID!) { cancelVisit(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmVisit($id: ID!) { confirmVisit(id: $id) { id confirmedAt } }\n"): (typeof documents)["\n  mutation ConfirmVisit($id: ID!) { confirmVisit(id: $id) { id confirmedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningCallList($id: ID!, $first: Int, $last: Int, $after: Cursor, $before: Cursor) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: { warningID: $id, receipt: ON_CALL_LIST },\n      orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id escalatedAt viewerCan { call } calls { at outcome contact phone note }\n        enterprise { id name contacts { name role phone } } } }\n    }\n  }\n"): (typeof documents)["\n  query WarningCallList($id: ID!, $first: Int, $last: Int, $after: Cursor, $before: Cursor) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: { warningID: $id, receipt: ON_CALL_LIST },\n      orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id escalatedAt viewerCan { call } calls { at outcome contact phone note }\n        enterprise { id name contacts { name role phone } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWarningCall($input: RecordWarningCallInput!) { recordWarningCall(input: $input) { id calls { at outcome contact phone note } } }\n"): (typeof documents)["\n  mutation RecordWarningCall($input: RecordWarningCallInput!) { recordWarningCall(input: $input) { id calls { at outcome contact phone note } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningChannels {\n    warningChannels(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name kind url active } }\n    }\n  }\n"): (typeof documents)["\n  query WarningChannels {\n    warningChannels(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges { node { id name kind url active } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWarningChannel($input: SaveWarningChannelInput!) { saveWarningChannel(input: $input) { id name kind url active } }\n"): (typeof documents)["\n  mutation SaveWarningChannel($input: SaveWarningChannelInput!) { saveWarningChannel(input: $input) { id name kind url active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningDeliveries($id: ID!) {\n    webhookDeliveries(first: 100, where: { warningID: $id }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id round status attempts deliveredAt createdAt log { at statusCode ms error } channel { id name kind } } }\n    }\n  }\n"): (typeof documents)["\n  query WarningDeliveries($id: ID!) {\n    webhookDeliveries(first: 100, where: { warningID: $id }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges { node { id round status attempts deliveredAt createdAt log { at statusCode ms error } channel { id name kind } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }\n"): (typeof documents)["\n  mutation RedeliverWebhook($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmissionPlans($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id performanceGrade\n        facilities(first: 100) { edges { node { id code name } } }\n        emissionPlans(first: 5, orderBy: { field: YEAR, direction: DESC }) {\n          edges { node { id year grade note selfDeclared updatedAt\n            measures { level process facilityID action limitPercent so2 nox pm vocs }\n            viewerCan { edit editMeasures } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmissionPlans($id: ID!) {\n    node(id: $id) {\n      ... on Enterprise {\n        id performanceGrade\n        facilities(first: 100) { edges { node { id code name } } }\n        emissionPlans(first: 5, orderBy: { field: YEAR, direction: DESC }) {\n          edges { node { id year grade note selfDeclared updatedAt\n            measures { level process facilityID action limitPercent so2 nox pm vocs }\n            viewerCan { edit editMeasures } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEmissionPlan($input: SaveEmissionPlanInput!) {\n    saveEmissionPlan(input: $input) { id year grade note selfDeclared updatedAt measures { level process facilityID action limitPercent so2 nox pm vocs } }\n  }\n"): (typeof documents)["\n  mutation SaveEmissionPlan($input: SaveEmissionPlanInput!) {\n    saveEmissionPlan(input: $input) { id year grade note selfDeclared updatedAt measures { level process facilityID action limitPercent so2 nox pm vocs } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningNotice($id: ID!) {\n    node(id: $id) {\n      ... on WarningNotice {\n        id round kind level pushedAt effectiveAt acknowledgedAt measuresReportedAt reportUpdatedAt reportCount report\n        measures { key process action limitPercent textZh textEn }\n        reportItems { key status percent reason }\n        evidence { id name contentType url takenAt }\n        viewerCan { acknowledge report }\n        warning { id title content status round effectiveFrom effectiveTo rounds { number content } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningNotice($id: ID!) {\n    node(id: $id) {\n      ... on WarningNotice {\n        id round kind level pushedAt effectiveAt acknowledgedAt measuresReportedAt reportUpdatedAt reportCount report\n        measures { key process action limitPercent textZh textEn }\n        reportItems { key status percent reason }\n        evidence { id name contentType url takenAt }\n        viewerCan { acknowledge report }\n        warning { id title content status round effectiveFrom effectiveTo rounds { number content } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningNotices {\n    warningNotices(first: 30, orderBy: { field: PUSHED_AT, direction: DESC }) {\n      edges { node { id kind level pushedAt acknowledgedAt reportCount viewerCan { acknowledge } warning { id title status } } }\n    }\n  }\n"): (typeof documents)["\n  query WarningNotices {\n    warningNotices(first: 30, orderBy: { field: PUSHED_AT, direction: DESC }) {\n      edges { node { id kind level pushedAt acknowledgedAt reportCount viewerCan { acknowledge } warning { id title status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportWarningMeasures($input: ReportWarningMeasuresInput!) {\n    reportWarningMeasures(input: $input) {\n      id measuresReportedAt reportUpdatedAt reportCount report\n      reportItems { key status percent reason }\n      evidence { id name contentType url takenAt }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportWarningMeasures($input: ReportWarningMeasuresInput!) {\n    reportWarningMeasures(input: $input) {\n      id measuresReportedAt reportUpdatedAt reportCount report\n      reportItems { key status percent reason }\n      evidence { id name contentType url takenAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningReceipts($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningNoticeWhereInput!) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id grade deliveredAt readAt acknowledgedAt measuresReportedAt reportCount reportUpdatedAt checkedAt checkCompliant report\n        measures { key textZh textEn } reportItems { key status percent reason } evidence { id name contentType url takenAt }\n        checks { at mode compliant note findingID }\n        viewerCan { check } enterprise { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query WarningReceipts($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningNoticeWhereInput!) {\n    warningNotices(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: { field: PUSHED_AT, direction: ASC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id grade deliveredAt readAt acknowledgedAt measuresReportedAt reportCount reportUpdatedAt checkedAt checkCompliant report\n        measures { key textZh textEn } reportItems { key status percent reason } evidence { id name contentType url takenAt }\n        checks { at mode compliant note findingID }\n        viewerCan { check } enterprise { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWarningSpotCheck($input: RecordWarningSpotCheckInput!) {\n    recordWarningSpotCheck(input: $input) { notice { id checkedAt checkCompliant } finding { id title } }\n  }\n"): (typeof documents)["\n  mutation RecordWarningSpotCheck($input: RecordWarningSpotCheckInput!) {\n    recordWarningSpotCheck(input: $input) { notice { id checkedAt checkCompliant } finding { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEmissionPlans($year: Int!, $file: Upload!, $dryRun: Boolean!) {\n    importEmissionPlans(year: $year, file: $file, dryRun: $dryRun) {\n      year rows enterprises created updated unchanged dryRun applied problemCount\n      problems { row column message }\n      changes { enterpriseID creditCode name action grade measures measuresBefore }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEmissionPlans($year: Int!, $file: Upload!, $dryRun: Boolean!) {\n    importEmissionPlans(year: $year, file: $file, dryRun: $dryRun) {\n      year rows enterprises created updated unchanged dryRun applied problemCount\n      problems { row column message }\n      changes { enterpriseID creditCode name action grade measures measuresBefore }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingWarningNotices {\n    pendingWarningNotices {\n      id round kind level pushedAt effectiveAt acknowledgedAt readAt measuresReportedAt reportCount\n      measures { key textZh textEn }\n      viewerCan { acknowledge report }\n      warning { id title content effectiveTo status rounds { number content } }\n    }\n  }\n"): (typeof documents)["\n  query PendingWarningNotices {\n    pendingWarningNotices {\n      id round kind level pushedAt effectiveAt acknowledgedAt readAt measuresReportedAt reportCount\n      measures { key textZh textEn }\n      viewerCan { acknowledge report }\n      warning { id title content effectiveTo status rounds { number content } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WarningNoticeReceived { warningNoticeReceived { id } }\n"): (typeof documents)["\n  subscription WarningNoticeReceived { warningNoticeReceived { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeWarningNotice($id: ID!) {\n    acknowledgeWarningNotice(id: $id) { id acknowledgedAt readAt deliveredAt viewerCan { acknowledge report } }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeWarningNotice($id: ID!) {\n    acknowledgeWarningNotice(id: $id) { id acknowledgedAt readAt deliveredAt viewerCan { acknowledge report } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkWarningNoticeRead($id: ID!) { markWarningNoticeRead(id: $id) { id readAt deliveredAt } }\n"): (typeof documents)["\n  mutation MarkWarningNoticeRead($id: ID!) { markWarningNoticeRead(id: $id) { id readAt deliveredAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningBoard($id: ID!, $round: Int) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content round effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes\n        rounds { number kind level effectiveFrom effectiveTo content publishedAt recipients }\n        allRounds: board { byRound { round figures { acknowledged timelyResponseRate } } }\n        districts { id nameZh nameEn }\n        viewerCan { edit publish adjust }\n        board(round: $round) {\n          figures { ...Figures }\n          byDistrict { districtID figures { ...Figures } }\n          byGrade { grade }\n          byRound { round figures { ...Figures } }\n        }\n      }\n    }\n  }\n  fragment Figures on WarningFigures {\n    targeted delivered read acknowledged acknowledgedInTime reportsDue reported reportedInTime withEvidence\n    timelyResponseRate deliveryRate reportRate medianAckMinutes repushed onCallList checked checkedCompliant spotCheckRate\n  }\n"): (typeof documents)["\n  query WarningBoard($id: ID!, $round: Int) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content round effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes\n        rounds { number kind level effectiveFrom effectiveTo content publishedAt recipients }\n        allRounds: board { byRound { round figures { acknowledged timelyResponseRate } } }\n        districts { id nameZh nameEn }\n        viewerCan { edit publish adjust }\n        board(round: $round) {\n          figures { ...Figures }\n          byDistrict { districtID figures { ...Figures } }\n          byGrade { grade }\n          byRound { round figures { ...Figures } }\n        }\n      }\n    }\n  }\n  fragment Figures on WarningFigures {\n    targeted delivered read acknowledged acknowledgedInTime reportsDue reported reportedInTime withEvidence\n    timelyResponseRate deliveryRate reportRate medianAckMinutes repushed onCallList checked checkedCompliant spotCheckRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WarningUpdated($id: ID!) { warningUpdated(id: $id) { id status round } }\n"): (typeof documents)["\n  subscription WarningUpdated($id: ID!) { warningUpdated(id: $id) { id status round } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustWarning($input: AdjustWarningInput!) { adjustWarning(input: $input) { id status level round effectiveTo } }\n"): (typeof documents)["\n  mutation AdjustWarning($input: AdjustWarningInput!) { adjustWarning(input: $input) { id status level round effectiveTo } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningRecipients($districtIDs: [ID!], $effectiveFrom: Time) {\n    warningRecipients(districtIDs: $districtIDs, effectiveFrom: $effectiveFrom) { total byDistrict { districtID count } byGrade { grade count } }\n  }\n"): (typeof documents)["\n  query WarningRecipients($districtIDs: [ID!], $effectiveFrom: Time) {\n    warningRecipients(districtIDs: $districtIDs, effectiveFrom: $effectiveFrom) { total byDistrict { districtID count } byGrade { grade count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningDefaultMeasures($level: WarningLevel!) { warningDefaultMeasures(level: $level) { grade measuresZh measuresEn } }\n"): (typeof documents)["\n  query WarningDefaultMeasures($level: WarningLevel!) { warningDefaultMeasures(level: $level) { grade measuresZh measuresEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWarningDraft($input: SaveWarningDraftInput!) { saveWarningDraft(input: $input) { id status viewerCan { publish } } }\n"): (typeof documents)["\n  mutation SaveWarningDraft($input: SaveWarningDraftInput!) { saveWarningDraft(input: $input) { id status viewerCan { publish } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningDraft($id: ID!) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes repushMinutes callMinutes\n        districts { id } viewerCan { edit }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningDraft($id: ID!) {\n    node(id: $id) {\n      ... on Warning {\n        id title level status content effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes repushMinutes callMinutes\n        districts { id } viewerCan { edit }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWarning($id: ID!) { publishWarning(id: $id) { id status round publishedAt } }\n"): (typeof documents)["\n  mutation PublishWarning($id: ID!) { publishWarning(id: $id) { id status round publishedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warnings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningWhereInput, $orderBy: WarningOrder) {\n    warnings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query Warnings($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: WarningWhereInput, $orderBy: WarningOrder) {\n    warnings(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor startCursor }\n      edges { node { id title level status round effectiveFrom effectiveTo publishedAt districts { id nameZh nameEn } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;