import { CalendarOutlined, CloseOutlined, EnterOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { useCreateTask } from '../api/tasks';
import { browserZone, type MyRole } from '../api/types';
import { dueLabel } from '../mine/due-label';
import { parseQuickAdd } from './parse-quick-add';

const MAX_TITLE = 500;

/**
 * One line to add a task to My tasks: a date in it ("明天下午3点", "next Friday 3pm") becomes the due
 * date, shown as a chip that takes it off again. The task is mine as the list shows it: assigned to
 * me, or followed by me in the Following list.
 */
export function QuickAdd({ myId, role }: { myId: string; role: MyRole }) {
  const { t } = useTranslation();
  const onProblem = useProblemHandler();
  const create = useCreateTask();
  // a phone's 360 px leave the line its width: the button is an icon there
  const isPhone = useIsPhone();
  const [text, setText] = useState('');
  const [ignored, setIgnored] = useState<string>();
  const language = currentLocale();
  // read again on every keystroke: "tomorrow" means the day after the moment it is typed
  const now = new Date();
  const parsed = parseQuickAdd(text, now, language, ignored);

  const submit = () => {
    if (parsed.title === '' || create.isPending) return;
    const due = parsed.due;
    create.mutate(
      {
        title: parsed.title,
        dueAt: due?.at.toISOString(),
        allDay: due?.allDay ?? false,
        timeZone: browserZone(),
        assigneeIds: role === 'assignee' ? [myId] : [],
        followerIds: role === 'follower' ? [myId] : [],
      },
      {
        onSuccess: () => {
          setText('');
          setIgnored(undefined);
        },
        onError: (error) => onProblem(error),
      },
    );
  };

  return (
    <Flex vertical gap={6}>
      <Flex gap={8}>
        <Input
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPressEnter={submit}
          enterKeyHint="done"
          maxLength={MAX_TITLE + 100}
          placeholder={t('tasks.quickAdd.placeholder')}
          aria-label={t('tasks.quickAdd.label')}
          prefix={<PlusOutlined />}
          data-testid="quick-add-input"
          allowClear
        />
        <Button
          type="primary"
          onClick={submit}
          loading={create.isPending}
          disabled={parsed.title === ''}
          icon={isPhone ? <EnterOutlined /> : undefined}
          aria-label={t('tasks.quickAdd.add')}
          data-testid="quick-add-submit"
        >
          {isPhone ? null : t('tasks.quickAdd.add')}
        </Button>
      </Flex>
      {parsed.due && (
        <div>
          <Tag
            icon={<CalendarOutlined />}
            color="blue"
            closable
            closeIcon={<CloseOutlined aria-label={t('tasks.quickAdd.removeDate')} data-testid="quick-add-due-remove" />}
            onClose={(event) => {
              event.preventDefault();
              setIgnored(parsed.due?.text);
            }}
            data-testid="quick-add-due"
          >
            {t('tasks.quickAdd.due', {
              when: dueLabel(parsed.due.at.toISOString(), parsed.due.allDay, now, language, t),
            })}
          </Tag>
        </div>
      )}
    </Flex>
  );
}
