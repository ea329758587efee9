import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LinkCard, useUnfurl } from '../../../shared/links/link-card';

/**
 * The event's agenda or minutes page as the card chat shows for a page link: the knowledge base
 * tells each reader only what they may read, so one who may not read the page sees nothing here.
 */
export function EventPageCard({ pageId }: { pageId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cards = useUnfurl([`${window.location.origin}/docs/pages/${pageId}`]);
  const card = cards.data?.cards[0];
  if (!card) return null;
  return (
    <Flex vertical gap={4} data-testid="event-page-card">
      <Typography.Text type="secondary">{t('calendar.detail.page')}</Typography.Text>
      <LinkCard card={card} onOpen={(path) => void navigate(path)} />
    </Flex>
  );
}
