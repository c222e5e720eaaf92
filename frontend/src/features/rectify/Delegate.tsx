import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';

const ExpertsOp = graphql(`
  query DistrictExperts($districtID: ID!) {
    users(first: 50, where: { role: EXPERT, active: true, hasDistrictsWith: [{ id: $districtID }] }) {
      edges { node { id displayName username } }
    }
  }
`);

const DelegateOp = graphql(`
  mutation DelegateReview($findingID: ID!, $expertID: ID) {
    delegateReview(findingID: $findingID, expertID: $expertID) { id delegate { id displayName } }
  }
`);

/** 委托专家核查: the district hands a finding's review to a stationed expert, or takes it back. */
export function DelegateReview({ findingID, districtID, delegate, onDone }: {
  findingID: string; districtID: string; delegate?: { id: string; displayName: string } | null; onDone(): void;
}) {
  const { t } = useTranslation();
  const [experts] = useQuery({ query: ExpertsOp, variables: { districtID } });
  const [state, send] = useMutation(DelegateOp);
  const [chosen, setChosen] = useState<string | undefined>(delegate?.id);
  const [error, setError] = useState<string | null>(null);
  const options = (experts.data?.users.edges ?? []).map((e) => ({ value: e!.node!.id, label: e!.node!.displayName }));
  async function go(expertID: string | null) {
    setError(null);
    const r = await send({ findingID, expertID });
    if (r.error) setError(errorMessage(r.error, t)); else onDone();
  }
  return (
    <Card size="small" title={t('delegate.title')} className="section">
      {delegate && <Typography.Paragraph>{t('delegate.current', { name: delegate.displayName })}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Space wrap>
        <Select value={chosen} onChange={setChosen} options={options} style={{ width: 200 }} placeholder={t('delegate.choose')}
          aria-label={t('delegate.choose')} loading={experts.fetching} />
        <Button loading={state.fetching} disabled={!chosen || chosen === delegate?.id} onClick={() => void go(chosen!)}>{t('delegate.send')}</Button>
        {delegate && <Button type="link" onClick={() => void go(null)}>{t('delegate.withdraw')}</Button>}
      </Space>
    </Card>
  );
}
