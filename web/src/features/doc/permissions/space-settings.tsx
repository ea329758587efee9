import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useArchiveSpace, useUpdateSpace } from '../api/space-settings';
import { useSpace } from '../api/spaces';
import type { Space } from '../api/types';
import { GrantsEditor } from './grants-editor';

interface About {
  name: string;
  description?: string;
}

function AboutForm({ space }: { space: Space }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<About>();
  const update = useUpdateSpace(space.id);
  const onProblem = useProblemHandler();
  const submit = (values: About) =>
    update.mutate(
      { name: values.name, description: values.description ?? '' },
      { onSuccess: () => void message.success(t('docs.settings.saved')), onError: (error) => onProblem(error, form) },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ name: space.name, description: space.description }}
      onFinish={submit}
      disabled={space.archived}
    >
      <Form.Item
        name="name"
        label={t('docs.space.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 80 }]}
      >
        <Input maxLength={80} data-testid="space-settings-name" />
      </Form.Item>
      <Form.Item name="description" label={t('docs.space.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="space-settings-description" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="space-settings-save">
        {t('docs.settings.save')}
      </Button>
    </Form>
  );
}

function ArchiveCard({ space }: { space: Space }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const archive = useArchiveSpace(space.id);
  const onProblem = useProblemHandler();
  const toggle = () => archive.mutateAsync(!space.archived).catch((error: unknown) => onProblem(error));
  return (
    <Card size="small" title={t('docs.settings.archiveTitle')}>
      <Typography.Paragraph type="secondary">{t('docs.settings.archiveHint')}</Typography.Paragraph>
      {space.archived ? (
        <Button onClick={() => void toggle()} loading={archive.isPending} data-testid="space-unarchive">
          {t('docs.settings.unarchive')}
        </Button>
      ) : (
        <Button
          danger
          loading={archive.isPending}
          data-testid="space-archive"
          onClick={() =>
            modal.confirm({
              title: t('docs.settings.archiveConfirm', { name: space.name }),
              content: t('docs.settings.archiveHint'),
              onOk: toggle,
              okButtonProps: { 'data-testid': 'space-archive-confirm' },
            })
          }
        >
          {t('docs.settings.archive')}
        </Button>
      )}
    </Card>
  );
}

/** A space's settings for its administrators: name and description, who may use it, archiving. */
export function SpaceSettings({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const space = useSpace(spaceId);
  if (space.isLoading) return <Loading />;
  if (space.error || !space.data) return <LoadFailed error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data.capabilities.canAdmin) return <EmptyState text={t('docs.settings.adminsOnly')} />;
  return (
    <Flex vertical gap={16} style={{ padding: 24, maxWidth: 760 }} data-testid="space-settings">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('docs.settings.title')}
      </Typography.Title>
      <Card size="small" title={t('docs.settings.about')}>
        <AboutForm key={space.data.id + space.data.archived} space={space.data} />
      </Card>
      <Card size="small" title={t('docs.settings.permissions')}>
        <GrantsEditor spaceId={spaceId} />
      </Card>
      <ArchiveCard space={space.data} />
    </Flex>
  );
}
