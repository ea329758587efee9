import { useEffect, useRef } from 'react';
import { commandFor, type MailCommand } from './keymap';

/** Runs the mail commands while the mail screen is shown (not while compose or a dialog has focus). */
export function useMailShortcuts(run: (command: MailCommand) => void, enabled: boolean) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
