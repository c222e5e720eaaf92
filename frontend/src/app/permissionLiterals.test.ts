// Who may do what is decided once, on the server (graph/schema/authz.graphql:
// me.can, viewerCan, findingLifecycle). This test fails when the SPA starts
// deciding it again from a role or a finding status written in a component.
//
// Scanned: every non-test source file under src/app, src/features and
// src/components. Not scanned: src/gql (generated), src/app/locales (labels
// are keyed by role and status: the one dictionary).

/** The file allowed to name roles: the shape of the new-user form (which scope each role has). */
const roleNamesAllowed = new Set(['/src/features/admin/roles.ts']);

const roles = 'CITY_ADMIN|DISTRICT_ADMIN|EXPERT|ENTERPRISE';
// The finding statuses (SUBMITTED is left out: it is also a self-check status,
// and the review queue's filter preset; see the README of the change).
const findingStatuses = 'FOUND|ASSIGNED|RECTIFYING|VERIFIED|REJECTED|CLOSED|INVALID';

interface Rule {
  name: string;
  pattern: RegExp;
  /** Files where the rule does not apply. */
  except?: Set<string>;
  fix: string;
}

export const rules: Rule[] = [
  {
    name: 'role comparison',
    pattern: new RegExp(String.raw`\brole\s*(===|!==|==|!=)|(===|!==|==|!=)\s*(['"\`])(${roles})\3`),
    fix: 'ask the API: me.can.* or the object\'s viewerCan',
  },
  {
    name: 'role name',
    pattern: new RegExp(String.raw`(['"\`])(${roles})\1|\b(${roles})\s*:`),
    except: roleNamesAllowed,
    fix: 'ask the API (me.can.creatableRoles, viewerCan); labels come from the locales',
  },
  {
    name: 'finding status literal',
    pattern: new RegExp(String.raw`(['"\`])(${findingStatuses})\1|\bstatus(NEQ)?\s*:\s*(${findingStatuses})\b`),
    fix: 'use Finding.open / viewerCan, or the statuses of findingLifecycle',
  },
  {
    name: 'set of statuses in a query',
    pattern: /\bstatus(Not)?In\s*:/,
    fix: 'filter with where: { open: true | false } (the lifecycle decides which statuses are open)',
  },
  {
    name: 'status set membership',
    pattern: /\[[^\]]*(['"`])[A-Z_]+\1[^\]]*\]\.includes\(|\.includes\([\w?.!]*\bstatus\)/,
    fix: 'use Finding.open / viewerCan, or the statuses of findingLifecycle',
  },
];

export function violations(path: string, source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const r of rules) {
      if (r.except?.has(path)) continue;
      if (r.pattern.test(line)) out.push(`${path}:${i + 1}: ${r.name} — ${r.fix}\n    ${line.trim()}`);
    }
  });
  return out;
}

const sources = import.meta.glob(
  ['/src/app/**/*.{ts,tsx}', '/src/features/**/*.{ts,tsx}', '/src/components/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}', '!/src/app/locales/**'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

describe('no role or status literal decides what a user may do', () => {
  it('scans the SPA', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    expect(Object.keys(sources)).toContain('/src/features/rectify/FindingDetail.tsx');
    expect(Object.keys(sources).some((p) => p.includes('/locales/') || p.includes('/gql/') || p.endsWith('.test.ts'))).toBe(false);
  });

  it('finds none in src/app, src/features and src/components', () => {
    const found = Object.entries(sources).flatMap(([path, src]) => violations(path, src));
    expect(found, `\n${found.join('\n')}\n`).toEqual([]);
  });

  it('would catch each way the SPA used to decide', () => {
    const bad = [
      "const canIssue = me?.role === 'CITY_ADMIN' || me?.role === 'DISTRICT_ADMIN';",
      "if (data.user.role !== 'ENTERPRISE') preload();",
      "if (role !== 'ENTERPRISE') {",
      "const own = new Set(me?.role === 'DISTRICT_ADMIN' ? ids : []);",
      "const roles: UserRole[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];",
      'switch (me.role) { case "EXPERT": return null; }',
      'const menu = { CITY_ADMIN: all, EXPERT: some };',
      "const canSubmit = f && ['FOUND', 'ASSIGNED', 'RECTIFYING', 'REJECTED'].includes(f.status);",
      "const open = f && !['VERIFIED', 'CLOSED', 'INVALID'].includes(f.status);",
      "{f.status === 'CLOSED' ? closedAt : <DueTag />}",
      'findings(first: 20, where: { statusNotIn: [CLOSED, INVALID, VERIFIED] }) { totalCount }',
      'findings(where: { statusIn: [SUBMITTED] }) { totalCount }',
      'const open = OPEN_STATUSES.includes(f.status);',
      'findings(first: 20, where: { status: CLOSED }) { totalCount }',
    ];
    for (const line of bad) expect(violations('/src/features/x.tsx', line), line).not.toEqual([]);
  });

  it('lets through what only shows or shapes', () => {
    const fine = [
      '{me?.can.issueTask && <Button />}',
      '{task.viewerCan.extend && <Button />}',
      "t(`roles.${me.role}`)",
      "<Tag color={task.status === 'OPEN' ? 'green' : undefined}>",
      "const pending = rects.find((r) => r.decision === 'PENDING');",
      'users(first: 50, where: { role: EXPERT, active: true })',
      "findings(first: 0, where: { open: true }) { totalCount }",
      '<Alert role="alert" />',
      "<List.Item role=\"button\" tabIndex={0} />",
      "enterpriseID: roleScope[v.role] === 'enterprise' ? v.enterpriseID : undefined,",
      "selfChecks(first: 10, where: { statusNEQ: SUBMITTED })",
    ];
    for (const line of fine) expect(violations('/src/features/x.tsx', line), line).toEqual([]);
    expect(violations('/src/features/admin/roles.ts', '  EXPERT: \'districts\',')).toEqual([]);
  });
});
