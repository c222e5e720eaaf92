import { useState } from 'react';
import { Collapse, Input, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import './messages';
import { graphql } from '../../gql';
import { limits } from '../../gql/limits';
import type { FaqEntryWhereInput } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';

const FaqSearchOp = graphql(`
  query FaqSearch($text: String!, $where: FAQEntryWhereInput, $first: Int) {
    faqSearch(text: $text, where: $where, first: $first) {
      totalCount
      edges { node { id title body answer item { id code } } }
    }
  }
`);

type Entry = { id: string; title: string; body: string; answer: string };

/** FAQ entries as an accordion: the title opens the question and its answer. */
export function FaqEntries({ entries }: { entries: readonly Entry[] }) {
  const { t } = useTranslation();
  return (
    <Collapse size="small" className="faq-list" items={entries.map((f) => ({
      key: f.id,
      label: f.title,
      children: (
        <>
          <Typography.Paragraph type="secondary" className="pre-wrap">{f.body}</Typography.Paragraph>
          <Typography.Text strong>{t('consult.faqAnswer')}</Typography.Text>
          <Typography.Paragraph className="pre-wrap">{f.answer}</Typography.Paragraph>
        </>
      ),
    }))} />
  );
}

/** 常见问题: a search box over every published entry (the server's n-gram index), newest first. */
export function FaqSearch() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const [res, refetch] = useQuery({ query: FaqSearchOp, variables: { text, first: 20 } });
  const entries = (res.data?.faqSearch.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section className="faq-search" data-testid="faq-search">
      <Typography.Title level={5}>{t('consult.faq.title')}</Typography.Title>
      <Input.Search value={typed} allowClear maxLength={limits.FAQSearch.text} placeholder={t('consult.faq.search')} aria-label={t('consult.faq.search')}
        onChange={(e) => { setTyped(e.target.value); if (!e.target.value) setText(''); }} onSearch={(v) => setText(v.trim())} />
      <QueryState fetching={res.fetching && !res.data} error={res.error} empty={!res.fetching && !entries.length} emptyText={t('consult.faq.empty')} retry={() => refetch()}>
        <FaqEntries entries={entries} />
      </QueryState>
    </section>
  );
}

/** The FAQ entries filed under checklist items of these codes (any version), by code: one request for a page of items. */
export function useItemFaqs(codes: readonly string[]) {
  const where: FaqEntryWhereInput = { hasItemWith: [{ codeIn: [...codes] }] };
  const [res] = useQuery({ query: FaqSearchOp, variables: { text: '', where, first: 100 }, pause: !codes.length });
  const byCode = new Map<string, Entry[]>();
  for (const e of res.data?.faqSearch.edges ?? []) {
    const f = e?.node;
    if (!f?.item) continue;
    byCode.set(f.item.code, [...(byCode.get(f.item.code) ?? []), f]);
  }
  return byCode;
}
