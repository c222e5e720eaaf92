import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, List, Progress, Space, Tag, Typography, message } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MaterialList } from './Materials';
import './messages';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../../app/time';
import { useAuth } from '../../app/auth';

const LearnOp = graphql(`
  query Learn($user: ID!) {
    trainings(first: 50, orderBy: { field: STARTS_AT, direction: DESC }) {
      edges { node { id title kind startsAt durationMinutes completionThreshold liveURL replayURL audience } }
    }
    attendances(first: 100, where: { userID: $user }) {
      edges { node { id trainingID joinedAt watchedMinutes completedAt } }
    }
  }
`);

const RegisterOp = graphql(`
  mutation RegisterForTraining($id: ID!) { registerForTraining(trainingID: $id) { id trainingID } }
`);
const JoinOp = graphql(`
  mutation JoinTraining($id: ID!) { joinTraining(trainingID: $id) { id joinedAt } }
`);
const WatchedOp = graphql(`
  mutation ReportTrainingWatched($id: ID!, $minutes: [Int!]!) { reportTrainingWatched(trainingID: $id, minutes: $minutes) { id watchedMinutes completedAt } }
`);

/**
 * 培训学习 (enterprise phone): the trainings, newest first, each with the
 * viewer's state — register, join the live session, watch the replay
 * (minutes watched towards completion).
 */
export default function Learn() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: LearnOp, variables: { user: me?.user.id ?? '' }, pause: !me, requestPolicy: 'cache-and-network' });
  const [reg, register] = useMutation(RegisterOp);
  const [, join] = useMutation(JoinOp);
  const mine = new Map((res.data?.attendances.edges ?? []).map((e) => [e!.node!.trainingID, e!.node!]));
  const trainings = (res.data?.trainings.edges ?? []).map((e) => e!.node!);
  return (
    <div className="page learn">
      <Typography.Title level={4} className="page-title">{t('training.title')}</Typography.Title>
      {reg.error && <Alert type="error" showIcon message={errorMessage(reg.error, t)} />}
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={!res.fetching && !trainings.length} emptyText={t('training.empty')}
        retry={() => refetch({ requestPolicy: 'network-only' })}>
        <List data-testid="trainings" dataSource={trainings} renderItem={(tr) => {
          const a = mine.get(tr.id);
          return (
            <List.Item>
              <div className="training-item">
                <Link to={`/trainings/${tr.id}`} className="training-title">{tr.title}</Link>
                <div className="secondary">
                  <Tag>{t(`training.kind.${tr.kind}`)}</Tag>{formatDateTime(tr.startsAt)} · {t('training.minutes', { count: tr.durationMinutes })}
                </div>
                <Space wrap>
                  {a?.completedAt ? <Tag color="green">{t('training.completed')}</Tag>
                    : a ? <Tag color="blue">{t('training.watched', { watched: a.watchedMinutes, threshold: tr.completionThreshold })}</Tag>
                      : <Button size="small" type="primary" loading={reg.fetching} onClick={async () => {
                        const r = await register({ id: tr.id });
                        if (!r.error) { void message.success(t('training.registered')); refetch({ requestPolicy: 'network-only' }); }
                      }}>{t('training.register')}</Button>}
                  {tr.kind === 'LIVE' && tr.liveURL && !tr.replayURL && (
                    <a href={tr.liveURL} target="_blank" rel="noreferrer" onClick={() => void join({ id: tr.id })}>{t('training.join')}</a>
                  )}
                  {tr.replayURL && <Link to={`/trainings/${tr.id}`}>{t('training.replay')}</Link>}
                </Space>
              </div>
            </List.Item>
          );
        }} />
      </QueryState>
    </div>
  );
}

const TrainingOp = graphql(`
  query TrainingPage($id: ID!, $user: ID!) {
    node(id: $id) { ... on Training { id title description kind startsAt durationMinutes completionThreshold liveURL replayURL materials { id name contentType size url } } }
    attendances(first: 1, where: { userID: $user, trainingID: $id }) { edges { node { id watchedMinutes completedAt } } }
  }
`);

