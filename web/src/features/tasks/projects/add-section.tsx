import { PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useAddSection } from './api/projects';

const MAX_NAME = 60;

/** "Add a section" after the last one (a new column on the board). */
export function AddSection({ projectId, width }: { projectId: string; width?: number | string }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | undefined>();
  const add = useAddSection(projectId);
  const onProblem = useProblemHandler();
  if (name === undefined) {
    return (
      <Button
        icon={<PlusOutlined />}
        onClick={() => setName('')}
        style={{ width, flex: 'none' }}
        data-testid="add-section"
      >
        {t('taskBoard.section.add')}
      </Button>
    );
  }
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed || add.isPending) return;
    add.mutate(trimmed, { onSuccess: () => setName(undefined), onError: (error) => onProblem(error) });
  };
  return (
    <Input
      autoFocus
      value={name}
      maxLength={MAX_NAME}
      placeholder={t('taskBoard.section.name')}
      onChange={(event) => setName(event.target.value)}
      onPressEnter={submit}
      onBlur={() => !name.trim() && setName(undefined)}
      onKeyDown={(event) => event.key === 'Escape' && setName(undefined)}
      style={{ width, flex: 'none' }}
      data-testid="add-section-name"
    />
  );
}
