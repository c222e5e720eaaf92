import type { Me } from './auth';

/**
 * Which pages the viewer may open, from the API's verdicts (me.can) — the
 * one place the menu, the routes (a 403 page for the others) and the
 * pages' "new" buttons read them from (Ant Design Pro's access.ts).
 */
export function access(me: Me | null | undefined) {
  const can = me?.can;
  return {
    // The checklists: edited by who may change them, read by who issues tasks from them.
    templates: !!(can?.editChecklists || can?.issueTask),
    review: !!can?.reviewFindings,
    newTask: !!can?.issueTask,
    newWarning: !!can?.publishWarning,
    warningChannels: !!can?.manageWarningChannels,
    planImport: !!can?.keepEmissionPlans,
    registryImport: !!can?.createEnterprise,
    users: (can?.creatableRoles.length ?? 0) > 0,
    partnerKeys: !!can?.managePartnerKeys,
  };
}

export type Access = ReturnType<typeof access>;
