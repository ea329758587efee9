import { MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useDeleteSection, useUpdateSection } from './api/projects';
import type { Section } from './api/types';

const MAX_NAME = 60;

/**
 * A section's actions for the project's managers: rename, move up or down, delete. Deleting one
 * that holds tasks asks which section they go to (the server refuses without it).
 */
export function SectionMenu({
  projectId,
  section,
  sections,
  taskCount,
}: {
  projectId: string;
  section: Section;
  sections: Section[];
  taskCount: number;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const onProblem = useProblemHandler();
  const update = useUpdateSection(projectId);
  const remove = useDeleteSection(projectId);
  const [renaming, setRenaming] = useState<string | undefined>();
  const [moveTo, setMoveTo] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const index = sections.findIndex((other) => other.id === section.id);
  const others = sections.filter((other) => other.id !== section.id);

  const rename = () => {
    const name = renaming?.trim();
    if (!name) return;
    update.mutate(
      { id: section.id, name },
      { onSuccess: () => setRenaming(undefined), onError: (error) => onProblem(error) },
    );
  };
  const reposition = (position: number) =>
    update.mutate({ id: section.id, position }, { onError: (error) => onProblem(error) });
  const askDelete = () => {
    if (taskCount > 0) {
      setMoveTo(others[0]?.id);
      setDeleting(true);
      return;
    }
    modal.confirm({
      title: t('taskBoard.section.deleteConfirm', { name: section.name }),
      okButtonProps: { danger: true, 'data-testid': 'section-delete-confirm' },
      okText: t('common.delete'),
      onOk: () => remove.mutateAsync({ id: section.id }).catch((error: unknown) => onProblem(error)),
    });
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'rename', label: t('taskBoard.section.rename'), onClick: () => setRenaming(section.name) },
            {
              key: 'up',
              label: t('taskBoard.section.moveUp'),
              disabled: index <= 0,
              onClick: () => reposition(index - 1),
            },
            {
              key: 'down',
              label: t('taskBoard.section.moveDown'),
              disabled: index >= sections.length - 1,
              onClick: () => reposition(index + 1),
            },
            {
              key: 'delete',
              label: <span data-testid="section-delete">{t('common.delete')}</span>,
              danger: true,
              disabled: sections.length <= 1,
              onClick: askDelete,
            },
          ],
        }}
      >
        <Button
          type="text"
          size="small"
          icon={<MoreOutlined />}
          aria-label={t('taskBoard.section.actions', { name: section.name })}
          data-testid="section-menu"
        />
      </Dropdown>
      <Modal
        open={renaming !== undefined}
        title={t('taskBoard.section.rename')}
        onCancel={() => setRenaming(undefined)}
        onOk={rename}
        okButtonProps={{ disabled: !renaming?.trim(), loading: update.isPending, 'data-testid': 'section-rename-save' }}
        destroyOnHidden
      >
        <Input
          autoFocus
          value={renaming}
          maxLength={MAX_NAME}
          onChange={(event) => setRenaming(event.target.value)}
          onPressEnter={rename}
          data-testid="section-rename-name"
        />
      </Modal>
      <Modal
        open={deleting}
        title={t('taskBoard.section.deleteConfirm', { name: section.name })}
        onCancel={() => setDeleting(false)}
        okText={t('common.delete')}
        okButtonProps={{
          danger: true,
          disabled: !moveTo,
          loading: remove.isPending,
          'data-testid': 'section-delete-confirm',
        }}
        onOk={() =>
          remove.mutate(
            { id: section.id, moveTo },
            { onSuccess: () => setDeleting(false), onError: (error) => onProblem(error) },
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph>{t('taskBoard.section.moveTasksTo', { count: taskCount })}</Typography.Paragraph>
        <Select
          value={moveTo}
          onChange={setMoveTo}
          options={others.map((other) => ({ value: other.id, label: other.name }))}
          style={{ width: '100%' }}
          data-testid="section-move-to"
        />
      </Modal>
    </>
  );
}
