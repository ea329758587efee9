import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, TaskChange } from '../api/types';

const MAX_TEXT = 500;

/** The task's checklist: tick, rename, remove, add; every change saves the whole list. */
export function Checklist({
  items,
  editable,
  onSave,
}: {
  items: ChecklistItem[];
  editable: boolean;
  onSave: (change: TaskChange) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const save = (next: ChecklistItem[]) => onSave({ checklist: next });
  const done = items.filter((item) => item.done).length;
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    save([...items, { text, done: false }]);
    setDraft('');
  };
  return (
    <Flex vertical gap={4} data-testid="task-checklist">
      {items.length > 0 && (
        <Progress
          percent={Math.round((done / items.length) * 100)}
          size="small"
          format={() => `${done}/${items.length}`}
        />
      )}
      {items.map((item, index) => (
        <Flex key={item.id ?? index} align="center" gap={8} data-testid="checklist-item" data-done={item.done}>
          <Checkbox
            checked={item.done}
            disabled={!editable}
            aria-label={item.text}
            onChange={(event) =>
              save(items.map((other, at) => (at === index ? { ...other, done: event.target.checked } : other)))
            }
            data-testid="checklist-item-done"
          />
          <Typography.Text
            delete={item.done}
            style={{ flex: 1, minWidth: 0 }}
            editable={
              editable
                ? {
                    maxLength: MAX_TEXT,
                    triggerType: ['text'],
                    onChange: (text) => {
                      const trimmed = text.trim();
                      if (trimmed && trimmed !== item.text)
                        save(items.map((other, at) => (at === index ? { ...other, text: trimmed } : other)));
                    },
                  }
                : false
            }
          >
            {item.text}
          </Typography.Text>
          {editable && (
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('tasks.detail.checklistRemove')}
              onClick={() => save(items.filter((_, at) => at !== index))}
            />
          )}
        </Flex>
      ))}
      {editable && (
        <Input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={add}
          onBlur={add}
          maxLength={MAX_TEXT}
          placeholder={t('tasks.detail.checklistAdd')}
          variant="borderless"
          style={{ paddingInline: 0 }}
          data-testid="checklist-add"
        />
      )}
    </Flex>
  );
}
