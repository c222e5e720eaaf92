import { useEffect } from 'react';
import { Card, List, Tag, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { QueryState } from '../../components/QueryState';

const LegalInstrumentsOp = graphql(`
  query LegalInstruments {
    legalInstruments { code name number kind articles { article items { id } } }
  }
`);

const LegalInstrumentOp = graphql(`
  query LegalInstrument($code: String!) {
    legalInstrument(code: $code) {
      code name number kind
      officialSource { name url }
      articles { article citation items { id code questionZh questionEn } }
    }
  }
`);

/** 法规依据: every instrument the checklist in force cites, or one of them (/laws/:code). */
export default function LawsPage() {
  const { code } = useParams();
  return code ? <Instrument code={code} /> : <Instruments />;
}

function Instruments() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [res, refetch] = useQuery({ query: LegalInstrumentsOp });
  const all = res.data?.legalInstruments ?? [];
  return (
    <div className="page laws">
      <div className="page-head"><Typography.Title level={4} className="page-title">{t('laws.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('laws.intro')}</Typography.Paragraph>
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={!res.fetching && !all.length} emptyText={t('laws.empty')}
        retry={() => refetch({ requestPolicy: 'network-only' })}>
        <List data-testid="laws" dataSource={all} renderItem={(l) => {
          const items = new Set(l.articles.flatMap((a) => a.items.map((i) => i.id)));
          const open = () => navigate(`/laws/${encodeURIComponent(l.code)}`);
          return (
            <List.Item className="clickable" role="link" tabIndex={0} onClick={open} onKeyDown={(e) => { if (e.key === 'Enter') open(); }}>
              <List.Item.Meta title={l.name} description={<>{l.number && <>{l.number} · </>}{t('laws.items', { count: items.size })}</>} />
              <Tag>{t(`laws.kind.${l.kind}`)}</Tag>
            </List.Item>
          );
        }} />
      </QueryState>
    </div>
  );
}

function Instrument({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const { hash } = useLocation();
  const [res, refetch] = useQuery({ query: LegalInstrumentOp, variables: { code } });
  const l = res.data?.legalInstrument;
  // A citation's link opens its article: scroll to it once the page is there.
  useEffect(() => {
    if (l && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [l, hash]);
  const target = decodeURIComponent(hash.slice(1));
  return (
    <div className="page laws">
      <Link to="/laws">{t('laws.back')}</Link>
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={false} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {l && (
          <>
            <div className="page-head">
              <Typography.Title level={4} className="page-title">{l.name}</Typography.Title>
              {l.number && <Typography.Text type="secondary">{l.number}</Typography.Text>}
              <Tag>{t(`laws.kind.${l.kind}`)}</Tag>
            </div>
            <Typography.Paragraph data-testid="law-source">
              {t('laws.official')}{t('common.colon')}{l.officialSource ? (
                <>
                  <a href={l.officialSource.url} target="_blank" rel="noopener noreferrer">{l.officialSource.name} <ExportOutlined /></a>
                  <Typography.Text type="secondary">{t('laws.officialHint', { site: l.officialSource.name, name: l.name })}</Typography.Text>
                </>
              ) : <Typography.Text type="secondary">{t('laws.noSource')}</Typography.Text>}
            </Typography.Paragraph>
            {l.articles.map((a) => {
              const id = `art-${a.article}`;
              return (
                <Card key={a.article} id={a.article ? id : undefined} size="small" className={`section law-article${a.article && id === target ? ' target' : ''}`}
                  title={a.article ? a.citation : t('laws.whole')} data-testid="law-article">
                  <Typography.Text type="secondary">{t('laws.citedBy')}</Typography.Text>
                  <ul className="law-items">
                    {a.items.map((i) => <li key={i.id}><Tag>{i.code}</Tag>{en ? i.questionEn : i.questionZh}</li>)}
                  </ul>
                </Card>
              );
            })}
          </>
        )}
      </QueryState>
    </div>
  );
}
