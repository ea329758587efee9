import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './use-is-phone';

interface SplitPaneProps {
  list: ReactNode;
  detail: ReactNode;
  /** On a phone, whether the detail pane replaces the list. */
  showDetail: boolean;
  onBack: () => void;
  /** On a phone, when the detail has a back button of its own (a thread over its conversation). */
  hideBack?: boolean;
  listWidth?: number;
}

/** The list | detail part of the three-pane shell; one pane at a time on phones. */
export function SplitPane({ list, detail, showDetail, onBack, hideBack = false, listWidth = 320 }: SplitPaneProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  if (isPhone) {
    return showDetail ? (
      <div style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
        {!hideBack && (
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            onClick={onBack}
            style={{ margin: token.marginXS, alignSelf: 'flex-start', flex: 'none' }}
            data-testid="pane-back"
          >
            {t('common.back')}
          </Button>
        )}
        <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>{detail}</div>
      </div>
    ) : (
      <div style={{ height: '100%', overflow: 'auto' }}>{list}</div>
    );
  }
  return (
    <div style={{ display: 'flex', height: '100%', minHeight: 0 }}>
      <div
        style={{
          width: listWidth,
          flex: 'none',
          borderRight: `1px solid ${token.colorBorderSecondary}`,
          background: token.colorBgContainer,
          overflow: 'auto',
        }}
      >
        {list}
      </div>
      <div style={{ flex: 1, minWidth: 0, overflow: 'auto' }}>{detail}</div>
    </div>
  );
}
