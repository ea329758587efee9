import { ScheduleOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SchedulingAssistant, type SchedulingAssistantProps } from './scheduling-assistant';

/**
 * "Find a time" in the editor: a button that unfolds the scheduling assistant under the meeting's
 * time, closed at first so a quick event stays a short form.
 */
export function FindTimeField(props: SchedulingAssistantProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={8} style={{ width: '100%' }}>
      <Button
        type="link"
        icon={<ScheduleOutlined />}
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        style={{ alignSelf: 'start', padding: 0 }}
        data-testid="find-time"
      >
        {t('calendar.scheduling.title')}
      </Button>
      {open && <SchedulingAssistant {...props} />}
    </Flex>
  );
}
