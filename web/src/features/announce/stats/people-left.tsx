import { Button, Flex, List, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { LoadFailed } from '../../../shared/ui/page-state';
import { type PeopleState, usePeopleLeft } from '../api/statistics';

function PeopleList({ id, state, department }: { id: string; state: PeopleState; department?: string }) {
  const { t, i18n } = useTranslation();
  const query = usePeopleLeft(id, state, department);
  if (query.isError) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const people = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Flex vertical gap={8}>
      <List
        size="small"
        loading={query.isPending}
        dataSource={people}
        locale={{ emptyText: t(`announce.stats.nobodyLeft.${state}`) }}
        data-testid={`announce-people-${state}`}
        renderItem={(person) => (
          <List.Item data-testid="announce-person-left">
            <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
              <span>
                {person.name}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {person.department}
                </Typography.Text>
              </span>
              {state === 'UNCONFIRMED' && person.openedAt && (
                <Typography.Text type="secondary">
                  {t('announce.stats.openedAt', { time: formatDateTime(person.openedAt, i18n.language) })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('announce.stats.more')}
        </Button>
      )}
    </Flex>
  );
}

/** Who still has to open it, or (a must-read) to confirm it, within the department the bars show. */
export function PeopleLeft({ id, mustRead, department }: { id: string; mustRead: boolean; department?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<PeopleState>('UNOPENED');
  const states: PeopleState[] = mustRead ? ['UNOPENED', 'UNCONFIRMED'] : ['UNOPENED'];
  return (
    <Tabs
      activeKey={state}
      onChange={(key) => setState(key as PeopleState)}
      items={states.map((key) => ({
        key,
        label: t(`announce.stats.people.${key}`),
        children: <PeopleList id={id} state={key} department={department} />,
      }))}
    />
  );
}
