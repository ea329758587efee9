import { SearchOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The bar over a phone's screen: a search field that opens the search palette, as Feishu's and
 * WeChat's phone apps put search, which leaves the bottom bar's six places to modules.
 */
export function PhoneTopBar({ onSearch }: { onSearch: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      data-testid="phone-top-bar"
      style={{
        flex: 'none',
        padding: '6px 12px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <button
        type="button"
        data-testid="search-button"
        onClick={onSearch}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 6,
          width: '100%',
          height: 32,
          padding: '0 12px',
          border: 'none',
          borderRadius: 16,
          background: token.colorFillTertiary,
          color: token.colorTextTertiary,
          fontSize: 14,
          cursor: 'pointer',
        }}
      >
        <SearchOutlined />
        {t('nav.search')}
      </button>
    </div>
  );
}
