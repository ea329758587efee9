import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../../shared/api/problem';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { calendarExportUrl, useImportIcs, useMyCalendars } from './settings-api';

/** One refused line of an import, as the server lists it in the problem's `errors`. */
interface LineError {
  line: number;
  code: string;
  message: string;
}

const isLineError = (value: unknown): value is LineError =>
  typeof value === 'object' && value !== null && 'line' in value && 'code' in value;

/**
 * A `.ics` file into one of my calendars (all or nothing: each refused line is listed with its
 * number and why), and a calendar out as a `.ics` file.
 */
export function TransferSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const calendars = useMyCalendars();
  const [chosen, setChosen] = useState<string>();
  const writable = (calendars.data ?? []).filter(
    (calendar) => calendar.role === 'EDITOR' || calendar.role === 'MANAGER',
  );
  const readable = (calendars.data ?? []).filter((calendar) => calendar.role !== 'FREEBUSY');
  const target = chosen ?? writable.find((calendar) => calendar.mine)?.id ?? writable[0]?.id;
  const importIcs = useImportIcs(target);
  const [refused, setRefused] = useState<LineError[]>();

  const upload = (file: File) => {
    setRefused(undefined);
    importIcs.mutate(file, {
      onSuccess: (result) =>
        void message.success(t('calendar.settings.imported', { count: result.created + result.updated })),
      onError: (error) => {
        const lines = isProblem(error, 'calendar.import-invalid') ? error.body.errors : undefined;
        if (Array.isArray(lines) && lines.some(isLineError)) setRefused(lines.filter(isLineError));
        else handleProblem(error);
      },
    });
    return false;
  };

  return (
    <Flex vertical gap={12} data-testid="transfer-section">
      <Typography.Text>{t('calendar.settings.importExplain')}</Typography.Text>
      <Flex gap={8} wrap>
        <Select
          value={target}
          onChange={setChosen}
          options={writable.map((calendar) => ({ value: calendar.id, label: calendar.name }))}
          style={{ minWidth: 200 }}
          aria-label={t('calendar.settings.calendar')}
          data-testid="import-calendar"
        />
        <Upload accept=".ics,text/calendar" showUploadList={false} beforeUpload={upload} disabled={!target}>
          <Button icon={<UploadOutlined />} loading={importIcs.isPending} disabled={!target} data-testid="import-ics">
            {t('calendar.settings.import')}
          </Button>
        </Upload>
      </Flex>
      {refused && (
        <Flex vertical gap={4}>
          <Typography.Text type="danger">{t('calendar.settings.refused', { count: refused.length })}</Typography.Text>
          <List
            size="small"
            bordered
            dataSource={refused}
            style={{ maxHeight: 300, overflowY: 'auto' }}
            data-testid="import-errors"
            renderItem={(error) => (
              <List.Item data-testid="import-error" data-line={error.line}>
                <Typography.Text>
                  <Typography.Text strong>{t('calendar.settings.line', { line: error.line })}</Typography.Text>{' '}
                  {t(`errors.${error.code}`, { defaultValue: error.message })}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Flex>
      )}
      <Typography.Text>{t('calendar.settings.exportExplain')}</Typography.Text>
      <Flex vertical gap={4}>
        {readable.map((calendar) => (
          <a key={calendar.id} href={calendarExportUrl(calendar.id)} download data-testid="export-calendar">
            <DownloadOutlined /> {calendar.name}.ics
          </a>
        ))}
      </Flex>
    </Flex>
  );
}
