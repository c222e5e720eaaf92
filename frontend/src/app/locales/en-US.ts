import type { Messages } from './zh-CN';

const enUS: Messages = {
  app: { name: 'Environmental Self-Inspection Platform', short: 'GreenCheck', language: '中文', logout: 'Sign out', loading: 'Loading…' },
  nav: {
    home: 'Home', selfCheck: 'Checks', rectification: 'Fixes', messages: 'Messages', me: 'Me',
    dashboard: 'Dashboard', enterprises: 'Enterprises', findings: 'Findings', notifications: 'Notifications', users: 'Users',
  },
  roles: { CITY_ADMIN: 'City administrator', DISTRICT_ADMIN: 'District administrator', EXPERT: 'Expert', ENTERPRISE: 'Enterprise' },
  login: {
    title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in',
    usernameRequired: 'Enter your username', passwordRequired: 'Enter your password',
    expired: 'Your session has expired. Sign in again; what you typed is kept.',
    tagline: 'Self-inspection · Rectification · Warning response',
  },
  errors: {
    UNAUTHENTICATED: 'Please sign in again', FORBIDDEN: 'You are not allowed to do this', NOT_FOUND: 'Not found, or not visible to you',
    BAD_USER_INPUT: 'Invalid input', CONFLICT: 'The record already exists or was changed', RATE_LIMITED: 'Too many attempts, try again later',
    COMPLEXITY_LIMIT_EXCEEDED: 'Query too complex', INTERNAL: 'Internal server error, please try again later',
    NETWORK: 'Network error, check your connection and retry', retry: 'Retry',
  },
  home: {
    greeting: 'Hello, {{name}}', tasks: 'Self-checks to complete', noTasks: 'No self-check to complete; new tasks will show up here.',
    rectifications: 'Findings to rectify', noRectifications: 'Nothing to rectify. Keep it up!', due: 'Due {{date}}',
    overdue: '{{days}} days overdue', daysLeft: '{{days}} days left', warning: 'Heavy-pollution warning in force: {{title}}',
    unread: 'Unread messages', noUnread: 'No unread messages', progress: 'Progress', viewAll: 'View all',
  },
  dashboard: {
    title: 'Dashboard', enterprises: 'Enterprises', findings: 'Findings', closed: 'Closed', rate: 'Rectification rate', overdue: 'Overdue',
    open: 'Open', warningResponse: 'Timely warning response', byDistrict: 'Rectification rate by district', byCategory: 'Findings by category',
    found: 'Found', closedShort: 'Closed', noData: 'No data',
  },
  enterprises: {
    title: 'Enterprises', name: 'Name', creditCode: 'Credit code', district: 'District', industry: 'Industry',
    permitTier: 'Permit tier', grade: 'Grade', openFindings: 'Open findings', search: 'Search by name or credit code',
    allDistricts: 'All districts', allTiers: 'All tiers', allGrades: 'All grades', industryCode: 'Industry code prefix', empty: 'No enterprise matches; change the filters.',
    detail: 'Enterprise', permits: 'Discharge permits', facilities: 'Facilities', eia: 'EIA approvals', contacts: 'Contacts',
    address: 'Address', validUntil: 'Valid until', number: 'Number', outlets: 'Outlets', approvedOn: 'Approved', acceptanceOn: 'Accepted',
    document: 'Document', project: 'Project', code: 'Code', kind: 'Kind', capacity: 'Capacity', technology: 'Technology', findings: 'Findings',
  },
  findings: {
    title: 'Findings', status: 'Status', severity: 'Severity', dueAt: 'Due', enterprise: 'Enterprise', source: 'Source',
    overdueOnly: 'Overdue only', empty: 'No finding matches.', guidance: 'How to rectify', legalBasis: 'Legal basis',
    rectifications: 'Rectifications', measures: 'Measures', decision: 'Decision', reason: 'Reason', detail: 'Finding',
    allStatuses: 'All statuses', allSeverities: 'All severities',
  },
  status: {
    FOUND: 'Found', ASSIGNED: 'Assigned', RECTIFYING: 'Rectifying', SUBMITTED: 'Submitted', VERIFIED: 'Verified',
    REJECTED: 'Rejected', CLOSED: 'Closed', INVALID: 'Invalid', PENDING: 'Pending', APPROVED: 'Approved',
    NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', OPEN: 'Open',
  },
  severity: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
  tier: { KEY: 'Key', SIMPLIFIED: 'Simplified', REGISTRATION: 'Registration', NONE: 'None' },
  grade: { A: 'A', B: 'B', B_MINUS: 'B-', C: 'C', D: 'D', LEADING: 'Leading', GUARANTEE: 'Guarantee', NONE: 'Not graded' },
  category: {
    EIA: 'EIA & acceptance', PERMIT: 'Discharge permit', FACILITY: 'Control facilities', MONITORING: 'Self-monitoring', LEDGER: 'Ledgers & reports',
    VOC: 'Fugitive & VOCs', HEAVY_POLLUTION: 'Heavy pollution', WASTE: 'Waste', DISCLOSURE: 'Disclosure', EMERGENCY: 'Emergency',
  },
  notifications: { title: 'Notifications', empty: 'No messages.', markAll: 'Mark all read', unread: 'Unread' },
  selfCheck: { title: 'Self-checks', empty: 'No self-check yet.', answered: '{{answered}} of {{total}} answered', dueAt: 'Due {{date}}' },
  rectification: { title: 'Rectification', empty: 'Nothing to rectify.' },
  profile: { title: 'Me', grade: 'Grade', tier: 'Permit tier', industry: 'Industry' },
  admin: {
    newEnterprise: 'New enterprise', editEnterprise: 'Edit enterprise', save: 'Save', required: 'Required', edit: 'Edit', add: 'Add',
    creditCodeInvalid: 'Invalid credit code (18 characters, the last is a check character)', industryCode: 'Industry code (GB/T 4754)', industryCodeInvalid: 'The industry code has 4 digits',
    industryName: 'Industry', longitude: 'Longitude', latitude: 'Latitude', airRelated: 'Air-emitting', keySupervised: 'Key supervised', vocUser: 'Uses VOC materials', hazardousWaste: 'Hazardous waste',
    newPermit: 'New discharge permit', newFacility: 'New facility', newEIA: 'New EIA approval', issuedOn: 'Issued', dateOrder: 'Valid-until must be after the issue date',
    productionLine: 'Production line', controlFacility: 'Control facility', capacityUnit: 'Capacity unit', reportType: 'EIA document',
    REPORT: 'Report', REPORT_FORM: 'Report form', REGISTRATION_FORM: 'Registration form', saved: 'Saved',
    users: 'Users', newUser: 'New user', searchUsers: 'Search by username or name', allRoles: 'All roles', role: 'Role', noUsers: 'No user matches.',
    username: 'Username', displayName: 'Name', phone: 'Phone', scope: 'Scope', status: 'Status', active: 'Active', inactive: 'Deactivated', lastLogin: 'Last sign-in',
    actions: 'Actions', resetPassword: 'Reset password', resetConfirm: 'Reset the password of {{name}}? All their devices are signed out.',
    resetDone: 'New password of {{name}}: {{password}} (shown once; tell them to change it)', deactivate: 'Deactivate', deactivateConfirm: 'Deactivate {{name}}?',
    deactivated: '{{name}} deactivated', userCreated: 'User {{name}} created', usernameRule: '3–32 lowercase letters, digits or _.-',
    initialPassword: 'Initial password', passwordRule: 'At least 8 characters with letters and digits', searchEnterprise: 'Type an enterprise name', typeToSearch: 'Type at least 2 characters',
  },
  common: { more: 'More', total: '{{total}} in all', back: 'Back', yes: 'Yes', no: 'No', none: 'None' },
};
export default enUS;
