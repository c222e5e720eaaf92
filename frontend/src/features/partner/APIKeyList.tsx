import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Drawer, Form, Input, InputNumber, List, Modal, Popconfirm, Select, Space, Spin, Switch, Tag, Typography } from 'antd';
import { ApiOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import './messages';
import { graphql } from '../../gql';
import type { ApiKeyOrderField, ApiKeyWhereInput, PartnerScope } from '../../gql/graphql';
import { limits } from '../../gql/limits';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/errors';
import { endOfDayShanghai, formatDate, formatDateTime, todayShanghai } from '../../app/time';
import { applyServerErrors, clearErrorsOnChange } from '../../components/serverErrors';
import { DataList, ListSearch, type DataColumn } from '../../components/DataList';
import { useListState, type Sort } from '../../components/useListState';
import { DateField } from '../../components/DateField';
import { DistrictsOp, DistrictsSelect } from '../admin/DistrictSelect';
import { ExportButton } from '../exchange/ExportButton';

const EChart = lazy(() => import('../../components/EChart'));

const KeysOp = graphql(`
  query APIKeys($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: APIKeyWhereInput, $orderBy: APIKeyOrder) {
    apiKeys(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor }
      edges { node { id name prefix scopes budget refillPerSecond persistedOnly expiresAt lastUsedAt createdAt previousValidUntil status
        districts { id nameZh nameEn } viewerCan { change rotate } } }
    }
  }
`);
const CreateKeyOp = graphql(`
  mutation CreateAPIKey($input: CreateAPIKeyInput!) { createAPIKey(input: $input) { secret apiKey { id name } } }
`);
const UpdateKeyOp = graphql(`
  mutation UpdateAPIKey($id: ID!, $input: UpdateAPIKeyInput!) { updateAPIKey(id: $id, input: $input) { id name } }
`);
const RotateKeyOp = graphql(`
  mutation RotateAPIKey($id: ID!, $overlapMinutes: Int!) { rotateAPIKey(id: $id, overlapMinutes: $overlapMinutes) { secret apiKey { id name previousValidUntil } } }
`);
const RevokeKeyOp = graphql(`
  mutation RevokeAPIKey($id: ID!) { revokeAPIKey(id: $id) { id status } }
`);
const BoundsOp = graphql(`
  query APIKeyBounds {
    apiKeyBounds { budget { min max default } refillPerSecond { min max default } overlapMinutes { min max default } }
    districts(first: 50) { totalCount }
  }
`);
const UsageOp = graphql(`
  query APIKeyUsage($id: ID!) {
    apiKeyUsage(apiKeyId: $id, days: 30) { day requests cost refused }
    node(id: $id) { ... on APIKey { id persistedQueries { id name sha256 query createdAt } } }
  }
`);
const RegisterQueryOp = graphql(`
  mutation RegisterPersistedQuery($apiKeyId: ID!, $query: String!, $name: String) {
    registerPersistedQuery(apiKeyId: $apiKeyId, query: $query, name: $name) { id sha256 }
  }
`);
const UnregisterQueryOp = graphql(`
  mutation UnregisterPersistedQuery($apiKeyId: ID!, $sha256: String!) { unregisterPersistedQuery(apiKeyId: $apiKeyId, sha256: $sha256) }
`);

const scopes: readonly PartnerScope[] = ['ENTERPRISES', 'SELF_CHECKS', 'WARNINGS', 'SERVICES', 'PERSONAL_DATA'];
const keys = ['q', 'status'] as const;
const sortFields: readonly ApiKeyOrderField[] = ['NAME', 'CREATED_AT'];
const newestFirst: Sort<ApiKeyOrderField> = { field: 'CREATED_AT', direction: 'DESC' };

/** What the address's filters ask of the keys (now: the instant an expiry is compared with). */
export function keyWhere(q: string, status?: string, now = new Date().toISOString()): ApiKeyWhereInput {
  const w: ApiKeyWhereInput = {};
  if (q.trim()) w.nameContainsFold = q.trim();
  if (status === 'REVOKED') w.revokedAtNotNil = true;
  if (status === 'ACTIVE') Object.assign(w, { revokedAtIsNil: true, or: [{ expiresAtIsNil: true }, { expiresAtGT: now }] });
  if (status === 'EXPIRED') Object.assign(w, { revokedAtIsNil: true, expiresAtLTE: now });
  return w;
}

interface Row {
  id: string; name: string; prefix: string; scopes: PartnerScope[]; budget: number; refillPerSecond: number; persistedOnly: boolean;
  expiresAt?: string | null; lastUsedAt?: string | null; createdAt: string; previousValidUntil?: string | null; status: string;
  districts?: { id: string; nameZh: string; nameEn: string }[] | null; viewerCan: { change: boolean; rotate: boolean };
}

/** 开放接口: the city's API keys for partner dashboards — create (shown once), edit, rotate, revoke, usage, registered queries. */
export default function APIKeyList() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const list = useListState({ keys, sortFields, defaultSort: newestFirst });
  const { q, status } = list.filters;
  const where = useMemo(() => keyWhere(q ?? '', status), [q, status]);
  const [res, refetch] = useQuery({ query: KeysOp, variables: { ...list.pages.vars, where, orderBy: list.sort } });
  const [bounds] = useQuery({ query: BoundsOp, requestPolicy: 'cache-first' });
  const allDistricts = bounds.data?.districts.totalCount ?? 0;
  const [, revoke] = useMutation(RevokeKeyOp);
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [rotating, setRotating] = useState<Row | null>(null);
  const [usage, setUsage] = useState<Row | null>(null);
  const [shown, setShown] = useState<{ secret: string; rotated: boolean; persistedOnly: boolean } | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const name = (d: { nameZh: string; nameEn: string }) => (i18n.language === 'en-US' ? d.nameEn : d.nameZh);
  const conn = res.data?.apiKeys;

  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3}>{t('partner.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<ApiOutlined />} href="/graphiql" target="_blank">{t('partner.graphiql')}</Button>
          {me?.can.managePartnerKeys && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('partner.add')}</Button>}
        </Space>
      </div>
      <Typography.Paragraph type="secondary">{t('partner.help')}</Typography.Paragraph>
      {notice && <Alert type={notice.type} showIcon closable title={notice.text} onClose={() => setNotice(null)} style={{ marginBottom: 12 }} role="status" />}
      <DataList extra={<ExportButton what={{ list: { apiKeys: { where, orderBy: list.sort } } }} />} list={list} conn={conn} fetching={res.fetching} error={res.error} retry={reload} emptyText={t('partner.empty')} testId="api-keys"
        filters={<>
          <ListSearch list={list} name="q" placeholder={t('partner.search')} width={220} />
          <Select allowClear placeholder={t('partner.allStatuses')} aria-label={t('partner.status')} style={{ width: 140 }} value={status}
            options={(['ACTIVE', 'EXPIRED', 'REVOKED'] as const).map((s) => ({ value: s, label: t(`partner.statuses.${s}`) }))} onChange={(v) => list.set({ status: v })} />
        </>}
        columns={[
          // The key's prefix under its name: a desk screen shows every column without scrolling sideways.
          { key: 'name', sortField: 'NAME', title: <>{t('partner.name')}<br />{t('partner.prefix')}</>, render: (_, k) => <>
            <div>{k.viewerCan.change ? <a onClick={() => setEditing(k)}>{k.name}</a> : k.name}</div>
            <Typography.Text code className="nowrap">{k.prefix}…</Typography.Text>
          </> },
          { key: 'status', title: t('partner.status'), render: (_, k) => (
            <Space direction="vertical" size={0}>
              <Tag color={k.status === 'ACTIVE' ? 'green' : k.status === 'EXPIRED' ? 'orange' : undefined}>{t(`partner.statuses.${k.status}`)}</Tag>
              {k.previousValidUntil && dayjs(k.previousValidUntil).isAfter(dayjs()) && k.status === 'ACTIVE' &&
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('partner.overlap', { time: formatDateTime(k.previousValidUntil) })}</Typography.Text>}
            </Space>
          ) },
          { key: 'districts', title: t('partner.districts'), width: 160, ellipsis: true, render: (_, k) => (allDistricts > 0 && (k.districts ?? []).length === allDistricts
            ? t('partner.allDistricts') : (k.districts ?? []).map(name).join(t('common.listSep'))) },
          { key: 'scopes', title: t('partner.scopes'), width: 200, render: (_, k) => k.scopes.map((s) => <Tag key={s} color={s === 'PERSONAL_DATA' ? 'red' : 'blue'}>{t(`partner.scope.${s}`)}</Tag>) },
          { key: 'budget', title: t('partner.budget'), width: 130, render: (_, k) => <>
            {t('partner.budgetValue', { budget: k.budget, refill: k.refillPerSecond })}
            {k.persistedOnly && <div><Tag>{t('partner.persistedOnly')}</Tag></div>}
          </> },
          // Two dates in one column (a desk screen shows every column without scrolling sideways).
          { key: 'expiresAt', title: <>{t('partner.expiresAt')}<br />{t('partner.lastUsedAt')}</>, render: (_, k) => <>
            <div className="nowrap">{formatDateTime(k.expiresAt) || t('partner.noExpiry')}</div>
            <Typography.Text type="secondary" className="nowrap">{formatDateTime(k.lastUsedAt) || t('partner.never')}</Typography.Text>
          </> },
          { key: 'createdAt', sortField: 'CREATED_AT', title: t('partner.createdAt'), render: (_, k) => formatDateTime(k.createdAt) },
          { key: 'actions', title: t('partner.actions'), fixed: 'right', render: (_, k) => (
            <Space direction="vertical" size={4} /* one above the other: the row is tall with its scopes already */>
              <Button size="small" onClick={() => setUsage(k)}>{t('partner.usage')}</Button>
              {k.viewerCan.rotate && <Button size="small" onClick={() => setRotating(k)}>{t('partner.rotate')}</Button>}
              {k.viewerCan.change && (
                <Popconfirm placement="topRight" title={t('partner.revokeConfirm', { name: k.name })} okButtonProps={{ danger: true }} onConfirm={async () => {
                  const r = await revoke({ id: k.id });
                  setNotice(r.error ? { type: 'error', text: errorMessage(r.error, t)! } : { type: 'success', text: t('partner.revoked', { name: k.name }) });
                  reload();
                }}>
                  <Button size="small" danger>{t('partner.revoke')}</Button>
                </Popconfirm>
              )}
            </Space>
          ) },
        ] satisfies DataColumn<Row>[]} />
      {editing && <KeyForm row={editing === 'new' ? null : editing} bounds={bounds.data?.apiKeyBounds} onClose={(done) => {
        setEditing(null);
        if (!done) return;
        if (done.secret) setShown({ secret: done.secret, rotated: false, persistedOnly: done.persistedOnly });
        setNotice({ type: 'success', text: t(done.secret ? 'partner.created' : 'partner.updated', { name: done.name }) });
        reload();
      }} />}
      {rotating && <RotateModal row={rotating} bounds={bounds.data?.apiKeyBounds.overlapMinutes} onClose={(secret) => {
        const row = rotating;
        setRotating(null);
        if (secret) {
          setShown({ secret, rotated: true, persistedOnly: row.persistedOnly });
          setNotice({ type: 'success', text: t('partner.rotated', { name: row.name }) });
          reload();
        }
      }} />}
      {shown && <SecretModal secret={shown.secret} rotated={shown.rotated} persistedOnly={shown.persistedOnly} onClose={() => setShown(null)} />}
      {usage && <UsageDrawer row={usage} onClose={() => setUsage(null)} />}
    </div>
  );
}

