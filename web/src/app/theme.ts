import type { ThemeConfig } from 'antd';

export const RAIL_BACKGROUND = '#1b2638';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#2f6fde',
    colorInfo: '#2f6fde',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
};
