import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../api/types';

/**
 * This draft was saved elsewhere (another tab or device) since this one last saved. Both versions
 * are on screen: the newer one here, what was typed in the editor; nothing is saved until the
 * person picks one.
 */
export function ConflictBanner({
  newer,
  onKeepMine,
  onTakeTheirs,
}: {
  newer: Draft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="mail-draft-conflict"
      title={t('mail.compose.conflict')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">
            {t('mail.compose.newerVersion')}: {newer.subject || t('mail.noSubject')} ·{' '}
            {newer.to.map((person) => person.name || person.address).join(', ')}
          </Typography.Text>
          <Flex gap={8}>
            <Button size="small" type="primary" onClick={onKeepMine} data-testid="mail-keep-mine">
              {t('mail.compose.keepMine')}
            </Button>
            <Button size="small" onClick={onTakeTheirs} data-testid="mail-take-theirs">
              {t('mail.compose.takeTheirs')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
