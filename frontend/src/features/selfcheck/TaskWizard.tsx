import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Radio, Select, Space, Statistic, Steps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EnterprisePermitTier, TaskScopeInput } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { useAuth } from '../../app/auth';
import { endOfDayShanghai } from '../../app/time';
import { limits } from '../../gql/limits';
import { DateField } from '../../components/DateField';

const WizardDataOp = graphql(`
  query TaskWizardData {
    checklistTemplates(first: 20, where: { status: PUBLISHED }, orderBy: { field: VERSION, direction: DESC }) {
      edges { node { id name version items(first: 0) { totalCount } } }
    }
    districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } }
  }
`);

const InScopeOp = graphql(`
  query EnterprisesInScope($scope: TaskScopeInput!) { enterprisesInScope(scope: $scope) }
`);

const IssueTaskOp = graphql(`
  mutation IssueInspectionTask($input: IssueInspectionTaskInput!) {
    issueInspectionTask(input: $input) { task { id selfChecks(first: 0) { totalCount } } }
  }
`);

const tiers: EnterprisePermitTier[] = ['KEY', 'SIMPLIFIED', 'REGISTRATION', 'NONE'];
type Tri = 'any' | 'yes' | 'no';
const tri = (v: Tri) => (v === 'any' ? undefined : v === 'yes');

/** Debounces a value so the live count is asked once typing pauses. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** 下发自查任务: checklist and due date, then the scope with a live count. */
export default function TaskWizard() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [step, setStep] = useState(0);
  const [templateID, setTemplateID] = useState<string>();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState<Dayjs | null>(null);
  const [districtIDs, setDistrictIDs] = useState<string[]>([]);
  const [industries, setIndustries] = useState('');
  const [permitTiers, setPermitTiers] = useState<EnterprisePermitTier[]>([]);
  const [air, setAir] = useState<Tri>('any');
  const [key, setKey] = useState<Tri>('any');
  const [error, setError] = useState<string | null>(null);
  const [data] = useQuery({ query: WizardDataOp });
  const [issuing, issue] = useMutation(IssueTaskOp);

  const templates = (data.data?.checklistTemplates.edges ?? []).map((e) => e!.node!);
  useEffect(() => {
    if (!templateID && templates[0]) setTemplateID(templates[0].id);
  }, [templateID, templates]);
  // A viewer serving districts issues tasks to them; the city to any.
  const own = new Set((me?.districts ?? []).map((d) => d.id));
  const districts = (data.data?.districts.edges ?? []).map((e) => e!.node!).filter((d) => !own.size || own.has(d.id));

  const scope: TaskScopeInput = useMemo(() => ({
    districtIDs: districtIDs.length ? districtIDs : undefined,
    industryPrefixes: industries.split(/[\s,，、]+/).filter((x) => /^\d{1,4}$/.test(x)),
    permitTiers: permitTiers.length ? permitTiers : undefined,
    airRelated: tri(air),
    keySupervised: tri(key),
  }), [districtIDs, industries, permitTiers, air, key]);
  const liveScope = useDebounced(scope, 300);
  const [count] = useQuery({ query: InScopeOp, variables: { scope: liveScope }, pause: step !== 1 });
  const reached = count.data?.enterprisesInScope;

  async function send() {
    setError(null);
    const r = await issue({ input: { templateID: templateID!, title: title.trim(), description: description.trim() || undefined,
      dueAt: endOfDayShanghai(due!.format('YYYY-MM-DD')), scope } });
    if (r.error || !r.data) {
      setError(errorMessage(r.error, t) ?? t('errors.NETWORK'));
      return;
    }
    navigate(`/tasks/${r.data.issueInspectionTask.task.id}`);
  }

  const name = (d: { nameZh: string; nameEn: string }) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh);
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">{t('tasks.issue')}</Typography.Title>
      <Steps current={step} className="section" items={[{ title: t('tasks.stepBasics') }, { title: t('tasks.stepScope') }]} />
      {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} />}
      {step === 0 && (
        <Card className="section">
          <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
            <label>{t('tasks.template')}
              <Select value={templateID} onChange={setTemplateID} style={{ width: '100%' }} aria-label={t('tasks.template')}
                options={templates.map((tpl) => ({ value: tpl.id, label: `${tpl.name} v${tpl.version}（${t('tasks.items', { count: tpl.items.totalCount })}）` }))} />
            </label>
            <label>{t('tasks.name')}
              <Input value={title} maxLength={limits.InspectionTask.title} onChange={(e) => setTitle(e.target.value)} aria-label={t('tasks.name')}
                placeholder={t('tasks.namePlaceholder')} />
            </label>
            <label>{t('tasks.description')}
              <Input.TextArea value={description} rows={3} onChange={(e) => setDescription(e.target.value)} aria-label={t('tasks.description')} />
            </label>
            <label>{t('tasks.dueAt')}
              <DateField value={due} onChange={setDue} style={{ width: '100%' }} aria-label={t('tasks.dueAt')}
                disabledDate={(d) => d.isBefore(new Date(), 'day')} />
            </label>
            <Button type="primary" disabled={!templateID || !title.trim() || !due} onClick={() => setStep(1)}>{t('tasks.next')}</Button>
          </Space>
        </Card>
      )}
      {step === 1 && (
        <Card className="section">
          <div className="wizard-scope">
            <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
              <label className="field">{t('tasks.districts')}
                <Select mode="multiple" allowClear value={districtIDs} onChange={setDistrictIDs} style={{ width: '100%' }}
                  aria-label={t('tasks.districts')} placeholder={own.size ? t('tasks.ownDistricts') : t('tasks.allDistricts')}
                  options={districts.map((d) => ({ value: d.id, label: name(d) }))} optionFilterProp="label" />
              </label>
              <label className="field">{t('tasks.industries')}
                <Input value={industries} onChange={(e) => setIndustries(e.target.value)} aria-label={t('tasks.industries')}
                  placeholder={t('tasks.industriesPlaceholder')} />
              </label>
              <label className="field">{t('tasks.permitTiers')}
                <Select mode="multiple" allowClear value={permitTiers} onChange={setPermitTiers} style={{ width: '100%' }}
                  aria-label={t('tasks.permitTiers')} placeholder={t('enterprises.allTiers')}
                  options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))} />
              </label>
              <Space wrap>
                <span>{t('admin.airRelated')}</span>
                <Radio.Group value={air} onChange={(e) => setAir(e.target.value)} optionType="button" aria-label={t('admin.airRelated')}
                  options={[{ value: 'any', label: t('tasks.any') }, { value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]} />
                <span>{t('admin.keySupervised')}</span>
                <Radio.Group value={key} onChange={(e) => setKey(e.target.value)} optionType="button" aria-label={t('admin.keySupervised')}
                  options={[{ value: 'any', label: t('tasks.any') }, { value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]} />
              </Space>
            </Space>
            <Statistic title={t('tasks.inScope')} value={reached ?? '…'} loading={count.fetching && reached === undefined}
              data-testid="in-scope" />
          </div>
          <Space className="section">
            <Button onClick={() => setStep(0)}>{t('tasks.back')}</Button>
            <Button type="primary" loading={issuing.fetching} disabled={!reached} onClick={() => void send()}>
              {t('tasks.send', { count: reached ?? 0 })}
            </Button>
          </Space>
        </Card>
      )}
    </div>
  );
}
