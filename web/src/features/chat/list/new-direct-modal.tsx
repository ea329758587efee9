import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../../shared/ui/person-picker';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useOpenDirect } from '../api/channels';

export function NewDirectModal({
  open,
  onClose,
  onOpened,
}: {
  open: boolean;
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const openDirect = useOpenDirect();
  const showProblem = useProblemHandler();

  const submit = () => {
    const personId = personIds[0];
    if (!personId) return;
    openDirect.mutate(personId, {
      onSuccess: (channel) => {
        setPersonIds([]);
        onClose();
        onOpened(channel.id);
      },
      onError: (error) => showProblem(error),
    });
  };

  return (
    <Modal
      open={open}
      title={t('chat.newDirect')}
      okText={t('chat.open')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: personIds.length === 0, 'data-testid': 'direct-open' }}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={openDirect.isPending}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('chat.person')}>
          <PersonPicker value={personIds} onChange={setPersonIds} data-testid="direct-person" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
