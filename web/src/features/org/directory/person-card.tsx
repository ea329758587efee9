import { MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Breadcrumb, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { WithPresence } from '../../../shared/ui/presence-dot';
import { type PersonProfile, usePerson } from '../api/people';

/** What other modules offer to do with a person ("send message"), placed by the app; none for oneself or the suspended. */
export type PersonActions = (person: PersonProfile) => ReactNode;

export function PersonCard({ id, actions }: { id: string; actions?: PersonActions }) {
  const { t } = useTranslation();
  const { data: person, isLoading, error, refetch } = usePerson(id);
  if (isLoading) {
    return <Loading />;
  }
  if (!person) {
    return <LoadFailed error={error} onRetry={() => void refetch()} />;
  }
  const secondary = person.memberships.filter((membership) => !membership.primary);
  const offered = actions?.(person);
  return (
    <Card data-testid="person-card" style={{ margin: 16, maxWidth: 720 }}>
      <Flex gap={16} align="center" wrap>
        <WithPresence personId={person.id} size={14}>
          <PersonAvatar name={person.name} color={person.avatarColor} size={64} />
        </WithPresence>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {person.name} {person.status === 'SUSPENDED' && <Tag color="red">{t('person.suspended')}</Tag>}
            {person.guest && <Tag>{t('person.guest')}</Tag>}
          </Typography.Title>
          {person.title && <Typography.Text type="secondary">{person.title}</Typography.Text>}
          {person.statusText && (
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>{person.statusText}</Typography.Paragraph>
          )}
        </div>
      </Flex>
      {offered && (
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          {offered}
        </Flex>
      )}
      {person.departmentPath.length > 0 && (
        <Breadcrumb
          style={{ marginTop: 16 }}
          items={person.departmentPath.map((department) => ({ key: department.id, title: department.name }))}
        />
      )}
      <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('person.email')}>
          <a href={`mailto:${person.email}`}>
            <MailOutlined /> {person.email}
          </a>
        </Descriptions.Item>
        {person.phone && (
          <Descriptions.Item label={t('person.phone')}>
            <a href={`tel:${person.phone}`}>
              <PhoneOutlined /> {person.phone}
            </a>
          </Descriptions.Item>
        )}
        {person.employeeNo && <Descriptions.Item label={t('person.employeeNo')}>{person.employeeNo}</Descriptions.Item>}
        {secondary.length > 0 && (
          <Descriptions.Item label={t('person.alsoIn')}>
            <Space wrap>
              {secondary.map((membership) => (
                <Tag key={membership.departmentId}>
                  {[membership.departmentName, membership.title].filter(Boolean).join(' · ')}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        {person.groups.length > 0 && (
          <Descriptions.Item label={t('person.groups')}>
            <Space wrap>
              {person.groups.map((group) => (
                <Tag key={group.id} color="blue">
                  {group.name}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
