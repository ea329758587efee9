import { Grid } from 'antd';

/** True below antd's `md` breakpoint (768 px): one pane at a time. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
