import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useFeed, useRevokeFeed, useRotateFeed } from './settings-api';

const CLIENTS = ['iphone', 'android', 'outlook', 'mac'] as const;

/**
 * My secret feed address, for phone, Outlook and Apple calendars to subscribe to. Its secret is kept
 * hashed, so the address (a path the server answers) shows once when made; a new one ends the old, and turning it off ends both.
 */
export function FeedSection() {
  const { t, i18n } = useTranslation();
  const feed = useFeed();
  const rotate = useRotateFeed();
  const revoke = useRevokeFeed();
  const handleProblem = useProblemHandler();
  const [fresh, setFresh] = useState<string>();
  const active = !!feed.data?.active;
  const make = () =>
    rotate.mutate(undefined, {
      onSuccess: (made) => setFresh(made.path ? new URL(made.path, window.location.origin).href : undefined),
      onError: (error) => handleProblem(error),
    });

  return (
    <Flex vertical gap={12} data-testid="feed-section">
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('calendar.settings.feedExplain')}</Typography.Paragraph>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {CLIENTS.map((client) => (
          <li key={client}>
            <Typography.Text>{t(`calendar.settings.feedHow.${client}`)}</Typography.Text>
          </li>
        ))}
      </ul>
      <Alert type="info" showIcon title={t('calendar.settings.feedPrivacy')} />
      {fresh && <OneTimeSecret value={fresh} testId="feed-url" />}
      {active && !fresh && feed.data?.createdAt && (
        <Typography.Text type="secondary" data-testid="feed-active">
          {t('calendar.settings.feedActiveSince', { date: formatDateTime(feed.data.createdAt, i18n.language) })}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        {active ? (
          <Popconfirm title={t('calendar.settings.rotateConfirm')} onConfirm={make}>
            <Button loading={rotate.isPending} data-testid="feed-rotate">
              {t('calendar.settings.rotate')}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" loading={rotate.isPending} onClick={make} data-testid="feed-make">
            {t('calendar.settings.makeFeed')}
          </Button>
        )}
        {active && (
          <Popconfirm
            title={t('calendar.settings.revokeConfirm')}
            onConfirm={() =>
              revoke.mutate(undefined, {
                onSuccess: () => setFresh(undefined),
                onError: (error) => handleProblem(error),
              })
            }
          >
            <Button danger loading={revoke.isPending} data-testid="feed-revoke">
              {t('calendar.settings.revoke')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Flex>
  );
}
