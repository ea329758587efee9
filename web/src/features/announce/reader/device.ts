/** Where an announcement was opened, as the receipts record it. */
export type Device = 'DESKTOP' | 'PHONE';

/** Below this width the client shows one pane at a time (antd's `md`, as `useIsPhone` uses). */
export const PHONE_WIDTH = 768;

/**
 * A narrow window or a finger-driven screen counts as a phone: a tablet held upright is narrow, and
 * one held sideways is still touched, which is what the author asking "read on the phone?" means.
 */
export function deviceOf(width: number, touch: boolean): Device {
  return width < PHONE_WIDTH || touch ? 'PHONE' : 'DESKTOP';
}

/** This browser's device now. */
export function currentDevice(): Device {
  const touch =
    typeof window.matchMedia === 'function' && window.matchMedia('(hover: none), (pointer: coarse)').matches;
  return deviceOf(window.innerWidth, touch);
}
