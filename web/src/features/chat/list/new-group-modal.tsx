import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateGroup } from '../api/channels';

/** Starts a group conversation: a few people, no name needed. */
export function NewGroupModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const create = useCreateGroup();
  const showProblem = useProblemHandler();

  const submit = () =>
    create.mutate(personIds, {
      onSuccess: (channel) => {
        setPersonIds([]);
        onClose();
        onCreated(channel.id);
      },
      onError: (error) => showProblem(error),
    });

  return (
    <Modal
      open={open}
      title={t('chat.newGroup')}
      okText={t('chat.start')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: personIds.length === 0, 'data-testid': 'group-start' }}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={t('chat.people')}
          extra={<Typography.Text type="secondary">{t('chat.groupHint')}</Typography.Text>}
        >
          <PersonPicker multiple value={personIds} onChange={setPersonIds} data-testid="group-people" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
