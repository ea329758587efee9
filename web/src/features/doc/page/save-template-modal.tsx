import { Checkbox, Form, Input, Modal } from 'antd';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useSaveAsTemplate } from '../api/templates';
import type { Page } from '../api/types';

/** Saves the page's current content as a template for its space (or, for administrators, the company). */
export function SaveTemplateModal({ open, onClose, page }: { open: boolean; onClose: () => void; page: Page }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; description?: string; companyWide: boolean }>();
  const save = useSaveAsTemplate(page.spaceId);
  const onProblem = useProblemHandler();
  return (
    <Modal
      open={open}
      title={t('docs.templates.save')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'template-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: page.title, companyWide: false }}
        onFinish={(values) =>
          save.mutate(
            {
              pageId: page.id,
              name: values.name.trim(),
              description: values.description?.trim() || undefined,
              companyWide: values.companyWide,
            },
            {
              onSuccess: () => {
                void message.success(t('docs.templates.saved'));
                onClose();
              },
              onError: (error) => onProblem(error, form),
            },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('docs.templates.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 80 }]}
        >
          <Input maxLength={80} data-testid="template-name" />
        </Form.Item>
        <Form.Item name="description" label={t('docs.templates.description')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        {page.capabilities.canAdmin && (
          <Form.Item name="companyWide" valuePropName="checked">
            <Checkbox>{t('docs.templates.companyWide')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
