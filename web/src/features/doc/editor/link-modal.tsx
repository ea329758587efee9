import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTree } from '../api/spaces';
import { pagePath } from '../routes';

const SAFE_LINK = /^(https?:\/\/|mailto:|\/)/i;

/** A link to a web address, a channel or person (their Atrium address), or another page of the space. */
export function LinkModal({
  open,
  spaceId,
  initial,
  onClose,
  onApply,
}: {
  open: boolean;
  spaceId: string;
  initial: string;
  onClose: () => void;
  onApply: (href: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ href: string }>();
  const tree = useTree(spaceId);
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
        <Form.Item label={t('docs.editor.linkPage')}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('docs.editor.linkPagePlaceholder')}
            options={(tree.data ?? []).map((node) => ({ value: pagePath(spaceId, node.id), label: node.title }))}
            onChange={(href: string) => form.setFieldValue('href', href)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
