import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../../../shared/ui/page-state';
import { useVersion } from '../api/versions';
import { sideBySide, type DiffRow } from './side-by-side';

const BACKGROUND: Record<DiffRow['kind'], { left?: string; right?: string }> = {
  same: {},
  changed: { left: '#fff1f0', right: '#f6ffed' },
  removed: { left: '#fff1f0' },
  added: { right: '#f6ffed' },
};

const cell = (background?: string): React.CSSProperties => ({
  background,
  padding: '1px 8px',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
  fontSize: 12,
  minHeight: 18,
  borderInlineEnd: '1px solid #f0f0f0',
});

/** Two versions' Markdown side by side, older on the left; removed lines red, added green. */
export function VersionCompare({
  pageId,
  older,
  newer,
  onBack,
}: {
  pageId: string;
  older: number;
  newer: number;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const left = useVersion(pageId, older);
  const right = useVersion(pageId, newer);
  const rows = useMemo(
    () => (left.data && right.data ? sideBySide(left.data.markdown, right.data.markdown) : []),
    [left.data, right.data],
  );
  const error = left.error ?? right.error;

  return (
    <div data-testid="version-compare">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingInline: 0 }}>
        {t('docs.versions.backToList')}
      </Button>
      <Flex>
        <Typography.Title level={5} style={{ flex: 1, margin: 0 }}>
          {t('docs.versions.number', { number: older })}
        </Typography.Title>
        <Typography.Title level={5} style={{ flex: 1, margin: 0 }}>
          {t('docs.versions.number', { number: newer })}
        </Typography.Title>
      </Flex>
      {error && <LoadFailed error={error} />}
      {(left.isLoading || right.isLoading) && <Loading />}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', border: '1px solid #f0f0f0', marginTop: 8 }}>
        {rows.map((row, index) => (
          <div key={index} style={{ display: 'contents' }} data-testid={`diff-${row.kind}`}>
            <div style={cell(BACKGROUND[row.kind].left)}>{row.left ?? ''}</div>
            <div style={cell(BACKGROUND[row.kind].right)}>{row.right ?? ''}</div>
          </div>
        ))}
      </div>
    </div>
  );
}
