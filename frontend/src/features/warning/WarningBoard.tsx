import { Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Grid, Input, Modal, Row, Segmented, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { useUpdateParams } from '../../components/useListState';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import type { WarningLevel, WarningNoticeKind, WarningReceipt } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { EChart } from '../../app/preload';
import { formatDateTime, shanghaiInstant } from '../../app/time';
import { ExportButton } from '../exchange/ExportButton';
import { useDistrictNames } from '../admin/DistrictSelect';
import { PublishWarningOp, RecipientsOp } from './WarningForm';
import { LevelTag } from './LevelTag';
import { CallList } from './CallList';
import { Deliveries } from './Deliveries';
import { NoticeTable, receiptParams } from './NoticeTable';
import { useAuth } from '../../app/auth';

const BoardOp = graphql(`
  query WarningBoard($id: ID!, $round: Int) {
    node(id: $id) {
      ... on Warning {
        id title level status content round effectiveFrom effectiveTo ackSLAMinutes reportSLAMinutes
        rounds { number kind level effectiveFrom effectiveTo content publishedAt recipients }
        allRounds: board { byRound { round figures { acknowledged timelyResponseRate } } }
        districts { id nameZh nameEn }
        viewerCan { edit publish adjust }
        board(round: $round) {
          figures { ...Figures }
          byDistrict { districtID figures { ...Figures } }
          byGrade { grade }
          byRound { round figures { ...Figures } }
        }
      }
    }
  }
  fragment Figures on WarningFigures {
    targeted delivered read acknowledged acknowledgedInTime reportsDue reported reportedInTime withEvidence
    timelyResponseRate deliveryRate reportRate medianAckMinutes repushed onCallList checked checkedCompliant spotCheckRate
  }
`);

const UpdatedOp = graphql(`
  subscription WarningUpdated($id: ID!) { warningUpdated(id: $id) { id status round } }
`);

const AdjustOp = graphql(`
  mutation AdjustWarning($input: AdjustWarningInput!) { adjustWarning(input: $input) { id status level round effectiveTo } }
`);

// The level as titles name it (titles are Chinese documents' names, 长沙市重污染天气橙色预警…).
const titleLevel: Record<WarningLevel, string> = { YELLOW: '黄色', ORANGE: '橙色', RED: '红色' };

/** The adjustment controls of an active warning: a new round each. */
function Adjust({ id, title, level, startsAt, onDone }: {
  id: string; title: string; level: WarningLevel;
  /** When the current round takes effect, if still ahead: a new level keeps that start. */
  startsAt?: string | null; onDone(): void;
}) {
  const { t } = useTranslation();
  const [state, adjust] = useMutation(AdjustOp);
  // Dialogs from the hook follow the app's theme and button settings.
  const [modal, modalHolder] = Modal.useModal();
  const [newLevel, setNewLevel] = useState<WarningLevel>();
  // A new level renames the warning (proposed: the level's word replaced), editable.
  const [newTitle, setNewTitle] = useState('');
  const chooseLevel = (l: WarningLevel) => { setNewLevel(l); setNewTitle(title.replace(titleLevel[level], titleLevel[l])); };
  const [end, setEnd] = useState<Dayjs | null>(null);
  const [note, setNote] = useState('');
  const levels: WarningLevel[] = ['YELLOW', 'ORANGE', 'RED'];
  const ahead = startsAt && new Date(startsAt).getTime() > Date.now() ? startsAt : null;
  const run = async (kind: WarningNoticeKind) => {
    const relevel = kind === 'UPGRADE' || kind === 'DOWNGRADE';
    const r = await adjust({ input: { warningID: id, kind, level: relevel ? newLevel : null,
      effectiveFrom: relevel && ahead ? ahead : null, effectiveTo: shanghaiInstant(end), content: note,
      title: relevel && newTitle.trim() && newTitle.trim() !== title ? newTitle : null } });
    if (!r.error) { setNote(''); setNewLevel(undefined); setEnd(null); onDone(); }
  };
  // Every round reaches every recipient at once: asked first.
  const confirm = (kind: WarningNoticeKind, label: string) => modal.confirm({
    title: label, okText: label,
    content: <>{t('warning.adjust.confirm', { action: label })}
      {(kind === 'UPGRADE' || kind === 'DOWNGRADE') && <p>{ahead ? t('warning.adjust.takesEffect', { time: formatDateTime(ahead) }) : t('warning.adjust.takesEffectNow')}</p>}</>, okButtonProps: { danger: true }, onOk: () => run(kind),
  });
  const up = newLevel && levels.indexOf(newLevel) > levels.indexOf(level);
  return (
    <Card title={t('warning.adjust.title')} size="small">
      {modalHolder}
      <Form layout="inline" className="adjust-form">
        <Form.Item><Select placeholder={t('warning.adjust.newLevel')} style={{ width: 150 }} value={newLevel} onChange={chooseLevel}
          options={levels.filter((l) => l !== level).map((l) => ({ value: l, label: t(`warning.level.${l}`) }))} aria-label={t('warning.adjust.newLevel')} /></Form.Item>
        {newLevel && <Form.Item><Input aria-label={t('warning.adjust.newTitle')} placeholder={t('warning.adjust.newTitle')} value={newTitle}
          onChange={(e) => setNewTitle(e.target.value)} style={{ width: 340 }} maxLength={limits.Warning.title} data-testid="adjust-title" /></Form.Item>}
        <Form.Item><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t('warning.adjust.newEnd')} value={end} onChange={setEnd} /></Form.Item>
        <Form.Item><Input placeholder={t('warning.adjust.content')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 220 }} maxLength={limits.Warning.content} /></Form.Item>
        <Space wrap><Button disabled={!newLevel} loading={state.fetching} onClick={() => confirm(up ? 'UPGRADE' : 'DOWNGRADE', t(up ? 'warning.adjust.upgrade' : 'warning.adjust.downgrade'))}>
          {newLevel ? t(up ? 'warning.adjust.upgrade' : 'warning.adjust.downgrade') : t('warning.adjust.upgrade')}
        </Button>
        <Button disabled={!end} loading={state.fetching} onClick={() => confirm('EXTEND', t('warning.adjust.extend'))}>{t('warning.adjust.extend')}</Button>
        <Button danger loading={state.fetching} onClick={() => modal.confirm({ title: t('warning.adjust.lift'), content: t('warning.adjust.confirmLift'), okButtonProps: { danger: true }, onOk: () => run('LIFT') })}>
          {t('warning.adjust.lift')}
        </Button></Space>
      </Form>
      {state.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={state.error.graphQLErrors[0]?.message ?? state.error.message} />}
    </Card>
  );
}

