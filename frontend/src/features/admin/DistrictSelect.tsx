import { useMemo } from 'react';
import { Select } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useAuth } from '../../app/auth';

export const DistrictsOp = graphql(`
  query Districts { districts(first: 50, orderBy: { field: CODE, direction: ASC }) { edges { node { id code nameZh nameEn } } } }
`);

/** The districts as select options, named in the viewer's language. */
function useDistrictOptions(onlyMine = false): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const { me } = useAuth();
  const [res] = useQuery({ query: DistrictsOp, requestPolicy: 'cache-first' });
  // A list's filter offers a viewer serving some districts those only (a
  // list of another district's would only ever be empty).
  const mine = new Set(onlyMine ? (me?.districts ?? []).map((d) => d.id) : []);
  return (res.data?.districts.edges ?? []).filter((e) => !mine.size || mine.has(e!.node!.id)).map((e) => ({
    value: e!.node!.id,
    label: i18n.language === 'en-US' ? e!.node!.nameEn : e!.node!.nameZh,
  }));
}

/** Each district's GB/T 2260 code by its id (what a report's DISTRICT values are): the map's keys. */
export function useDistrictCodes(): ReadonlyMap<string, string> {
  const [res] = useQuery({ query: DistrictsOp, requestPolicy: 'cache-first' });
  return useMemo(() => new Map((res.data?.districts.edges ?? []).map((e) => [e!.node!.id, e!.node!.code])), [res.data]);
}

export function DistrictSelect({ value, onChange }: { value?: string; onChange(v?: string): void }) {
  const { t } = useTranslation();
  return (
    <Select allowClear placeholder={t('enterprises.allDistricts')} aria-label={t('enterprises.district')}
      style={{ width: 160 }} value={value} onChange={onChange} options={useDistrictOptions(true)} />
  );
}

/** Several districts (none chosen: all of the viewer's); onlyMine offers a viewer serving some districts those only. */
export function DistrictsSelect({ value, onChange, placeholder, onlyMine }: { value?: string[]; onChange?(v: string[]): void; placeholder?: string; onlyMine?: boolean }) {
  const { t } = useTranslation();
  return (
    <Select mode="multiple" allowClear placeholder={placeholder ?? t('enterprises.allDistricts')} aria-label={t('enterprises.district')}
      value={value} onChange={onChange} options={useDistrictOptions(onlyMine)} optionFilterProp="label" />
  );
}

/** District names by id, in the viewer's language. */
export function useDistrictNames(): Record<string, string> {
  return Object.fromEntries(useDistrictOptions().map((o) => [o.value, o.label]));
}
