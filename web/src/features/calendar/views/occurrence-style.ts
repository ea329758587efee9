import type { CSSProperties } from 'react';
import type { Occurrence } from '../api/types';

/**
 * How an occurrence looks in every view: its calendar's colour as a bar and a tint; an invitation
 * not yet answered or answered "maybe" with a dashed frame, a declined one faded and struck out.
 */
export function occurrenceStyle(occurrence: Occurrence): CSSProperties {
  const { color, myResponse, status } = occurrence;
  const declined = myResponse === 'DECLINED' || status === 'CANCELLED';
  const pending = myResponse === 'NEEDS_ACTION' || myResponse === 'TENTATIVE';
  return {
    background: pending ? 'var(--ant-color-bg-container, #fff)' : `color-mix(in srgb, ${color} 18%, white)`,
    borderInlineStart: `3px solid ${color}`,
    outline: pending ? `1px dashed ${color}` : undefined,
    outlineOffset: -1,
    color: 'rgba(0, 0, 0, 0.88)',
    opacity: declined ? 0.55 : 1,
    textDecoration: declined ? 'line-through' : undefined,
  };
}

/** A calendar's role lets its events be moved and edited. */
export const canEditIn = (role: string | undefined) => ['editor', 'manager'].includes((role ?? '').toLowerCase());
