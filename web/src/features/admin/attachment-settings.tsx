import { App, Button, Card, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../shared/ui/page-state';
import { useProblemHandler } from '../../shared/ui/use-problem-handler';
import { type AttachmentLimits, useAttachmentLimits, useUpdateAttachmentLimits } from './api/attachment-limits';

const MB = 1024 * 1024;

interface Values {
  maxMegabytes: number;
  blockedExtensions: string[];
  blockedContentTypes: string[];
}

/** The administrator's limits for attachments: the largest file, and the types that are refused. */
export function AttachmentSettings() {
  const { t } = useTranslation();
  const limits = useAttachmentLimits();
  if (limits.isLoading) return <Loading />;
  if (!limits.data) return <LoadFailed error={limits.error} onRetry={() => void limits.refetch()} />;
  return (
    <Card title={t('admin.attachments.title')} style={{ marginTop: 16 }} data-testid="attachment-settings">
      <LimitsForm limits={limits.data} />
    </Card>
  );
}

function LimitsForm({ limits }: { limits: AttachmentLimits }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAttachmentLimits();
  const handleProblem = useProblemHandler();
  const initial: Values = {
    maxMegabytes: Math.round((limits.maxBytes / MB) * 100) / 100,
    blockedExtensions: limits.blockedExtensions,
    blockedContentTypes: limits.blockedContentTypes,
  };
  const save = (values: Values) =>
    update.mutate(
      {
        maxBytes: Math.round(values.maxMegabytes * MB),
        blockedExtensions: values.blockedExtensions,
        blockedContentTypes: values.blockedContentTypes,
      },
      { onSuccess: () => void message.success(t('admin.attachments.saved')), onError: (error) => handleProblem(error) },
    );
  return (
    <Form<Values> layout="vertical" initialValues={initial} onFinish={save} style={{ maxWidth: 560 }}>
      <Form.Item
        name="maxMegabytes"
        label={t('admin.attachments.maxSize')}
        extra={t('admin.attachments.maxSizeHint')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <InputNumber
          min={0.01}
          max={10240}
          step={1}
          addonAfter="MB"
          style={{ width: 200 }}
          data-testid="field-maxMegabytes"
        />
      </Form.Item>
      <Form.Item
        name="blockedExtensions"
        label={t('admin.attachments.blockedExtensions')}
        extra={t('admin.attachments.blockedExtensionsHint')}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} data-testid="field-blockedExtensions" />
      </Form.Item>
      <Form.Item
        name="blockedContentTypes"
        label={t('admin.attachments.blockedTypes')}
        extra={t('admin.attachments.blockedTypesHint')}
      >
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} data-testid="field-blockedContentTypes" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="attachment-settings-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
