import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

const SAFE_LINK = /^(https?:\/\/|mailto:|\/)/i;

/** What a link may point at besides a typed address: the pages of a doc's space, say. */
export interface LinkTarget {
  href: string;
  label: string;
}

/** A link to a web address, a channel or person (their Atrium address), or one of the offered targets. */
export function LinkModal({
  open,
  targets,
  initial,
  onClose,
  onApply,
}: {
  open: boolean;
  targets: LinkTarget[];
  initial: string;
  onClose: () => void;
  onApply: (href: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ href: string }>();
  return (
    <Modal
      open={open}
      title={t('docs.editor.link')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'link-apply' }}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {initial && (
            <a style={{ float: 'left', lineHeight: '32px' }} onClick={() => onApply(null)}>
              {t('docs.editor.unlink')}
            </a>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ href: initial }}
        onFinish={({ href }) => onApply(href.trim())}
        preserve={false}
      >
        <Form.Item
          name="href"
          label={t('docs.editor.linkAddress')}
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: SAFE_LINK, message: t('docs.editor.linkInvalid') },
          ]}
        >
          <Input placeholder="https://" data-testid="link-input" />
        </Form.Item>
        {targets.length > 0 && (
          <Form.Item label={t('docs.editor.linkPage')}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('docs.editor.linkPagePlaceholder')}
              options={targets.map((target) => ({ value: target.href, label: target.label }))}
              onChange={(href: string) => form.setFieldValue('href', href)}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
