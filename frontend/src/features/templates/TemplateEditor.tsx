import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, ConfigProvider, Drawer, Grid, Input, InputNumber, Popconfirm, Row, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ChecklistItemAnswerType, ChecklistItemCategory, ChecklistItemInput, ChecklistItemSeverity } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../app/errors';

const TemplateOp = graphql(`
  query ChecklistTemplate($id: ID!) {
    node(id: $id) {
      ... on ChecklistTemplate {
        id name version status description
        viewerCan { edit }
        items(first: 100, orderBy: { field: SORT_ORDER, direction: ASC }) {
          edges { node {
            code category questionZh questionEn answerType severity defaultDeadlineDays
            findingLabelZh findingLabelEn guidanceZh guidanceEn
            compliance { expect min max withinMonths aheadDays choices compliant }
            applicability { permitTiers industryPrefixes flags }
            legalRefs { instrument article confidence }
          } }
        }
      }
    }
  }
`);

const SaveDraftOp = graphql(`
  mutation SaveChecklistDraft($id: ID!, $input: ChecklistDraftInput!) { saveChecklistDraft(id: $id, input: $input) { id name } }
`);
const PublishOp = graphql(`
  mutation PublishChecklistTemplate($id: ID!) { publishChecklistTemplate(id: $id) { id status publishedAt viewerCan { edit draft } } }
`);

const ReachOp = graphql(`
  query ApplicabilityReach($rules: [ApplicabilityInput!]!) { applicabilityReach(rules: $rules) }
`);

/** How many enterprises of the viewer's scope these rules reach (any of them). */
function Reach({ rules, label }: { rules: ChecklistItemInput['applicability'][]; label: string }) {
  const { t } = useTranslation();
  const [res] = useQuery({ query: ReachOp, variables: { rules }, pause: !rules.length });
  const n = res.data?.applicabilityReach;
  return <Typography.Text type="secondary" data-testid="reach">{label}：{n === undefined ? '…' : t('templates.reachCount', { count: n })}</Typography.Text>;
}

const categories: ChecklistItemCategory[] = ['EIA', 'PERMIT', 'FACILITY', 'MONITORING', 'LEDGER', 'VOC', 'HEAVY_POLLUTION', 'WASTE', 'DISCLOSURE', 'EMERGENCY'];
const answerTypes: ChecklistItemAnswerType[] = ['YES_NO', 'YES_NO_NA', 'NUMBER', 'DATE', 'CHOICE'];
const severities: ChecklistItemSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];
const flags = ['AIR_RELATED', 'KEY_SUPERVISED', 'VOC_USER', 'HAZARDOUS_WASTE'];
const tiers = ['KEY', 'SIMPLIFIED', 'REGISTRATION', 'NONE'];

/** Strips GraphQL's __typename and nulls so an item can be sent back as input. */
function clean<T>(v: T): T {
  return JSON.parse(JSON.stringify(v, (k, x) => (k === '__typename' || x === null ? undefined : x)));
}

const blank = (n: number): ChecklistItemInput => ({
  code: `NEW-${String(n).padStart(2, '0')}`, category: 'LEDGER', questionZh: '', questionEn: '', answerType: 'YES_NO',
  compliance: {}, applicability: {}, findingLabelZh: '', findingLabelEn: '', severity: 'MEDIUM', defaultDeadlineDays: 30, guidanceZh: [],
});

