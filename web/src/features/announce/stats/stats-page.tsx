import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Progress, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { exportUrl, statsQuery } from '../api/statistics';
import { announcementQuery } from '../api/writing';
import { DepartmentBars } from './department-bars';
import { percent } from './figures';
import { PeopleLeft } from './people-left';
import { RemindersCard } from './reminders-card';
import { useLiveReceipts } from './use-live-receipts';
import './stats.css';

function Figure({ label, value, of, testId }: { label: string; value: number; of?: number; testId: string }) {
  return (
    <Card size="small" className="announce-figure" data-testid={testId}>
      <Statistic title={label} value={value} suffix={of === undefined ? undefined : `/ ${of}`} />
      {of !== undefined && <Progress percent={percent(value, of)} size="small" />}
    </Card>
  );
}

function Statistics({ id }: { id: string }) {
  const { t } = useTranslation();
  const [department, setDepartment] = useState<string>();
  const announcement = useQuery(announcementQuery(id));
  const totals = useQuery(statsQuery(id));
  const level = useQuery(statsQuery(id, department));
  useLiveReceipts(id);

  if (announcement.isPending || totals.isPending) return <Loading />;
  if (announcement.isError) return <LoadFailed error={announcement.error} />;
  if (totals.isError) return <LoadFailed error={totals.error} onRetry={() => void totals.refetch()} />;
  const { delivered, opened, confirmed, mustRead } = totals.data;

  return (
    <Flex vertical gap={16} className="announce-stats" data-testid="announce-stats">
      <Flex align="center" gap={8} wrap>
        <Link to={`/announcements/${id}`} aria-label={t('common.back')}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={4} style={{ margin: 0, flex: '1 1 200px', minWidth: 0 }} ellipsis>
          {t('announce.stats.titleOf', { title: announcement.data.title })}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} href={exportUrl(id, 'csv')} download data-testid="announce-export-csv">
          CSV
        </Button>
        <Button icon={<DownloadOutlined />} href={exportUrl(id, 'xlsx')} download data-testid="announce-export-xlsx">
          XLSX
        </Button>
      </Flex>
      <div className="announce-figures">
        <Figure label={t('announce.stats.delivered')} value={delivered} testId="announce-delivered" />
        <Figure label={t('announce.stats.opened')} value={opened} of={delivered} testId="announce-opened" />
        {mustRead && (
          <Figure label={t('announce.stats.confirmed')} value={confirmed} of={delivered} testId="announce-confirmed" />
        )}
      </div>
      <Card size="small" title={t('announce.stats.byDepartment')}>
        {level.isError ? (
          <LoadFailed error={level.error} onRetry={() => void level.refetch()} />
        ) : level.data ? (
          <DepartmentBars level={level.data} onShow={setDepartment} />
        ) : (
          <Loading />
        )}
        <Flex gap={16} className="announce-legend">
          <span>
            <i className="announce-swatch announce-bar-opened" /> {t('announce.stats.opened')}
          </span>
          {mustRead && (
            <span>
              <i className="announce-swatch announce-bar-confirmed" /> {t('announce.stats.confirmed')}
            </span>
          )}
        </Flex>
      </Card>
      <Card size="small" title={t('announce.stats.peopleLeft')}>
        <PeopleLeft id={id} mustRead={mustRead} department={department} />
      </Card>
      {announcement.data.state === 'PUBLISHED' && <RemindersCard id={id} />}
    </Flex>
  );
}

/** `/announcements/:id/stats`: who received, opened and confirmed it, by department, live. */
export function AnnouncementStatsPage() {
  const { id } = useParams();
  return <div className="announce-stats-page">{id && <Statistics key={id} id={id} />}</div>;
}