/** The reporting interval of the player (seconds): minutes watched are sent this often and when it stops. */
const REPORT_EVERY = 30;

/**
 * 培训回放: the replay in the browser's player; the minutes watched (each
 * minute of the video once) are reported every 30 s and when playback
 * stops — a report repeated after a dropped connection counts nothing
 * twice.
 */
export function TrainingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: TrainingOp, variables: { id, user: me?.user.id ?? '' }, pause: !me });
  const [, report] = useMutation(WatchedOp);
  const [, join] = useMutation(JoinOp);
  const [registering, register] = useMutation(RegisterOp);
  const [broken, setBroken] = useState(false);
  const seen = useRef(new Set<number>());
  const sent = useRef(new Set<number>());
  const tr = res.data?.node?.__typename === 'Training' ? res.data.node : null;
  const a = res.data?.attendances.edges?.[0]?.node;
  const flush = async () => {
    const minutes = [...seen.current].filter((m) => !sent.current.has(m));
    if (!tr || !minutes.length) return;
    const r = await report({ id: tr.id, minutes });
    if (!r.error) {
      minutes.forEach((m) => sent.current.add(m));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => {
    const every = window.setInterval(() => void flushRef.current(), REPORT_EVERY * 1000);
    return () => { window.clearInterval(every); void flushRef.current(); };
  }, []);
  return (
    <div className="page training-page">
      <QueryState fetching={res.fetching && !tr} error={res.error} empty={!res.fetching && !tr} emptyText={t('errors.NOT_FOUND')} retry={() => refetch()}>
        {tr && (
          <>
            <Typography.Title level={4} className="page-title">{tr.title}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {t(`training.kind.${tr.kind}`)} · {formatDateTime(tr.startsAt)} · {t('training.minutes', { count: tr.durationMinutes })}
            </Typography.Paragraph>
            {tr.description && <Typography.Paragraph className="pre-wrap">{tr.description}</Typography.Paragraph>}
            {a ? (
              <Card size="small" className="section">
                <Progress percent={Math.min(100, Math.round((a.watchedMinutes / tr.completionThreshold) * 100))}
                  status={a.completedAt ? 'success' : 'active'} />
                <div>{a.completedAt ? t('training.completed') : t('training.watched', { watched: a.watchedMinutes, threshold: tr.completionThreshold })}</div>
              </Card>
            ) : (
              <Button type="primary" block className="section" loading={registering.fetching} data-testid="register"
                onClick={() => void register({ id: tr.id }).then(() => refetch({ requestPolicy: 'network-only' }))}>{t('training.register')}</Button>
            )}
            {/* The live session, until it ends (a replay link set early does not hide it). */}
            {tr.liveURL && new Date(tr.startsAt).getTime() + tr.durationMinutes * 60_000 > Date.now() && (
              <a href={tr.liveURL} target="_blank" rel="noreferrer" onClick={() => void join({ id: tr.id })}>{t('training.join')}</a>
            )}
            {tr.replayURL && !broken ? (
              <video className="replay" controls preload="metadata" src={tr.replayURL} data-testid="replay"
                onTimeUpdate={(e) => seen.current.add(Math.floor(e.currentTarget.currentTime / 60))}
                onError={() => setBroken(true)} onPause={() => void flush()} onEnded={() => void flush()} />
            ) : tr.replayURL ? (
              // A replay the browser cannot play here (a stream page, an unreachable host): offer the link itself.
              <Alert type="warning" showIcon data-testid="replay-broken" title={t('training.replayBroken')}
                description={<a href={tr.replayURL} target="_blank" rel="noreferrer">{t('training.openReplay')}</a>} />
            ) : <Alert type="info" showIcon message={t('training.noReplay')} />}
            {(tr.materials?.length ?? 0) > 0 && (
              <section className="section">
                <Typography.Title level={5}>{t('training.materials')}</Typography.Title>
                <MaterialList items={tr.materials ?? []} />
              </section>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
