import { useRef, type PointerEvent } from 'react';

/** How long a finger rests before it counts as a long press, as phones' own menus wait. */
const PRESS_MS = 500;
/** A finger that moves further is scrolling, not pressing. */
const SLOP_PX = 10;
/** How long after the finger lifts its click may still come. */
const CLICK_MS = 400;

const swallow = (event: Event) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * The click that lifting the finger makes lands on whatever opened under it (a sheet's mask, which
 * closes the sheet): the next click, within a moment, is not passed on.
 */
function swallowNextClick() {
  window.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), CLICK_MS);
}

/** Pointer handlers that call `onLongPress` when a finger rests on the element (touch only; a mouse has hover and clicks). */
export function useLongPress(onLongPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const origin = useRef({ x: 0, y: 0 });
  const pressed = useRef(false);
  const cancel = () => clearTimeout(timer.current);
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      origin.current = { x: event.clientX, y: event.clientY };
      cancel();
      pressed.current = false;
      timer.current = setTimeout(() => {
        pressed.current = true;
        onLongPress();
      }, PRESS_MS);
    },
    onPointerMove: (event: PointerEvent) => {
      if (Math.hypot(event.clientX - origin.current.x, event.clientY - origin.current.y) > SLOP_PX) cancel();
    },
    onPointerUp: () => {
      cancel();
      if (pressed.current) swallowNextClick();
      pressed.current = false;
    },
    onPointerCancel: cancel,
    // the browser's own long-press menu (select, copy) would open over ours
    onContextMenu: (event: { preventDefault: () => void }) => event.preventDefault(),
  };
}
