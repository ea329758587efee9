import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../../shared/api/problem';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { exportUrl, useImportTasks } from './api/board-api';

/** One refused line of an import, as the server lists it in the problem's `errors`. */
interface LineError {
  line: number;
  code: string;
  message: string;
}

const isLineError = (value: unknown): value is LineError =>
  typeof value === 'object' && value !== null && 'line' in value && 'code' in value;

/**
 * The project's tasks out as a CSV or XLSX file, and in from a CSV file (editors). An import is all
 * or nothing: when lines are refused, each is shown with its number and why, and nothing was stored.
 */
export function ImportExport({
  projectId,
  canEdit,
  compact,
}: {
  projectId: string;
  canEdit: boolean;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onProblem = useProblemHandler();
  const importTasks = useImportTasks(projectId);
  const [refused, setRefused] = useState<LineError[] | undefined>();

  const upload = (file: File) => {
    importTasks.mutate(file, {
      onSuccess: (result) =>
        void message.success(
          t('taskBoard.transfer.imported', { count: result.created, sections: result.sectionsCreated }),
        ),
      onError: (error) => {
        const lines = isProblem(error, 'task.import-invalid') ? error.body.errors : undefined;
        if (Array.isArray(lines) && lines.some(isLineError)) setRefused(lines.filter(isLineError));
        else onProblem(error);
      },
    });
    return false;
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'csv',
              label: (
                <a href={exportUrl(projectId, 'csv')} download data-testid="export-csv">
                  {t('taskBoard.transfer.exportCsv')}
                </a>
              ),
            },
            {
              key: 'xlsx',
              label: (
                <a href={exportUrl(projectId, 'xlsx')} download data-testid="export-xlsx">
                  {t('taskBoard.transfer.exportXlsx')}
                </a>
              ),
            },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} aria-label={t('taskBoard.transfer.export')} data-testid="export">
          {compact ? undefined : t('taskBoard.transfer.export')}
        </Button>
      </Dropdown>
      {canEdit && (
        <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={upload}>
          <Button
            icon={<UploadOutlined />}
            loading={importTasks.isPending}
            aria-label={t('taskBoard.transfer.import')}
            title={t('taskBoard.transfer.importHint')}
            data-testid="import"
          >
            {compact ? undefined : t('taskBoard.transfer.import')}
          </Button>
        </Upload>
      )}
      <Modal
        open={!!refused}
        title={t('taskBoard.transfer.refused', { count: refused?.length ?? 0 })}
        onCancel={() => setRefused(undefined)}
        footer={<Button onClick={() => setRefused(undefined)}>{t('common.ok')}</Button>}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('taskBoard.transfer.nothingImported')}</Typography.Paragraph>
        <List
          size="small"
          dataSource={refused}
          style={{ maxHeight: 360, overflowY: 'auto' }}
          data-testid="import-errors"
          renderItem={(error) => (
            <List.Item data-testid="import-error" data-line={error.line}>
              <Typography.Text>
                <Typography.Text strong>{t('taskBoard.transfer.line', { line: error.line })}</Typography.Text>{' '}
                {t(`errors.${error.code}`, { defaultValue: error.message })}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}
