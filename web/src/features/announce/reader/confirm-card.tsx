import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useConfirm } from '../api/reading';
import type { Announcement } from '../api/types';

/** A must-read's foot: the button while my confirmation is due, then when I gave it. */
export function ConfirmCard({ announcement }: { announcement: Announcement }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const confirm = useConfirm(announcement.id);
  const onProblem = useProblemHandler();
  if (!announcement.mustRead || !announcement.read) return null;
  const box = {
    padding: 16,
    borderRadius: token.borderRadiusLG,
  };
  if (announcement.needsConfirmation) {
    return (
      <Flex
        vertical
        align="center"
        gap={8}
        style={{ ...box, background: token.colorInfoBg, border: `1px solid ${token.colorInfoBorder}` }}
      >
        <Typography.Text type="secondary">
          {announcement.read.confirmedAt ? t('announce.reconfirmHint') : t('announce.confirmHint')}
        </Typography.Text>
        <Button
          type="primary"
          size="large"
          loading={confirm.isPending}
          onClick={() => confirm.mutate(undefined, { onError: (error) => onProblem(error) })}
          data-testid="announcement-confirm"
        >
          {t('announce.confirm')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex
      align="center"
      justify="center"
      gap={8}
      style={{ ...box, background: token.colorSuccessBg, border: `1px solid ${token.colorSuccessBorder}` }}
      data-testid="announcement-confirmed"
    >
      <CheckCircleFilled style={{ color: token.colorSuccess }} />
      <Typography.Text>
        {t('announce.confirmed', { time: formatDateTime(announcement.read.confirmedAt ?? undefined, i18n.language) })}
      </Typography.Text>
    </Flex>
  );
}
