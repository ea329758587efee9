import { Input, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useDebouncedValue } from '../../../shared/ui/use-debounced-value';
import { useDepartments } from '../api/departments';
import { usePeople } from '../api/people';
import { DepartmentTree } from './department-tree';
import { PeopleList } from './people-list';

interface DirectoryListPaneProps {
  search: string;
  onSearch: (value: string) => void;
  departmentId?: string;
  onDepartment: (id: string | undefined) => void;
  personId?: string;
  onOpenPerson: (id: string) => void;
}

/** Search box, department tree, and the people of the search or the chosen department. */
export function DirectoryListPane({
  search,
  onSearch,
  departmentId,
  onDepartment,
  personId,
  onOpenPerson,
}: DirectoryListPaneProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const q = useDebouncedValue(search.trim());
  const departments = useDepartments();
  const searching = q.length > 0;
  // With no department chosen the list shows everyone the user may see, so the first visit is not an empty pane.
  const people = usePeople(searching ? { q, size: 50 } : { departmentId, subtree: true, size: 50 });
  const department = departments.data?.find((candidate) => candidate.id === departmentId);

  return (
    <div style={{ background: token.colorBgContainer, minHeight: '100%' }}>
      {/* opaque, or the rows scrolling under the box show through it */}
      <div style={{ padding: 12, position: 'sticky', top: 0, zIndex: 3, background: token.colorBgContainer }}>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          placeholder={t('directory.searchPlaceholder')}
          aria-label={t('directory.search')}
          data-testid="directory-search"
        />
      </div>
      {!searching && (
        <div style={{ paddingInline: 8, maxHeight: '40vh', overflow: 'auto' }}>
          {departments.isLoading && <Loading />}
          {departments.isError && <LoadFailed error={departments.error} onRetry={() => void departments.refetch()} />}
          {departments.data && (
            <DepartmentTree departments={departments.data} selectedId={departmentId} onSelect={onDepartment} />
          )}
        </div>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', padding: '12px 16px 0' }}>
        {searching
          ? t('directory.results', { count: people.data?.total ?? 0 })
          : `${department?.name ?? t('directory.everyone')} · ${t('directory.people', { count: people.data?.total ?? 0 })}`}
      </Typography.Text>
      <PeopleList
        people={people.data?.items ?? []}
        loading={people.isFetching && !people.data}
        selectedId={personId}
        onOpen={onOpenPerson}
        emptyText={searching ? t('directory.noResults') : t('directory.noPeople')}
      />
    </div>
  );
}
