import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import type { WarningChannelKind } from '../../gql/graphql';
import { limits } from '../../gql/limits';
import { QueryState } from '../../components/QueryState';
import { applyServerErrors } from '../../components/serverErrors';

const ChannelsOp = graphql(`
  query WarningChannels {
    warningChannels(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges { node { id name kind url active } }
    }
  }
`);

const SaveChannelOp = graphql(`
  mutation SaveWarningChannel($input: SaveWarningChannelInput!) { saveWarningChannel(input: $input) { id name kind url active } }
`);

interface Values { name: string; kind: WarningChannelKind; url: string; secret?: string; active: boolean }
interface Row { id: string; name: string; kind: WarningChannelKind; url: string; active: boolean }

/** 推送渠道: the city's outbound channels for warnings (webhooks, WeCom and DingTalk robots). */
export default function ChannelList() {
  const { t } = useTranslation();
  const [res, refetch] = useQuery({ query: ChannelsOp, requestPolicy: 'cache-and-network' });
  const [state, save] = useMutation(SaveChannelOp);
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const rows = res.data?.warningChannels.edges?.map((e) => e!.node!) ?? [];
  const open = (r: Row | 'new') => {
    setEditing(r);
    form.setFieldsValue(r === 'new' ? { name: '', kind: 'GENERIC', url: '', secret: '', active: true } : { ...r, secret: '' });
  };
  return (
    <div className="page page-wide">
      <div className="page-head">
        <Typography.Title level={4} className="page-title">{t('warning.channels.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>{t('warning.channels.add')}</Button>
      </div>
      <Typography.Paragraph type="secondary">{t('warning.channels.help')}</Typography.Paragraph>
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={false} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <Table rowKey="id" dataSource={rows} pagination={false} size="middle" scroll={{ x: 700 }} locale={{ emptyText: t('warning.channels.empty') }}
          columns={[
            { title: t('warning.channels.name'), dataIndex: 'name', render: (v: string, r) => <a onClick={() => open(r)}>{v}</a> },
            { title: t('warning.channels.kind'), dataIndex: 'kind', width: 160, render: (v: string) => t(`warning.channels.kinds.${v}`) },
            { title: t('warning.channels.url'), dataIndex: 'url', ellipsis: true },
            { title: t('warning.channels.active'), dataIndex: 'active', width: 90, render: (v: boolean) => (v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>) },
          ]} />
      </QueryState>
      <Modal open={editing !== null} title={editing === 'new' ? t('warning.channels.add') : t('warning.channels.edit')} okText={t('warning.channels.save')}
        confirmLoading={state.fetching} onCancel={() => setEditing(null)} destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          const r = await save({ input: { id: editing !== 'new' && editing ? editing.id : null, name: v.name, kind: v.kind, url: v.url,
            secret: v.secret ? v.secret : null, active: v.active } });
          if (r.error) applyServerErrors(form, r.error, ['name', 'kind', 'url', 'secret']);
          else { setEditing(null); refetch({ requestPolicy: 'network-only' }); }
        }}>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('warning.channels.name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={limits.WarningChannel.name} /></Form.Item>
          <Form.Item name="kind" label={t('warning.channels.kind')}>
            <Select options={(['GENERIC', 'WECOM', 'DINGTALK'] as const).map((k) => ({ value: k, label: t(`warning.channels.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="url" label={t('warning.channels.url')} rules={[{ required: true, type: 'url' }]}><Input maxLength={limits.WarningChannel.url} /></Form.Item>
          <Form.Item name="secret" label={t('warning.channels.secret')} extra={t('warning.channels.secretHelp')}>
            <Input.Password maxLength={limits.WarningChannel.secret} autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="active" label={t('warning.channels.active')} valuePropName="checked"><Switch /></Form.Item>
          {state.error && !state.error.graphQLErrors[0]?.extensions?.field && <Alert type="error" showIcon title={state.error.graphQLErrors[0]?.message} />}
        </Form>
      </Modal>
    </div>
  );
}