/** 清单编辑: a draft's items (edit, add, remove), saved together, then published. */
export default function TemplateEditor() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const wide = !!Grid.useBreakpoint().lg;
  const [res, refetch] = useQuery({ query: TemplateOp, variables: { id } });
  const [saving, save] = useMutation(SaveDraftOp);
  const [publishing, publish] = useMutation(PublishOp);
  const tpl = res.data?.node?.__typename === 'ChecklistTemplate' ? res.data.node : null;
  const [name, setName] = useState('');
  const [items, setItems] = useState<ChecklistItemInput[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!tpl) return;
    setName(tpl.name);
    const loaded = (tpl.items.edges ?? []).map((e) => clean(e!.node!) as ChecklistItemInput);
    setItems(loaded);
    setDirty(false);
    // On a desk screen the first item's fields show beside the list.
    if (wide) setEditing((cur) => (cur === null && loaded.length ? 0 : cur));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tpl]);
  const editable = !!tpl?.viewerCan.edit;
  const change = (next: ChecklistItemInput[]) => { setItems(next); setDirty(true); };

  async function doSave(): Promise<boolean> {
    setError(null);
    const r = await save({ id, input: { name, description: tpl?.description, items } });
    if (r.error) { setError(errorMessage(r.error, t)); return false; }
    setDirty(false);
    void message.success(t('admin.saved'));
    return true;
  }

  return (
    <div className="page">
      <QueryState fetching={res.fetching && !tpl} error={res.error} empty={!tpl} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {tpl && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{tpl.name} v{tpl.version}</Typography.Title>
              <Tag color={tpl.status === 'DRAFT' ? 'blue' : tpl.status === 'PUBLISHED' ? 'green' : undefined}>{t(`templates.${tpl.status}`)}</Tag>
            </div>
            <Reach rules={items.map((i) => i.applicability)} label={t('templates.reach')} />
            {!editable && tpl.status !== 'DRAFT' && <Alert type="info" showIcon title={t('templates.frozen')} className="section" />}
            {error && <Alert type="error" showIcon title={error} className="section" />}
            {editable && (
              <Space wrap className="section">
                <Input value={name} onChange={(e) => { setName(e.target.value); setDirty(true); }} aria-label={t('templates.name')} style={{ width: 320 }} />
                <Button onClick={() => { change([...items, blank(items.length + 1)]); setEditing(items.length); }}>{t('templates.addItem')}</Button>
                <Button type="primary" loading={saving.fetching} disabled={!dirty} onClick={() => void doSave()}>{t('templates.save')}</Button>
                <Popconfirm title={t('templates.publishConfirm')} onConfirm={async () => {
                  if (dirty && !(await doSave())) return;
                  const r = await publish({ id });
                  if (r.error) setError(errorMessage(r.error, t)); else refetch({ requestPolicy: 'network-only' });
                }}>
                  <Button loading={publishing.fetching}>{t('templates.publish')}</Button>
                </Popconfirm>
              </Space>
            )}
            {/* Master–detail: the items on the left (scrolling under their header), the chosen one's
                fields on the right; on a phone the fields open over the list. */}
            <Row gutter={16} className="section template-editor">
              <Col xs={24} lg={wide ? 13 : 24}>
                <Table rowKey={(r) => r.code} dataSource={items} pagination={false} size="small" sticky
                  scroll={wide ? { y: 'calc(100vh - 300px)' } : { x: 'max-content' }}
                  rowClassName={(_, i) => (i === editing ? 'item-chosen' : '')}
                  onRow={(_, i) => ({ onClick: () => { if (wide && i !== undefined) setEditing(i); } })}
                  columns={[
                    { title: t('templates.code'), dataIndex: 'code', width: 96 },
                    { title: t('templates.category'), render: (_, r) => t(`category.${r.category}`), width: 110 },
                    { title: t('templates.question'), dataIndex: 'questionZh', render: (v: string, r) => (i18n.language === 'en-US' && r.questionEn ? r.questionEn : v) },
                    { title: t('findings.severity'), render: (_, r) => t(`severity.${r.severity}`), width: 72 },
                    ...(editable ? [{
                      title: '', width: wide ? 72 : 130, render: (_: unknown, __: ChecklistItemInput, i: number) => (
                        <Space>
                          {!wide && <Button size="small" onClick={() => setEditing(i)}>{t('admin.edit')}</Button>}
                          <Button size="small" danger onClick={(e) => {
                            e.stopPropagation();
                            change(items.filter((_, j) => j !== i));
                            setEditing((cur) => (cur === null || cur < i ? cur : cur === i ? null : cur - 1));
                          }}>{t('templates.remove')}</Button>
                        </Space>
                      ),
                    }] : []),
                  ]} />
              </Col>
              {wide && (
                <Col lg={11}>
                  <Card size="small" className="template-item-card" data-testid="item-editor"
                    title={editing !== null && items[editing] ? `${items[editing].code} · ${t(`category.${items[editing].category}`)}` : t('templates.pickItem')}>
                    {editing !== null && items[editing]
                      ? <ConfigProvider componentDisabled={!editable}>
                          <ItemForm key={editing} item={items[editing]} onChange={(it) => change(items.map((x, j) => (j === editing ? it : x)))} />
                        </ConfigProvider>
                      : <Typography.Text type="secondary">{t('templates.pickItemHint')}</Typography.Text>}
                  </Card>
                </Col>
              )}
            </Row>
            {!wide && (
              <Drawer open={editing !== null} width={560} title={editing !== null ? items[editing]?.code : ''} onClose={() => setEditing(null)} destroyOnHidden>
                <div data-testid="item-editor">
                  {editing !== null && items[editing] && (
                    <ConfigProvider componentDisabled={!editable}>
                      <ItemForm item={items[editing]} onChange={(it) => change(items.map((x, j) => (j === editing ? it : x)))} />
                    </ConfigProvider>
                  )}
                </div>
              </Drawer>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

const list = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** One item's fields; every change goes straight to the draft being edited. */
function ItemForm({ item, onChange }: { item: ChecklistItemInput; onChange(it: ChecklistItemInput): void }) {
  const { t } = useTranslation();
  const set = (p: Partial<ChecklistItemInput>) => onChange({ ...item, ...p });
  const c = item.compliance;
  const a = item.applicability;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="item-form">
      <label>{t('templates.code')}<Input value={item.code} onChange={(e) => set({ code: e.target.value })} /></label>
      <label>{t('templates.category')}
        <Select value={item.category} style={{ width: '100%' }} onChange={(v) => set({ category: v })}
          options={categories.map((v) => ({ value: v, label: t(`category.${v}`) }))} /></label>
      <label>{t('templates.question')}<Input.TextArea aria-label={t('templates.question')} rows={2} value={item.questionZh} onChange={(e) => set({ questionZh: e.target.value })} /></label>
      <label>{t('templates.questionEn')}<Input.TextArea aria-label={t('templates.questionEn')} rows={2} value={item.questionEn} onChange={(e) => set({ questionEn: e.target.value })} /></label>
      <label>{t('templates.answerType')}
        <Select value={item.answerType} style={{ width: '100%' }} onChange={(v) => set({ answerType: v, compliance: {} })}
          options={answerTypes.map((v) => ({ value: v, label: t(`templates.type.${v}`) }))} /></label>
      {(item.answerType === 'YES_NO' || item.answerType === 'YES_NO_NA') && (
        <label>{t('templates.expect')}
          <Select value={c.expect ?? 'YES'} style={{ width: '100%' }} onChange={(v) => set({ compliance: { ...c, expect: v } })}
            options={[{ value: 'YES', label: t('common.yes') }, { value: 'NO', label: t('common.no') }]} /></label>
      )}
      {item.answerType === 'NUMBER' && (
        <Space>
          <label>{t('templates.min')}<InputNumber value={c.min} onChange={(v) => set({ compliance: { ...c, min: v ?? undefined } })} /></label>
          <label>{t('templates.max')}<InputNumber value={c.max} onChange={(v) => set({ compliance: { ...c, max: v ?? undefined } })} /></label>
        </Space>
      )}
      {item.answerType === 'DATE' && (
        <Space>
          <label>{t('templates.withinMonths')}<InputNumber min={1} value={c.withinMonths} onChange={(v) => set({ compliance: { ...c, withinMonths: v ?? undefined } })} /></label>
          <label>{t('templates.aheadDays')}<InputNumber min={0} value={c.aheadDays} onChange={(v) => set({ compliance: { ...c, aheadDays: v ?? undefined } })} /></label>
        </Space>
      )}
      {item.answerType === 'CHOICE' && (
        <>
          <label>{t('templates.choices')}<Select mode="tags" value={c.choices ?? []} style={{ width: '100%' }} onChange={(v) => set({ compliance: { ...c, choices: v } })} /></label>
          <label>{t('templates.compliantChoices')}
            <Select mode="multiple" value={c.compliant ?? []} style={{ width: '100%' }} onChange={(v) => set({ compliance: { ...c, compliant: v } })}
              options={(c.choices ?? []).map((x) => ({ value: x, label: x }))} /></label>
        </>
      )}
      <label>{t('templates.appliesTiers')}
        <Select mode="multiple" allowClear value={a.permitTiers ?? []} style={{ width: '100%' }} placeholder={t('tasks.any')}
          onChange={(v) => set({ applicability: { ...a, permitTiers: v } })} options={tiers.map((v) => ({ value: v, label: t(`tier.${v}`) }))} /></label>
      <label>{t('templates.appliesIndustries')}
        <Select mode="tags" value={a.industryPrefixes ?? []} style={{ width: '100%' }} placeholder={t('tasks.any')}
          onChange={(v) => set({ applicability: { ...a, industryPrefixes: v } })} /></label>
      <label>{t('templates.appliesFlags')}
        <Select mode="multiple" allowClear value={a.flags ?? []} style={{ width: '100%' }} placeholder={t('tasks.any')}
          onChange={(v) => set({ applicability: { ...a, flags: v } })} options={flags.map((v) => ({ value: v, label: t(`templates.flag.${v}`) }))} /></label>
      <Reach rules={[a]} label={t('templates.itemReach')} />
      <label>{t('findings.severity')}
        <Select value={item.severity} style={{ width: '100%' }} onChange={(v) => set({ severity: v })}
          options={severities.map((v) => ({ value: v, label: t(`severity.${v}`) }))} /></label>
      <label>{t('templates.days')}<InputNumber min={1} max={365} value={item.defaultDeadlineDays} onChange={(v) => set({ defaultDeadlineDays: v ?? 30 })} /></label>
      <label>{t('templates.label')}<Input aria-label={t('templates.label')} value={item.findingLabelZh} onChange={(e) => set({ findingLabelZh: e.target.value })} /></label>
      <label>{t('templates.labelEn')}<Input aria-label={t('templates.labelEn')} value={item.findingLabelEn} onChange={(e) => set({ findingLabelEn: e.target.value })} /></label>
      <label>{t('templates.guidance')}<Input.TextArea aria-label={t('templates.guidance')} rows={4} defaultValue={item.guidanceZh.join('\n')} onChange={(e) => set({ guidanceZh: list(e.target.value) })} /></label>
      <label>{t('templates.guidanceEn')}<Input.TextArea aria-label={t('templates.guidanceEn')} rows={4} defaultValue={(item.guidanceEn ?? []).join('\n')} onChange={(e) => set({ guidanceEn: list(e.target.value) })} /></label>
    </Space>
  );
}
