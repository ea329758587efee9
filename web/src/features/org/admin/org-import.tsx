import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../../shared/api/problem';
import { fieldErrorMessage } from '../../../shared/i18n/problem-message';
import { useProblemHandler } from '../../../shared/ui/use-problem-handler';
import { type ImportResult, useOrgImport } from '../api/org-import';

type ImportError = ImportResult['errors'][number];

/** Upload → dry run → import; the real run is offered only for a file without errors. */
export function OrgImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<ImportResult>();
  const run = useOrgImport();
  const handleProblem = useProblemHandler();

  const start = (dryRun: boolean) => {
    if (!file) {
      return;
    }
    run.mutate(
      { file, dryRun },
      {
        onSuccess: setResult,
        onError: (error) =>
          isProblem(error, 'org.import-invalid')
            ? setResult(error.body as unknown as ImportResult)
            : handleProblem(error),
      },
    );
  };
  const dryRunClean = result !== undefined && !result.applied && result.errors.length === 0;

  return (
    <Card title={t('admin.nav.import')}>
      <Typography.Paragraph type="secondary">{t('admin.import.help')}</Typography.Paragraph>
      <Typography.Paragraph code>name,email,department,title,phone,employee_no,manager_email</Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".csv,text/csv"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setResult(undefined);
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            setResult(undefined);
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="import-file">
            {t('admin.import.choose')}
          </Button>
        </Upload>
        <Button
          disabled={!file}
          loading={run.isPending && run.variables.dryRun}
          onClick={() => start(true)}
          data-testid="import-dry-run"
        >
          {t('admin.import.dryRun')}
        </Button>
        <Button
          type="primary"
          disabled={!dryRunClean}
          loading={run.isPending && !run.variables.dryRun}
          onClick={() => start(false)}
          data-testid="import-run"
        >
          {t('admin.import.run')}
        </Button>
      </Space>
      {result && <ImportReport result={result} />}
    </Card>
  );
}

function ImportReport({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: 24 }} data-testid="import-result">
      <Alert
        showIcon
        type={result.errors.length > 0 ? 'error' : result.applied ? 'success' : 'info'}
        title={
          result.errors.length > 0
            ? t('admin.import.hasErrors', { count: result.errors.length })
            : result.applied
              ? t('admin.import.applied')
              : t('admin.import.clean')
        }
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        <Descriptions.Item label={t('admin.import.rows')}>{result.rowCount}</Descriptions.Item>
        <Descriptions.Item label={t('admin.import.departmentsCreated')}>{result.departmentsCreated}</Descriptions.Item>
        <Descriptions.Item label={t('admin.import.peopleCreated')}>{result.peopleCreated}</Descriptions.Item>
        <Descriptions.Item label={t('admin.import.peopleUpdated')}>{result.peopleUpdated}</Descriptions.Item>
      </Descriptions>
      {result.errors.length > 0 && (
        <Table<ImportError>
          rowKey={(error) => `${error.line}-${error.field}-${error.code}`}
          size="small"
          dataSource={result.errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('admin.import.line'), dataIndex: 'line', width: 80 },
            { title: t('admin.import.field'), dataIndex: 'field', width: 160 },
            { title: t('admin.import.error'), key: 'message', render: (_, error) => fieldErrorMessage(error, t) },
          ]}
        />
      )}
    </div>
  );
}
