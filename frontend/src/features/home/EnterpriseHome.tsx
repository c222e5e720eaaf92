import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useAuth } from '../../app/auth';
import { QueryState } from '../../components/QueryState';
import { DueTag } from '../rectify/DueTag';
import { formatDate } from '../../app/time';
import { useFindingText } from '../rectify/findingText';
import { useKeptPage } from '../../app/keptPage';

export const EnterpriseHomeOp = graphql(`
  query EnterpriseHome {
    selfChecks(first: 10, where: { statusNEQ: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges { node { id status applicableCount answeredCount task { id title dueAt } } }
    }
    findings(first: 20, where: { open: true }, orderBy: { field: DUE_AT, direction: ASC }) {
      totalCount
      edges { node { id title titleEn status severity dueAt overdue } }
    }
    notifications(first: 3, where: { readAtIsNil: true }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges { node { id title createdAt } }
    }
  }
`);

export function percent(answered: number, total: number): number {
  return total > 0 ? Math.round((answered / total) * 100) : 0;
}

/** A titled block of the home page (plain markup: the home must load fast on phones). */
function Section(props: { title: ReactNode; more?: string; empty: string; children: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <section className="card section" aria-label={typeof props.title === 'string' ? props.title : undefined}>
      <header>
        <h2>{props.title}</h2>
        {props.more && <Link to={props.more}>{t('home.viewAll')}</Link>}
      </header>
      {props.children.length ? <ul>{props.children}</ul> : <p className="empty">{props.empty}</p>}
    </section>
  );
}

/** 首页 of an enterprise user, phone first. */
export default function EnterpriseHome() {
  const { t } = useTranslation();
  const text = useFindingText();
  const { me } = useAuth();
  const [res, refetch] = useQuery({ query: EnterpriseHomeOp });
  // Without a network: the copy last kept on the phone.
  const kept = useKeptPage('home', res);
  const d = kept.data;
  const tasks = d?.selfChecks.edges?.map((e) => e!.node!) ?? [];
  const findings = d?.findings.edges?.map((e) => e!.node!) ?? [];
  const unread = d?.notifications.edges?.map((e) => e!.node!) ?? [];
  return (
    <div className="page">
      <h1 className="page-title">{me?.enterprise?.name}</h1>
      <p className="secondary">{t('home.greeting', { name: me?.user.displayName })}</p>
      {kept.note}
      <QueryState fetching={res.fetching} error={kept.error} empty={!d} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <Section title={t('home.tasks')} more="/selfchecks" empty={t('home.noTasks')}>
          {tasks.map((sc) => (
            <li key={sc.id} data-testid="task">
              <Link className="item-title" to={`/selfchecks/${sc.id}`}>{sc.task.title}</Link>
              <div className="progress">
                <progress max={100} value={percent(sc.answeredCount, sc.applicableCount)} aria-label={t('home.progress')} />
                <span>{percent(sc.answeredCount, sc.applicableCount)}%</span>
              </div>
              <div className="item-meta">
                {t('selfCheck.answered', { answered: sc.answeredCount, total: sc.applicableCount })} · {t('selfCheck.dueAt', { date: formatDate(sc.task.dueAt) })}
              </div>
            </li>
          ))}
        </Section>
        <Section title={<>{t('home.rectifications')} <span className="count">{d?.findings.totalCount ?? 0}</span></>}
          more="/rectifications" empty={t('home.noRectifications')}>
          {findings.map((f) => (
            <li key={f.id} data-testid="rectification">
              <Link className="item-title" to={`/findings/${f.id}`}>{text.title(f)}</Link>
              <div className="item-meta"><span className="tag">{t(`status.${f.status}`)}</span><DueTag dueAt={f.dueAt} /></div>
            </li>
          ))}
        </Section>
        <Section title={t('home.unread')} more="/notifications" empty={t('home.noUnread')}>
          {unread.map((n) => <li key={n.id}>{n.title}</li>)}
        </Section>
      </QueryState>
    </div>
  );
}