/** A draft's page: whom publishing would reach now, in place of the live board. */
function DraftRecipients({ districtIDs, effectiveFrom }: { districtIDs: string[]; effectiveFrom: string }) {
  const { t } = useTranslation();
  const [res] = useQuery({ query: RecipientsOp, variables: { districtIDs, effectiveFrom }, requestPolicy: 'network-only' });
  const total = res.data?.warningRecipients.total;
  return (
    <Alert type="info" showIcon style={{ marginTop: 16 }} data-testid="draft-board"
      title={<>{t('warning.board.draft')}{total != null && <strong> {t('warning.recipients', { count: total })}</strong>}</>} />
  );
}

/** A warning's page: its rounds and the live board of receipts (送达、阅读、确认、上报). */
export default function WarningBoard() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const names = useDistrictNames();
  // Below the three-column width the labels stand above their values:
  // beside them, a long English label left the announcement a column one
  // character (a phone) or 110 px (a tablet) wide.
  const phone = !Grid.useBreakpoint().xl;
  // The board shows one round at a time (each has its own notices): the
  // latest one asking for reports — following each new round as it is
  // published — unless the user picks an earlier one.
  const [pinned, setPinned] = useState<number | null>(null);
  const [latest, setLatest] = useState<number | null>(null);
  const [res, refetch] = useQuery({ query: BoardOp, variables: { id, round: pinned ?? latest } });
  const { me } = useAuth();
  const navigate = useNavigate();
  const [updated] = useSubscription({ query: UpdatedOp, variables: { id } });
  // Each update re-reads the board and the lists under it.
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    if (!updated.data) return;
    refetch({ requestPolicy: 'network-only' });
    setRefresh((n) => n + 1);
  }, [updated.data, refetch]);
  const [pub, publish] = useMutation(PublishWarningOp);
  const [modal, modalHolder] = Modal.useModal();
  const w = res.data?.node?.__typename === 'Warning' ? res.data.node : null;
  const rounds = w?.rounds ?? [];
  const current = [...rounds].reverse().find((r) => r.kind !== 'LIFT') ?? rounds[rounds.length - 1];
  useEffect(() => {
    if (current) setLatest(current.number);
  }, [current]);
  const shown = rounds.find((r) => r.number === (pinned ?? latest)) ?? current;
  const f = w?.board.figures;
  // A figure or a district's bars show their enterprises in the receipts table.
  const setParams = useUpdateParams();
  const showReceipts = (key: string, value: string | null) => {
    setParams((p) => {
      if (value) p.set(key, value); else p.delete(key);
      return p;
    }, { replace: true });
    document.getElementById('receipts')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const option = useMemo(() => {
    const rows = w?.board.byDistrict ?? [];
    // Each district's receipts as a share of the notices it was sent (%).
    const pct = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);
    const series = (['delivered', 'read', 'acknowledged', 'reported'] as const).map((k) => ({
      name: t(`warning.board.${k}`), type: 'bar', barMaxWidth: 28,
      data: rows.map((r) => pct(r.figures[k], k === 'reported' ? r.figures.reportsDue : r.figures.targeted)),
    }));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` }, legend: { top: 0 }, grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', triggerEvent: true, data: rows.map((r) => names[r.districtID] ?? r.districtID) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }, series,
    };
  }, [w, names, t]);
  return (
    <div className="page page-wide">
      {modalHolder}
      <QueryState fetching={res.fetching && !w} error={res.error} empty={!w} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {w && f && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">
                <LevelTag level={w.level} /> {w.title}
              </Typography.Title>
              <Space>
                <Tag>{t(`warning.status.${w.status}`)}</Tag>
                {w.viewerCan.edit && <Button onClick={() => navigate(`/warnings/${w.id}/edit`)}>{t('warning.editDraft')}</Button>}
                {/* Every round's notices: the receipts table's own export, unfiltered. */}
                {w.round > 0 && <ExportButton label={t('warning.board.export')} what={{ list: { notices: { where: { warningID: w.id }, orderBy: { field: 'PUSHED_AT', direction: 'ASC' } } } }} />}
                {w.viewerCan.publish && <Button type="primary" danger loading={pub.fetching} onClick={() => modal.confirm({
                  title: t('warning.publish'), content: t('warning.confirmPublishDraft'), okText: t('warning.publish'), okButtonProps: { danger: true },
                  onOk: () => publish({ id: w.id }).then(() => refetch({ requestPolicy: 'network-only' })),
                })}>{t('warning.publish')}</Button>}
              </Space>
            </div>
            {pub.error && <Alert type="error" showIcon title={pub.error.graphQLErrors[0]?.message ?? pub.error.message} style={{ marginBottom: 12 }} />}
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} layout={phone ? 'vertical' : 'horizontal'} style={{ marginBottom: 16 }} styles={{ label: { whiteSpace: 'nowrap' } }} items={[
              // The warning's own start (a round's is in 发布记录); once lifted, when.
              // Times and minutes never break inside themselves (2025-12-08 / 17:00, 12 / 0).
              { key: 'from', label: t('warning.fields.effectiveFrom'), children: <span className="nowrap">{formatDateTime(w.effectiveFrom)}</span> },
              { key: 'to', label: t(w.status === 'LIFTED' ? 'warning.fields.liftedAt' : 'warning.fields.effectiveTo'),
                children: <><span className="nowrap">{formatDateTime(w.effectiveTo) || t('common.none')}</span>
                  {w.status === 'LIFTED' && w.effectiveTo && w.effectiveTo <= w.effectiveFrom && <Tag style={{ marginInlineStart: 8 }}>{t('warning.beforeEffect')}</Tag>}</> },
              { key: 'd', label: t('warning.districtsColumn'), children: (w.districts ?? []).map((d) => (en ? d.nameEn : d.nameZh)).join(t('warning.listSep')) },
              { key: 'sla', label: t('warning.fields.ackSLA'), children: <span className="nowrap">{w.ackSLAMinutes}</span> },
              { key: 'rsla', label: t('warning.fields.reportSLA'), children: <span className="nowrap">{w.reportSLAMinutes}</span> },
              { key: 'c', label: t('warning.fields.content'), children: w.content, span: 3 },
            ]} />
            {w.viewerCan.adjust && <Adjust id={w.id} title={w.title} level={w.level} startsAt={w.rounds?.[w.rounds.length - 1]?.effectiveFrom} onDone={() => refetch({ requestPolicy: 'network-only' })} />}
            {w.status === 'DRAFT'
              ? <DraftRecipients districtIDs={(w.districts ?? []).map((d) => d.id)} effectiveFrom={w.effectiveFrom} />
              : (
                <>
                  <Space wrap style={{ marginTop: 16, marginBottom: 8 }}>
                    <Typography.Title level={5} style={{ margin: 0 }}>{t('warning.board.title')} <Tag color="green">{t('warning.board.live')}</Tag></Typography.Title>
                    {rounds.length > 1 && (
                      <Segmented value={shown?.number} onChange={(v) => setPinned(Number(v) === current?.number ? null : Number(v))} data-testid="round-choice"
                        options={rounds.map((r) => ({ value: r.number, label: t('warning.round', { n: r.number, kind: t(`warning.kind.${r.kind}`) }) }))} />
                    )}
                  </Space>
                  <Row gutter={[12, 12]} className="fig-grid" data-testid="warning-figures">
                    {([
                      ['targeted', f.targeted, null], ['delivered', f.delivered, 'DELIVERED'], ['read', f.read, 'READ'], ['acknowledged', f.acknowledged, 'ACKNOWLEDGED'],
                      ['notAcknowledged', f.targeted - f.acknowledged, 'NOT_ACKNOWLEDGED'],
                      ['ackInTime', f.acknowledgedInTime, 'ACKNOWLEDGED_IN_TIME'], ['reported', f.reported, 'REPORTED'], ['reportedInTime', f.reportedInTime, 'REPORTED_IN_TIME'],
                      ['evidence', f.withEvidence, 'WITH_EVIDENCE'], ['repushed', f.repushed, 'REPUSHED'], ['onCallList', f.onCallList, 'ON_CALL_LIST'], ['checked', f.checked, 'CHECKED'],
                    ] as [string, number, WarningReceipt | null][]).map(([k, v, r]) => (
                      <Col key={k} xs={12} md={6} xl={4}>
                        <Card size="small" hoverable data-testid={`fig-${k}`} role="button" tabIndex={0} aria-description={t('warning.receipts.show')}
                          onClick={() => showReceipts(receiptParams.receipt, r)} onKeyDown={(e) => { if (e.key === 'Enter') showReceipts(receiptParams.receipt, r); }}>
                          <Statistic title={t(`warning.board.${k}`)} value={v} />
                        </Card>
                      </Col>
                    ))}
                    <Col xs={12} md={8}><Card size="small"><Statistic title={t('warning.board.timely')} value={f.timelyResponseRate} precision={2} suffix="%" /></Card></Col>
                    <Col xs={12} md={8}><Card size="small"><Statistic title={t('warning.board.spotCheckRate')} value={f.checked ? f.spotCheckRate : '—'} precision={f.checked ? 2 : undefined} suffix={f.checked ? '%' : undefined} /></Card></Col>
                    <Col xs={24} md={8}><Card size="small"><Statistic title={t('warning.board.median')} value={f.medianAckMinutes ?? '—'} suffix={f.medianAckMinutes != null ? (en ? 'min' : '分钟') : undefined} /></Card></Col>
                  </Row>
                  {f.onCallList > 0 && <CallList warningID={w.id} refresh={refresh} />}
                  <Card size="small" title={t('warning.board.byDistrict')} style={{ marginTop: 12 }}>
                    <Suspense fallback={<Spin />}><EChart option={option} height={280} label={t('warning.board.byDistrict')}
                      onCategory={(i) => { const d = w.board.byDistrict[i]; if (d) showReceipts(receiptParams.district, d.districtID); }} /></Suspense>
                  </Card>
                  <Card size="small" title={t('warning.rounds')} style={{ marginTop: 12 }}>
                    <Table size="small" rowKey="number" pagination={false} scroll={{ x: 700 }} dataSource={w.rounds ?? []}
                      columns={[
                        { title: '#', dataIndex: 'number', width: 50 },
                        { title: t('warning.fields.level'), dataIndex: 'kind', render: (k: string, r) => `${t(`warning.kind.${k}`)} · ${t(`warning.level.${r.level}`)}` },
                        { title: t('warning.fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => <span className="nowrap">{formatDateTime(v)}</span> },
                        { title: t('warning.board.targeted'), dataIndex: 'recipients' },
                        { title: t('warning.adjust.content'), dataIndex: 'content', ellipsis: true },
                        { title: t('warning.board.acknowledged'), key: 'acked', render: (_: unknown, r) => w.allRounds.byRound.find((x) => x.round === r.number)?.figures.acknowledged ?? 0 },
                        { title: t('warning.board.timely'), key: 'rate', render: (_: unknown, r) => `${(w.allRounds.byRound.find((x) => x.round === r.number)?.figures.timelyResponseRate ?? 0).toFixed(2)}%` },
                      ]} />
                  </Card>
                  {shown && <NoticeTable warningID={w.id} round={shown.number} refresh={refresh}
                    districts={(w.districts ?? []).map((d) => ({ id: d.id, name: en ? d.nameEn : d.nameZh }))} grades={w.board.byGrade.map((g) => g.grade)} />}
                  {me?.can.manageWarningChannels && <Deliveries warningID={w.id} refresh={refresh} />}
                </>
              )}
          </>
        )}
      </QueryState>
    </div>
  );
}
