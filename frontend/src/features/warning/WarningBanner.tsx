import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { formatDateTime } from '../../app/time';
import { countdown, levelColor, liftColor } from './levels';
import { roundNote } from './roundNote';

export const PendingNoticesOp = graphql(`
  query PendingWarningNotices {
    pendingWarningNotices {
      id round kind level pushedAt effectiveAt acknowledgedAt readAt measuresReportedAt reportCount
      measures { key textZh textEn }
      viewerCan { acknowledge report }
      warning { id title content effectiveTo status rounds { number content } }
    }
  }
`);

const ReceivedOp = graphql(`
  subscription WarningNoticeReceived { warningNoticeReceived { id } }
`);

export const AcknowledgeNoticeOp = graphql(`
  mutation AcknowledgeWarningNotice($id: ID!) {
    acknowledgeWarningNotice(id: $id) { id acknowledgedAt readAt deliveredAt viewerCan { acknowledge report } }
  }
`);

const MarkReadOp = graphql(`
  mutation MarkWarningNoticeRead($id: ID!) { markWarningNoticeRead(id: $id) { id readAt deliveredAt } }
`);

/** The seconds clock of a countdown (only while one is shown). */
function useNow(on: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!on) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [on]);
  return now;
}

/**
 * 预警通知 on an enterprise's phone: a full-screen banner in the level's
 * colour as soon as a notice arrives (the subscription, or the next open),
 * with the countdown, the enterprise's own measures and 确认收到; once
 * acknowledged, a strip leading to the measures report.
 */
export function WarningBanner() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  const [res, refetch] = useQuery({ query: PendingNoticesOp, requestPolicy: 'cache-and-network' });
  const [received] = useSubscription({ query: ReceivedOp });
  useEffect(() => {
    if (received.data) refetch({ requestPolicy: 'network-only' });
  }, [received.data, refetch]);
  const [ack, acknowledge] = useMutation(AcknowledgeNoticeOp);
  const [, markRead] = useMutation(MarkReadOp);
  const notices = res.data?.pendingWarningNotices ?? [];
  const open = notices.find((n) => n.viewerCan.acknowledge);
  const now = useNow(!!open);
  const marked = useRef(new Set<string>());
  useEffect(() => {
    if (open && !open.readAt && !marked.current.has(open.id)) {
      marked.current.add(open.id);
      void markRead({ id: open.id });
    }
  }, [open, markRead]);
  if (open) {
    const lift = open.kind === 'LIFT';
    const c = lift ? liftColor : levelColor[open.level ?? 'ORANGE'];
    const left = open.effectiveAt ? countdown(open.effectiveAt, now, en) : null;
    return (
      <div className="warning-banner" role="alertdialog" aria-label={open.warning.title} style={{ background: c.bg, color: c.fg }}>
        <div className="warning-banner-body">
          <div className="warning-banner-level">
            {t('warning.notice.banner', { level: t(`warning.level.${open.level}`), kind: t(`warning.kind.${open.kind}`) })}
          </div>
          <h1>{open.warning.title}</h1>
          {lift
            ? open.effectiveAt && <p className="warning-banner-countdown">{t('warning.fields.lifted', { time: formatDateTime(open.effectiveAt) })}</p>
            : <p className="warning-banner-countdown">{left ? t('warning.notice.countdown', { time: left }) : t('warning.notice.inEffect')}</p>}
          {roundNote(open) && <p className="warning-banner-round"><strong>{roundNote(open)}</strong></p>}
          <p>{lift ? t('warning.notice.lifted') : open.warning.content}</p>
          {!lift && (
            <>
              <h2>{t('warning.notice.yourMeasures')}</h2>
              <ul>{(open.measures ?? []).map((m) => <li key={m.key}>{en && m.textEn ? m.textEn : m.textZh}</li>)}</ul>
            </>
          )}
          {ack.error && <p role="alert" className="warning-banner-error">{ack.error.graphQLErrors[0]?.message ?? ack.error.message}</p>}
        </div>
        <button type="button" className="warning-banner-ack" disabled={ack.fetching} onClick={() => void acknowledge({ id: open.id })}>
          {t('warning.notice.acknowledge')}
        </button>
      </div>
    );
  }
  const active = notices.find((n) => n.kind !== 'LIFT' && n.warning.status === 'ACTIVE');
  if (!active) return null;
  const c = levelColor[active.level ?? 'ORANGE'];
  return (
    <Link to={`/warnings/notices/${active.id}`} className="warning-strip" style={{ background: c.bg, color: c.fg }} data-testid="warning-strip">
      <strong>{t(`warning.level.${active.level}`)}</strong> {active.warning.title}
      <span>{active.reportCount > 0
        ? t('warning.notice.reported', { n: active.reportCount, time: formatDateTime(active.measuresReportedAt) })
        : t('warning.notice.report')} ›</span>
    </Link>
  );
}
