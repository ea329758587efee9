import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Tag, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileCard } from '../../../shared/files/attachment-list';
import { formatDateTime } from '../../../shared/i18n/format';
import { PersonAvatar } from '../../../shared/ui/person-avatar';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { allowRemoteImages, mailKeys, rawMessageUrl } from '../api/mail-api';
import type { MailMessage, Recipient } from '../api/types';
import { MailLinkActions } from '../links/mail-link-actions';
import { HtmlBody } from './html-body';
import { InvitationCard } from './invitation-card';

const named = (person: Recipient) => (person.name ? `${person.name} <${person.address}>` : person.address);

/** One message of a conversation: who and when, warnings about where it came from, body, files. */
export function MessageView({
  message,
  mailboxId,
  threadId,
}: {
  message: MailMessage;
  mailboxId: string;
  threadId: string;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const onProblem = useProblemHandler();
  const phone = useIsPhone();
  const showImages = () =>
    allowRemoteImages(message.id).then(
      () => void queryClient.invalidateQueries({ queryKey: mailKeys.thread(mailboxId, threadId) }),
      onProblem,
    );
  const inline = new Set(message.attachments.filter((file) => file.inlineCid).map((file) => file.fileId));
  const files = message.attachments.filter((file) => !inline.has(file.fileId) || !message.html);
  return (
    <article
      data-testid="mail-message"
      style={{ padding: token.padding, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex gap={token.marginSM} align="flex-start">
        <PersonAvatar name={message.from.name || message.from.address} color={token.colorPrimary} size={36} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" gap={token.marginXS} wrap>
            <Typography.Text strong data-testid="mail-from">
              {message.from.name || message.from.address}
            </Typography.Text>
            <Flex align="center" gap={4} data-testid="mail-message-toolbar">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(message.sentAt, i18n.language)}
              </Typography.Text>
              <MailLinkActions messageId={message.id} subject={message.subject} compact={phone} />
            </Flex>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
            {message.from.address}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('mail.message.to')}: {message.to.map(named).join(', ')}
            {message.cc.length > 0 && ` · ${t('mail.message.cc')}: ${message.cc.map(named).join(', ')}`}
            {message.bcc &&
              message.bcc.length > 0 &&
              ` · ${t('mail.message.bcc')}: ${message.bcc.map(named).join(', ')}`}
          </Typography.Text>
          <Flex gap={4} wrap style={{ marginTop: 4 }}>
            {message.external && !message.spoofedInternal && (
              <Tooltip title={t('mail.message.externalHint')}>
                <Tag color="orange" data-testid="mail-external">
                  {t('mail.message.external')}
                </Tag>
              </Tooltip>
            )}
            {message.spoofedInternal && (
              <Tooltip title={t('mail.message.spoofedHint')}>
                <Tag color="red" data-testid="mail-spoofed">
                  {t('mail.message.spoofed')}
                </Tag>
              </Tooltip>
            )}
          </Flex>
        </div>
      </Flex>
      {message.parseProblem && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: token.marginSM }}
          data-testid="mail-parse-problem"
          title={t('mail.message.parseProblem')}
          description={message.parseProblem}
          action={
            <Button size="small" href={rawMessageUrl(message.id)} download>
              {t('mail.message.raw')}
            </Button>
          }
        />
      )}
      {message.remoteImages && !message.remoteImagesAllowed && (
        <Alert
          type="info"
          style={{ marginTop: token.marginSM }}
          data-testid="mail-remote-images"
          title={t('mail.message.remoteBlocked')}
          action={
            <Button size="small" onClick={() => void showImages()}>
              {t('mail.message.remoteShow')}
            </Button>
          }
        />
      )}
      <InvitationCard message={message} mailboxId={mailboxId} threadId={threadId} />
      <div style={{ marginTop: token.marginSM }} data-testid="mail-body">
        {message.html ? (
          <HtmlBody html={message.html} attachments={message.attachments} title={message.subject} />
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {message.text}
          </Typography.Paragraph>
        )}
      </div>
      {files.length > 0 && (
        <Flex wrap gap={token.marginXS} style={{ marginTop: token.marginSM }} data-testid="mail-attachments">
          {files.map((file) => (
            <FileCard
              key={file.fileId}
              file={{
                id: file.fileId,
                name: file.name,
                contentType: file.contentType,
                size: file.size,
                hasThumbnail: false,
              }}
            />
          ))}
        </Flex>
      )}
    </article>
  );
}
