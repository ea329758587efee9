import { Alert, Button, Descriptions, Drawer, Flex, Form, Input, Popconfirm, Radio, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import {
  type Channel,
  type UpdateChannel,
  useArchiveChannel,
  useLeaveChannel,
  useUpdateChannel,
} from '../api/channels';
import { MembersPanel } from './members-panel';

export type DrawerTab = 'about' | 'members';

interface ChannelDrawerProps {
  channel: Channel;
  title: string;
  tab: DrawerTab;
  onTab: (tab: DrawerTab) => void;
  onClose: () => void;
  onLeft: () => void;
}

/** A channel's settings and members; what shows as editable is what the server says I may change. */
export function ChannelDrawer({ channel, title, tab, onTab, onClose, onLeft }: ChannelDrawerProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Drawer open onClose={onClose} size={isPhone ? '100%' : 440} title={title} data-testid="channel-drawer">
      <Tabs
        activeKey={tab}
        onChange={(key) => onTab(key as DrawerTab)}
        items={[
          { key: 'about', label: t('chat.about'), children: <AboutTab channel={channel} onLeft={onLeft} /> },
          { key: 'members', label: t('chat.members'), children: <MembersPanel channel={channel} /> },
        ]}
      />
    </Drawer>
  );
}

function AboutTab({ channel, onLeft }: { channel: Channel; onLeft: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UpdateChannel>();
  const update = useUpdateChannel(channel.id);
  const archive = useArchiveChannel(channel.id);
  const leave = useLeaveChannel();
  const showProblem = useProblemHandler();
  const editable = channel.capabilities.canManage && !channel.archived;

  const save = (values: UpdateChannel) =>
    update.mutate(
      { ...values, topic: values.topic ?? '', purpose: values.purpose ?? '' },
      { onSuccess: (saved) => form.setFieldsValue(saved), onError: (error) => showProblem(error, form) },
    );

  const postingLabel = channel.postingPolicy === 'ADMINS' ? t('chat.postingAdmins') : t('chat.postingEveryone');
  const mentionLabel = channel.mentionPolicy === 'ADMINS' ? t('chat.mentionAdmins') : t('chat.mentionEveryone');

  return (
    <Flex vertical gap={16}>
      {channel.archived && <Alert type="warning" showIcon message={t('chat.archivedBanner')} />}
      {channel.kind === 'DEPARTMENT' && <Alert type="info" showIcon message={t('chat.departmentManaged')} />}
      {editable ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{
            name: channel.name,
            topic: channel.topic,
            purpose: channel.purpose,
            postingPolicy: channel.postingPolicy,
            mentionPolicy: channel.mentionPolicy,
          }}
        >
          {channel.kind !== 'DEPARTMENT' && (
            <Form.Item
              name="name"
              label={t('chat.name')}
              rules={
                channel.kind === 'GROUP'
                  ? []
                  : [{ required: true, whitespace: true, message: t('validation.required') }]
              }
            >
              <Input maxLength={80} data-testid="settings-name" />
            </Form.Item>
          )}
          <Form.Item name="topic" label={t('chat.topicLabel')}>
            <Input maxLength={250} data-testid="settings-topic" />
          </Form.Item>
          <Form.Item name="purpose" label={t('chat.purpose')}>
            <Input.TextArea maxLength={250} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="settings-purpose" />
          </Form.Item>
          <Form.Item name="postingPolicy" label={t('chat.postingPolicy')}>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={[
                { value: 'EVERYONE', label: t('chat.postingEveryone') },
                { value: 'ADMINS', label: <span data-testid="posting-admins">{t('chat.postingAdmins')}</span> },
              ]}
            />
          </Form.Item>
          <Form.Item name="mentionPolicy" label={t('chat.mentionPolicy')}>
            <Radio.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={[
                { value: 'EVERYONE', label: t('chat.mentionEveryone') },
                { value: 'ADMINS', label: t('chat.mentionAdmins') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="settings-save">
            {t('common.save')}
          </Button>
        </Form>
      ) : (
        <Descriptions column={1} size="small" layout="vertical">
          <Descriptions.Item label={t('chat.topicLabel')}>{channel.topic ?? t('chat.noTopic')}</Descriptions.Item>
          <Descriptions.Item label={t('chat.purpose')}>{channel.purpose ?? t('chat.noPurpose')}</Descriptions.Item>
          <Descriptions.Item label={t('chat.postingPolicy')}>{postingLabel}</Descriptions.Item>
          <Descriptions.Item label={t('chat.mentionPolicy')}>{mentionLabel}</Descriptions.Item>
        </Descriptions>
      )}
      <Flex gap={8} wrap>
        {channel.capabilities.canManage &&
          (channel.archived ? (
            <Button
              loading={archive.isPending}
              onClick={() => archive.mutate(false, { onError: (error) => showProblem(error) })}
              data-testid="settings-unarchive"
            >
              {t('chat.unarchive')}
            </Button>
          ) : (
            <Popconfirm
              title={t('chat.archive')}
              description={t('chat.archiveConfirm')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => archive.mutate(true, { onError: (error) => showProblem(error) })}
            >
              <Button danger loading={archive.isPending} data-testid="settings-archive">
                {t('chat.archive')}
              </Button>
            </Popconfirm>
          ))}
        {channel.capabilities.canLeave && (
          <Popconfirm
            title={t('chat.leaveConfirm')}
            okText={t('chat.leave')}
            cancelText={t('common.cancel')}
            onConfirm={() => leave.mutate(channel.id, { onSuccess: onLeft, onError: (error) => showProblem(error) })}
          >
            <Button loading={leave.isPending} data-testid="settings-leave">
              {t('chat.leave')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </Flex>
  );
}
