import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { type ButtonProps, Flex, List, Modal, Select, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useChannelMembers } from '../api/channels';
import { useDing, useSendDing } from '../api/dings';
import type { Message } from '../api/messages';

/** The most members offered; the server refuses more than 50 recipients anyway. */
const MAX_MEMBERS_LOADED = 500;

/**
 * The author picks members of the conversation to DING about their message; once sent, the same
 * dialog shows who has acknowledged it, live.
 */
export function DingModal({ message, myId, onClose }: { message: Message; myId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useChannelMembers(message.channelId);
  const send = useSendDing();
  const showProblem = useProblemHandler();
  const [people, setPeople] = useState<string[]>([]);
  const [sentId, setSentId] = useState<string>();
  const { hasNextPage, isFetchingNextPage, fetchNextPage, data } = members;
  const loaded = (data?.pages ?? []).flatMap((page) => page.items ?? []);
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && loaded.length < MAX_MEMBERS_LOADED) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, loaded.length]);
  const others = loaded.filter((member) => member.personId !== myId);

  if (sentId) return <DingStatus id={sentId} onClose={onClose} />;
  return (
    <Modal
      open
      title={t('chat.ding.pickTitle')}
      onCancel={onClose}
      okText={t('chat.ding.send')}
      okButtonProps={
        {
          danger: true,
          disabled: people.length === 0,
          loading: send.isPending,
          'data-testid': 'ding-send',
        } as ButtonProps
      }
      cancelText={t('common.cancel')}
      onOk={() =>
        send.mutate(
          { channelId: message.channelId, seq: message.seq, people },
          { onSuccess: (ding) => setSentId(ding.id), onError: (error) => showProblem(error) },
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('chat.ding.pickHint')}</Typography.Paragraph>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        placeholder={t('chat.ding.pickPlaceholder')}
        value={people}
        onChange={setPeople}
        loading={members.isLoading}
        optionFilterProp="name"
        data-testid="ding-people"
        options={others.map((member) => ({
          value: member.personId,
          name: member.name,
          label: (
            <Flex align="center" gap={6} data-testid={`ding-person-${member.personId}`}>
              <PersonAvatar name={member.name} color={member.avatarColor} size={18} />
              {member.name}
            </Flex>
          ),
        }))}
      />
    </Modal>
  );
}

function DingStatus({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data: ding } = useDing(id);
  const recipients = ding?.recipients ?? [];
  return (
    <Modal
      open
      title={t('chat.ding.sent', { count: recipients.length })}
      onCancel={onClose}
      footer={null}
      data-testid="ding-status"
    >
      <List
        dataSource={recipients}
        renderItem={(recipient) => (
          <List.Item
            data-testid="ding-recipient"
            extra={
              recipient.acknowledgedAt ? (
                <Typography.Text type="success" data-testid="ding-recipient-acknowledged">
                  <CheckCircleFilled /> {t('chat.ding.acknowledged')}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">
                  <ClockCircleOutlined style={{ color: token.colorWarning }} /> {t('chat.ding.waiting')}
                </Typography.Text>
              )
            }
          >
            <Flex align="center" gap={8}>
              <PersonAvatar name={recipient.name} color={recipient.avatarColor} size="small" />
              {recipient.name}
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}
