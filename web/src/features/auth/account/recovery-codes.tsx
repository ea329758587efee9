import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = codes.join('\n');

  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => message.success(t('common.copied')),
      () => message.error(t('errors.generic')),
    );

  const download = () => {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'atrium-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div>
      <Alert
        type="warning"
        showIcon
        title={t('account.totp.recoveryTitle')}
        description={t('account.totp.recoveryHint')}
      />
      <ol
        data-testid="recovery-codes"
        style={{ fontFamily: 'monospace', fontSize: 15, columns: 2, margin: '16px 0', paddingInlineStart: 28 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Space wrap>
        <Button icon={<CopyOutlined />} onClick={copy}>
          {t('common.copy')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          {t('common.download')}
        </Button>
        <Button type="primary" onClick={onDone} data-testid="recovery-done">
          {t('account.totp.savedCodes')}
        </Button>
      </Space>
    </div>
  );
}
