import { SettingOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { CalendarSettings } from './calendar-settings';

/** Opens the calendar's settings (feed, import, export) in a drawer, the whole screen on a phone. */
export function SettingsButton() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="text"
        icon={<SettingOutlined />}
        aria-label={t('calendar.settings.title')}
        title={t('calendar.settings.title')}
        onClick={() => setOpen(true)}
        data-testid="calendar-settings-open"
      />
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        width={isPhone ? '100%' : 640}
        title={t('calendar.settings.title')}
        destroyOnHidden
      >
        <CalendarSettings />
      </Drawer>
    </>
  );
}
