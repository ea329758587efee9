import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const EXAMPLES = ['in:#channel', 'from:@person', 'has:file', 'has:link', 'after:2026-01-31', '"exact phrase"'];

/** What to type, shown instead of asking the server about an empty query. */
export function SearchHint() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} style={{ padding: '4px 12px' }} data-testid="search-hint">
      <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
      <Flex wrap gap={6}>
        {EXAMPLES.map((example) => (
          <Typography.Text key={example} code style={{ fontSize: 12 }}>
            {example}
          </Typography.Text>
        ))}
      </Flex>
    </Flex>
  );
}
