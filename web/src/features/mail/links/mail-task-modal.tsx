import { App, type ButtonProps, Flex, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useEditableProjects, useMailTask } from './mail-links-api';

/**
 * Makes a task of a mail: the title proposed from its subject, in the project I choose (or none, a
 * personal task); the server writes the mail's text and a link back to it as the description.
 */
export function MailTaskModal({
  messageId,
  subject,
  onClose,
}: {
  messageId: string;
  subject: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const projects = useEditableProjects(true);
  const make = useMailTask();
  const showProblem = useProblemHandler();
  const [title, setTitle] = useState(subject);
  const [projectId, setProjectId] = useState<string>();
  return (
    <Modal
      open
      title={t('mailLinks.taskTitle')}
      onCancel={onClose}
      okText={t('mailLinks.makeTask')}
      okButtonProps={{ loading: make.isPending, 'data-testid': 'mail-task-create' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={() =>
        make.mutate(
          { messageId, title, projectId },
          {
            onSuccess: () => {
              void toast.success(t('mailLinks.taskMade'));
              onClose();
            },
            onError: (error) => showProblem(error),
          },
        )
      }
    >
      <Flex vertical gap={12}>
        <Input
          value={title}
          maxLength={500}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="mail-task-title"
        />
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('mailLinks.personalTask')}
          value={projectId}
          onChange={setProjectId}
          loading={projects.isLoading}
          options={(projects.data ?? []).map((project) => ({ value: project.id, label: project.name }))}
        />
      </Flex>
    </Modal>
  );
}
