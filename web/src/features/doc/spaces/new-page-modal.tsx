import { Card, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreatePage } from '../api/pages';
import { useTemplates } from '../api/templates';
import type { Page } from '../api/types';

interface NewPageModalProps {
  spaceId: string;
  parentId?: string;
  open: boolean;
  onClose: () => void;
  onCreated: (page: Page) => void;
}

/** A title and, to start from, a blank page or one of the templates. */
export function NewPageModal({ spaceId, parentId, open, onClose, onCreated }: NewPageModalProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ title: string }>();
  const [templateId, setTemplateId] = useState<string | undefined>();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const templates = useTemplates(spaceId, language, open);
  const create = useCreatePage();
  const onProblem = useProblemHandler();

  const submit = ({ title }: { title: string }) =>
    create.mutate(
      { spaceId, parentId, title: title.trim(), templateId, language },
      {
        onSuccess: (page) => {
          setTemplateId(undefined);
          onClose();
          onCreated(page);
        },
        onError: (error) => onProblem(error, form),
      },
    );

  const choice = (id: string | undefined, name: string, description?: string | null) => (
    <Card
      key={id ?? 'blank'}
      size="small"
      hoverable
      onClick={() => setTemplateId(id)}
      style={{ width: 150, borderColor: templateId === id ? 'var(--ant-color-primary)' : undefined }}
      data-testid="template-choice"
      aria-pressed={templateId === id}
    >
      <Typography.Text strong ellipsis>
        {name}
      </Typography.Text>
      {description && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
          {description}
        </Typography.Paragraph>
      )}
    </Card>
  );

  return (
    <Modal
      open={open}
      title={parentId ? t('docs.page.newChild') : t('docs.page.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'page-create' }}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="title"
          label={t('docs.page.titleLabel')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200 }]}
        >
          <Input autoFocus maxLength={200} data-testid="page-title-input" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('docs.templates.startFrom')}</Typography.Text>
      <Flex wrap gap={8} style={{ marginTop: 8, maxHeight: 260, overflow: 'auto' }} data-testid="template-picker">
        {choice(undefined, t('docs.templates.blank'))}
        {(templates.data ?? []).map((template) => choice(template.id, template.name, template.description))}
      </Flex>
    </Modal>
  );
}
