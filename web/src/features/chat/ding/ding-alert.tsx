import { BellFilled } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Modal, theme, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { onReady, onSignal } from '../../../shared/realtime/socket';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  applyAcknowledged,
  type Ding,
  type DingAcknowledged,
  storeWaitingDing,
  useAcknowledgeDing,
  waitingDingsKey,
  waitingDingsQuery,
} from '../api/dings';

/**
 * A DING waiting for me pops over the whole app, on a phone too, until I acknowledge it: "Got it",
 * or "Open", which acknowledges and goes to what it is about. New ones arrive live (`chat.ding`);
 * one acknowledged on another device goes away here too (`chat.ding.acknowledged`); after every
 * (re)connect the list is read again, since signals are never replayed.
 */
export function DingAlert({ myId }: { myId: string }) {
  const queryClient = useQueryClient();
  const { data: waiting } = useQuery(waitingDingsQuery);

  useEffect(() => {
    const offNew = onSignal('chat.ding', (payload) => storeWaitingDing(queryClient, payload as Ding));
    const offDone = onSignal('chat.ding.acknowledged', (payload) =>
      applyAcknowledged(queryClient, myId, payload as DingAcknowledged),
    );
    const offReady = onReady(() => void queryClient.invalidateQueries({ queryKey: waitingDingsKey }));
    return () => {
      offNew();
      offDone();
      offReady();
    };
  }, [queryClient, myId]);

  const ding = waiting?.[0];
  if (!ding) return null;
  return <Alert ding={ding} more={waiting.length - 1} myId={myId} />;
}

function Alert({ ding, more, myId }: { ding: Ding; more: number; myId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const acknowledge = useAcknowledgeDing(myId);
  const showProblem = useProblemHandler();
  const done = (then?: () => void) =>
    acknowledge.mutate(ding.id, { onSuccess: () => then?.(), onError: (error) => showProblem(error) });
  return (
    <Modal
      open
      centered
      closable={false}
      maskClosable={false}
      keyboard={false}
      width="min(420px, calc(100vw - 32px))"
      zIndex={2000}
      footer={null}
      data-testid="ding-alert"
      styles={{ body: { padding: 4 } }}
    >
      <Flex vertical gap={16} data-testid="ding-alert-content">
        <Flex align="center" gap={12}>
          <Flex
            align="center"
            justify="center"
            style={{
              width: 40,
              height: 40,
              borderRadius: '50%',
              background: token.colorError,
              color: token.colorWhite,
              flex: 'none',
            }}
          >
            <BellFilled style={{ fontSize: 20 }} />
          </Flex>
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ color: token.colorError, fontSize: token.fontSizeLG }}>
              {t('chat.ding.alertTitle')}
            </Typography.Text>
            <Flex align="center" gap={6} style={{ minWidth: 0 }}>
              <PersonAvatar name={ding.author.name} color={ding.author.avatarColor} size="small" />
              <Typography.Text type="secondary" ellipsis data-testid="ding-alert-sender">
                {t('chat.ding.from', { name: ding.author.name })}
              </Typography.Text>
            </Flex>
          </Flex>
        </Flex>
        <Typography.Paragraph
          data-testid="ding-alert-text"
          ellipsis={{ rows: 6 }}
          style={{
            margin: 0,
            padding: '12px 14px',
            borderRadius: token.borderRadius,
            background: token.colorErrorBg,
            fontSize: token.fontSizeLG,
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {ding.title || t('chat.ding.filesOnly')}
        </Typography.Paragraph>
        {more > 0 && (
          <Typography.Text type="secondary" data-testid="ding-alert-more">
            {t('chat.ding.more', { count: more })}
          </Typography.Text>
        )}
        <Flex gap={8} justify="flex-end" wrap>
          <Button
            size="large"
            data-testid="ding-open"
            disabled={acknowledge.isPending}
            onClick={() => done(() => void navigate(ding.link))}
          >
            {t('chat.ding.open')}
          </Button>
          <Button
            size="large"
            type="primary"
            danger
            data-testid="ding-got-it"
            loading={acknowledge.isPending}
            onClick={() => done()}
          >
            {t('chat.ding.gotIt')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}
