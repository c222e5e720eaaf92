import { useEffect, useState, type Key, type ReactNode } from 'react';
import { Input, Space, Table } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import type { CombinedError } from 'urql';
import { QueryState } from './QueryState';
import { Pager } from './Pager';
import type { ListState } from './useListState';

/** A column; `sortField` names the server's order field when it can sort by it. */
export interface DataColumn<T> extends ColumnType<T> {
  key: string;
  sortField?: string;
}

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null; startCursor?: string | null };
  edges?: ({ node?: T | null } | null)[] | null;
}

/**
 * The one list of the SPA: a filter bar, a table of one server page
 * (sorting on the columns the server can order by, scrolling sideways in its
 * own area under a header that stays), and the pager. Its state — filters,
 * order, page — is the `list` of useListState, kept in the address.
 */
export function DataList<T extends object>(props: {
  list: ListState;
  conn?: Connection<T> | null;
  columns: DataColumn<T>[];
  fetching: boolean;
  error?: CombinedError;
  retry(): void;
  emptyText: string;
  filters?: ReactNode;
  /** After the filters: the list's export (features/exchange ExportButton). */
  extra?: ReactNode;
  rowKey?: TableProps<T>['rowKey'];
  expandable?: TableProps<T>['expandable'];
  size?: TableProps<T>['size'];
  testId?: string;
}) {
  const { list, conn } = props;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const columns = props.columns.map((c) => (c.sortField
    ? { ...c, sorter: true, sortOrder: list.sort.field === c.sortField ? (list.sort.direction === 'DESC' ? 'descend' as const : 'ascend' as const) : null }
    : c));
  return (
    <div className="data-list" data-testid={props.testId}>
      {(props.filters || props.extra) && <Space wrap className="filter-bar">{props.filters}{props.extra}</Space>}
      <QueryState fetching={props.fetching && !conn} error={props.error} retry={props.retry}>
        <Table<T>
          rowKey={props.rowKey ?? ('id' as keyof T & string)}
          size={props.size ?? 'middle'}
          loading={props.fetching}
          dataSource={rows}
          pagination={false}
          sticky
          scroll={{ x: 'max-content' }}
          expandable={props.expandable}
          locale={{ emptyText: props.emptyText }}
          columns={columns}
          onChange={(_, __, sorter, extra) => {
            if (extra.action !== 'sort') return;
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const col = props.columns.find((c) => c.key === (s?.columnKey as Key | undefined));
            list.setSort(s?.order && col?.sortField ? { field: col.sortField, direction: s.order === 'descend' ? 'DESC' : 'ASC' } : null);
          }}
        />
        <Pager page={list.pages.page} pageSize={list.pages.pageSize} total={conn?.totalCount ?? 0}
          hasNext={!!conn?.pageInfo.hasNextPage && list.pages.page < Math.ceil((conn?.totalCount ?? 0) / list.pages.pageSize)}
          onPrev={() => list.pages.prev(conn?.pageInfo.startCursor)} onNext={() => list.pages.next(conn?.pageInfo.endCursor)} />
      </QueryState>
    </div>
  );
}

/** The list's search box: what is typed stays until searched; the search is the address's `name` key. */
export function ListSearch(props: { list: ListState; name: string; placeholder: string; width?: number; maxLength?: number }) {
  const value = props.list.filters[props.name] ?? '';
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  return (
    <Input.Search allowClear placeholder={props.placeholder} aria-label={props.placeholder} style={{ width: props.width ?? 240 }}
      maxLength={props.maxLength} value={typed} onChange={(e) => setTyped(e.target.value)}
      onSearch={(v) => props.list.set({ [props.name]: v.trim() || undefined })} />
  );
}
