import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { FeedSection } from './feed-section';
import { TransferSection } from './transfer-section';

/** The calendar's settings: my feed for other calendar apps, and `.ics` files in and out. */
export function CalendarSettings() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }} data-testid="calendar-settings">
      <Card size="small" title={t('calendar.settings.feedTitle')}>
        <FeedSection />
      </Card>
      <Card size="small" title={t('calendar.settings.transferTitle')}>
        <TransferSection />
      </Card>
    </Flex>
  );
}
