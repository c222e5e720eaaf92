import { Select } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const DistrictsDocument = graphql(`
  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id nameZh nameEn } } } }
`);

export function DistrictSelect({ value, onChange }: { value?: string; onChange(v?: string): void }) {
  const { t, i18n } = useTranslation();
  const [res] = useQuery({ query: DistrictsDocument, requestPolicy: 'cache-first' });
  const options = (res.data?.districts.edges ?? []).map((e) => ({
    value: e!.node!.id,
    label: i18n.language === 'en-US' ? e!.node!.nameEn : e!.node!.nameZh,
  }));
  return (
    <Select allowClear placeholder={t('enterprises.allDistricts')} aria-label={t('enterprises.district')}
      style={{ width: 160 }} value={value} onChange={onChange} options={options} />
  );
}