interface FormValues {
  name: string; districtIDs: string[]; scopes: PartnerScope[]; budget?: number | null; refillPerSecond?: number | null;
  persistedOnly: boolean; expiresAt?: Dayjs | null;
}

interface IntBounds { min: number; max: number; default: number }

/** Creates a key or edits one (what is changed takes effect on its next request). */
function KeyForm({ row, bounds, onClose }: {
  row: Row | null; bounds?: { budget: IntBounds; refillPerSecond: IntBounds };
  onClose(done?: { name: string; secret?: string; persistedOnly: boolean }): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [created, create] = useMutation(CreateKeyOp);
  const [updated, update] = useMutation(UpdateKeyOp);
  const [error, setError] = useState<string | null>(null);
  const picked = Form.useWatch('scopes', form) ?? [];
  const [districts] = useQuery({ query: DistrictsOp, requestPolicy: 'cache-first' });
  const expiry = Form.useWatch('expiresAt', form);
  const fields = ['name', 'districtIDs', 'scopes', 'budget', 'refillPerSecond', 'persistedOnly', 'expiresAt'];

  async function submit(v: FormValues) {
    setError(null);
    const input = { name: v.name.trim(), districtIDs: v.districtIDs, scopes: v.scopes, budget: v.budget ?? null,
      refillPerSecond: v.refillPerSecond ?? null, persistedOnly: v.persistedOnly,
      // The key works through the chosen day, Asia/Shanghai.
      expiresAt: v.expiresAt ? endOfDayShanghai(v.expiresAt.format('YYYY-MM-DD')) : null };
    // An edit sends the expiry only when its day changed (an expired key
    // keeps its past expiry while its name or districts change).
    const sameDay = !!row?.expiresAt && !!v.expiresAt && formatDate(row.expiresAt) === v.expiresAt.format('YYYY-MM-DD');
    const r = row
      ? await update({ id: row.id, input: { ...input, expiresAt: sameDay ? null : input.expiresAt, clearExpiresAt: !v.expiresAt && !!row.expiresAt } })
      : await create({ input });
    if (r.error) {
      if (!applyServerErrors(form, r.error, fields)) setError(errorMessage(r.error, t));
      return;
    }
    const secret = r.data && 'createAPIKey' in r.data ? r.data.createAPIKey.secret : undefined;
    onClose({ name: input.name, secret, persistedOnly: v.persistedOnly });
  }

  const required = [{ required: true, message: t('partner.required') }];
  return (
    <Modal open title={row ? t('partner.edit') : t('partner.add')} okText={t('partner.save')} confirmLoading={created.fetching || updated.fetching}
      destroyOnHidden onOk={() => form.submit()} onCancel={() => onClose()} width={620}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={clearErrorsOnChange(form)}
        initialValues={row
          ? { name: row.name, districtIDs: (row.districts ?? []).map((d) => d.id), scopes: row.scopes, budget: row.budget,
            refillPerSecond: row.refillPerSecond, persistedOnly: row.persistedOnly, expiresAt: row.expiresAt ? dayjs(formatDate(row.expiresAt)) : null }
          : { name: '', districtIDs: [], scopes: ['ENTERPRISES', 'SELF_CHECKS'], persistedOnly: false }}>
        <Form.Item name="name" label={t('partner.name')} rules={[...required, { whitespace: true, message: t('partner.required') }]}>
          <Input maxLength={limits.APIKey.name} />
        </Form.Item>
        <Form.Item name="districtIDs" label={t('partner.districts')} rules={required}
          extra={<Button type="link" size="small" style={{ padding: 0 }} onClick={() => form.setFieldValue('districtIDs',
            (districts.data?.districts.edges ?? []).map((e) => e!.node!.id))}>{t('partner.pickAllDistricts')}</Button>}>
          <DistrictsSelect placeholder={t('partner.districts')} />
        </Form.Item>
        <Form.Item name="scopes" label={t('partner.scopes')} rules={required}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {scopes.map((s) => (
              <Checkbox key={s} value={s}>
                <b>{t(`partner.scope.${s}`)}</b>
                <Typography.Text type={s === 'PERSONAL_DATA' ? 'danger' : 'secondary'} style={{ display: 'block', fontSize: 12 }}>{t(`partner.scopeHelp.${s}`)}</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {picked.includes('PERSONAL_DATA') && <Alert type="warning" showIcon title={t('partner.scopeHelp.PERSONAL_DATA')} style={{ marginBottom: 12 }} />}
        <Space wrap align="start">
          <Form.Item name="budget" label={t('partner.budget')} style={{ maxWidth: 280 }}
            extra={bounds && t('partner.range', { min: bounds.budget.min, max: bounds.budget.max })}>
            <InputNumber min={bounds?.budget.min} max={bounds?.budget.max} precision={0} style={{ width: 160 }}
              placeholder={bounds && t('partner.byDefault', { value: bounds.budget.default })} />
          </Form.Item>
          <Form.Item name="refillPerSecond" label={t('partner.refill')}
            extra={bounds && t('partner.range', { min: bounds.refillPerSecond.min, max: bounds.refillPerSecond.max })}>
            <InputNumber min={bounds?.refillPerSecond.min} max={bounds?.refillPerSecond.max} precision={0} style={{ width: 160 }}
              placeholder={bounds && t('partner.byDefault', { value: bounds.refillPerSecond.default })} />
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>{t('partner.budgetHelp')}</Typography.Paragraph>
        <Space>
        </Space>
        <Form.Item name="persistedOnly" label={t('partner.persistedOnly')} extra={t('partner.persistedOnlyHelp')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('partner.expiresAt')} extra={expiry ? t('partner.expiryHelp') : t('partner.noExpiry')}>
          <DateField allowClear disabledDate={(d) => d.isBefore(todayShanghai(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A new secret for the key; the old one works on for the overlap. */
function RotateModal({ row, bounds, onClose }: { row: Row; bounds?: IntBounds; onClose(secret?: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ overlapMinutes: number }>();
  const [state, rotate] = useMutation(RotateKeyOp);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal open title={t('partner.rotateTitle', { name: row.name })} okText={t('partner.rotate')} confirmLoading={state.fetching}
      destroyOnHidden onOk={() => form.submit()} onCancel={() => onClose()}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('partner.rotateHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ overlapMinutes: bounds?.default }} onFinish={async (v) => {
        const r = await rotate({ id: row.id, overlapMinutes: v.overlapMinutes ?? 0 });
        if (r.error) {
          if (!applyServerErrors(form, r.error, ['overlapMinutes'])) setError(errorMessage(r.error, t));
          return;
        }
        onClose(r.data?.rotateAPIKey.secret);
      }}>
        <Form.Item name="overlapMinutes" label={t('partner.overlapMinutes')} extra={bounds && t('partner.range', { min: bounds.min, max: bounds.max })}>
          <InputNumber min={bounds?.min} max={bounds?.max} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The secret, this once: copy it, see how it is sent, try it in GraphiQL. */
function SecretModal({ secret, rotated, persistedOnly, onClose }: { secret: string; rotated: boolean; persistedOnly: boolean; onClose(): void }) {
  const { t } = useTranslation();
  // A persisted-only key sends a registered query's hash, never a text.
  const body = persistedOnly
    ? `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${t('partner.hashPlaceholder')}"}}}`
    : '{"query":"{ enterprises(first: 5) { totalCount edges { node { name } } } }"}';
  const example = `curl -s ${window.location.origin}/query \\\n  -H 'Authorization: Bearer ${secret}' \\\n  -H 'Content-Type: application/json' \\\n  -d '${body}'`;
  return (
    <Modal open title={t(rotated ? 'partner.rotatedTitle' : 'partner.secretTitle')} onCancel={onClose} width={640}
      footer={<Space>
        {!persistedOnly && <Button icon={<ApiOutlined />} onClick={() => {
          // GraphiQL (same origin) takes the key once from here and forgets it.
          localStorage.setItem('greencheck.graphiql.key', secret);
          window.open('/graphiql', '_blank', 'noopener');
        }}>{t('partner.tryIt')}</Button>}
        <Button type="primary" onClick={onClose}>{t('common.close')}</Button>
      </Space>}>
      <Alert type="warning" showIcon title={t('partner.secretWarn')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable={{ text: secret }} data-testid="api-key-secret" style={{ fontSize: 16 }}>
        <Typography.Text code>{secret}</Typography.Text>
      </Typography.Paragraph>
      {persistedOnly && <Alert type="info" showIcon title={t('partner.persistedOnlyExample')} style={{ marginBottom: 12 }} />}
      <Typography.Text strong>{t('partner.example')}</Typography.Text>
      <pre className="code-block" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{example}</pre>
    </Modal>
  );
}

/** A key's last 30 days (requests, points, refusals) and its registered queries. */
function UsageDrawer({ row, onClose }: { row: Row; onClose(): void }) {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: UsageOp, variables: { id: row.id }, requestPolicy: 'network-only' });
  const [reg, register] = useMutation(RegisterQueryOp);
  const [, unregister] = useMutation(UnregisterQueryOp);
  const [form] = Form.useForm<{ name: string; query: string }>();
  const [error, setError] = useState<string | null>(null);
  const days = res.data?.apiKeyUsage ?? [];
  const node = res.data?.node;
  const queries = node && 'persistedQueries' in node ? node.persistedQueries ?? [] : [];
  const sum = (f: 'requests' | 'cost' | 'refused') => days.reduce((n, d) => n + d[f], 0);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('partner.requests'), t('partner.refusedCol'), t('partner.cost')] },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
    series: [
      { name: t('partner.requests'), type: 'bar', stack: 'n', data: days.map((d) => d.requests) },
      { name: t('partner.refusedCol'), type: 'bar', stack: 'n', data: days.map((d) => d.refused), itemStyle: { color: '#ff7875' } },
      { name: t('partner.cost'), type: 'bar', yAxisIndex: 1, data: days.map((d) => d.cost), itemStyle: { color: '#95de64' } },
    ],
  };
  return (
    <Drawer open title={t('partner.usageTitle', { name: row.name })} onClose={onClose} size="large" destroyOnHidden>
      {res.error && <Alert type="error" showIcon title={errorMessage(res.error, t)} />}
      {res.fetching && !res.data ? <Spin /> : <>
        <Typography.Paragraph data-testid="usage-totals">{t('partner.totals', { requests: sum('requests'), cost: sum('cost'), refused: sum('refused') })}</Typography.Paragraph>
        <Suspense fallback={<Spin />}><EChart option={option} height={260} label={t('partner.usageTitle', { name: row.name })} /></Suspense>
        <Typography.Title level={5} style={{ marginTop: 16 }}>{t('partner.queries')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('partner.queryHelp')}</Typography.Paragraph>
        <List size="small" bordered locale={{ emptyText: t('partner.noQueries') }} dataSource={queries} renderItem={(pq) => (
          <List.Item actions={row.viewerCan.change ? [
            <Popconfirm key="rm" title={`${t('partner.unregister')} ${pq.name || pq.sha256.slice(0, 12)}?`} onConfirm={async () => {
              const r = await unregister({ apiKeyId: row.id, sha256: pq.sha256 });
              if (r.error) setError(errorMessage(r.error, t)); else refetch({ requestPolicy: 'network-only' });
            }}><Button size="small" danger>{t('partner.unregister')}</Button></Popconfirm>] : []}>
            <List.Item.Meta title={pq.name || '—'} description={<>
              <Typography.Text code copyable>{pq.sha256}</Typography.Text>
              <pre className="code-block" style={{ whiteSpace: 'pre-wrap', fontSize: 12, maxHeight: 120, overflow: 'auto' }}>{pq.query}</pre>
            </>} />
          </List.Item>
        )} />
        {row.viewerCan.change && (
          <Form form={form} layout="vertical" style={{ marginTop: 12 }} onValuesChange={clearErrorsOnChange(form)} onFinish={async (v) => {
            setError(null);
            const r = await register({ apiKeyId: row.id, query: v.query, name: v.name || null });
            if (r.error) { if (!applyServerErrors(form, r.error, ['query', 'name'])) setError(errorMessage(r.error, t)); return; }
            form.resetFields();
            refetch({ requestPolicy: 'network-only' });
          }}>
            {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
            <Form.Item name="name" label={t('partner.queryName')}><Input maxLength={limits.PersistedQuery.name} /></Form.Item>
            <Form.Item name="query" label={t('partner.query')} rules={[{ required: true, whitespace: true, message: t('partner.required') }]}>
              <Input.TextArea rows={5} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            <Button htmlType="submit" loading={reg.fetching}>{t('partner.register')}</Button>
          </Form>
        )}
      </>}
    </Drawer>
  );
}
