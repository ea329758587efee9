import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupsQuery } from '../../../shared/api/org-queries';
import { DepartmentSelect } from '../../../shared/ui/department-select';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type MailingList, type WriteMailingList, useMailDomains, useSaveMailingList } from './mail-admin-api';
import { defaultDomain, splitAddress } from './mail-admin-logic';

const SOURCES = ['DEPARTMENT', 'SUBTREE', 'GROUP'] as const;
const POSTING = ['MEMBERS', 'COMPANY', 'ANYONE'] as const;

/** Makes a mailing list, or edits one when `list` is given: its name, address, whom it reaches, who may post. */
export function MailingListModal({ list, onClose }: { list?: MailingList; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<WriteMailingList>();
  const save = useSaveMailingList();
  const domains = useMailDomains();
  const groups = useQuery(groupsQuery);
  const handleProblem = useProblemHandler();
  const sourceKind = Form.useWatch('sourceKind', form);
  const address = list ? splitAddress(list.address) : undefined;
  return (
    <Modal
      open
      title={list ? t('admin.mail.lists.edit') : t('admin.mail.lists.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'mail-list-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: list?.name,
          localPart: address?.localPart,
          domain: address?.domain ?? defaultDomain(domains.data),
          sourceKind: list?.sourceKind ?? 'SUBTREE',
          sourceId: list?.sourceId,
          posting: list?.posting ?? 'COMPANY',
        }}
        onFinish={(values) =>
          save.mutate(
            { ...values, id: list?.id },
            { onSuccess: onClose, onError: (error) => handleProblem(error, form) },
          )
        }
      >
        <Form.Item
          name="name"
          label={t('admin.mail.lists.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} data-testid="mail-list-name" />
        </Form.Item>
        <Form.Item label={t('admin.mail.lists.address')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="localPart"
              noStyle
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input maxLength={64} aria-label={t('admin.mail.lists.localPart')} data-testid="mail-list-local" />
            </Form.Item>
            <Form.Item name="domain" noStyle>
              <Select
                aria-label={t('admin.mail.lists.domain')}
                options={(domains.data ?? []).map((d) => ({ value: d.name, label: `@${d.name}` }))}
                style={{ minWidth: 140 }}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="sourceKind" label={t('admin.mail.lists.source')}>
          <Select
            options={SOURCES.map((value) => ({ value, label: t(`admin.mail.lists.sourceKind.${value}`) }))}
            onChange={() => form.setFieldValue('sourceId', undefined)}
            data-testid="mail-list-source-kind"
          />
        </Form.Item>
        <Form.Item name="sourceId" rules={[{ required: true, message: t('validation.required') }]}>
          {sourceKind === 'GROUP' ? (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={groups.data?.map((group) => ({ value: group.id, label: group.name }))}
              loading={groups.isLoading}
              placeholder={t('principal.chooseGroup')}
              data-testid="mail-list-group"
            />
          ) : (
            <DepartmentSelect data-testid="mail-list-department" />
          )}
        </Form.Item>
        <Form.Item name="posting" label={t('admin.mail.lists.posting')}>
          <Select options={POSTING.map((value) => ({ value, label: t(`admin.mail.lists.postingKind.${value}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
