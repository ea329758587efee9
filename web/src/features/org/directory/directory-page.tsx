import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../shared/ui/page-state';
import { SplitPane } from '../../../shared/ui/split-pane';
import { DirectoryListPane } from './directory-list-pane';
import { PersonCard, type PersonActions } from './person-card';

/** `/directory` and `/directory/people/:id`; the chosen department lives in `?dept=`. */
export function DirectoryPage({ personActions }: { personActions?: PersonActions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const personId = useMatch('/directory/people/:id')?.params.id;
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('dept') ?? undefined;
  const [search, setSearch] = useState('');
  const query = params.toString() ? `?${params.toString()}` : '';

  return (
    <SplitPane
      showDetail={personId !== undefined}
      onBack={() => void navigate(`/directory${query}`)}
      list={
        <DirectoryListPane
          search={search}
          onSearch={setSearch}
          departmentId={departmentId}
          onDepartment={(id) => setParams(id ? { dept: id } : {})}
          personId={personId}
          onOpenPerson={(id) => void navigate(`/directory/people/${id}${query}`)}
        />
      }
      detail={
        personId ? (
          <PersonCard id={personId} key={personId} actions={personActions} />
        ) : (
          <div style={{ paddingTop: '20vh' }}>
            <EmptyState text={t('directory.pick')} />
          </div>
        )
      }
    />
  );
}
