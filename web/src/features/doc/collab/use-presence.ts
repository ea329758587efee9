import { useEffect, useState } from 'react';
import type { PageProvider } from './page-provider';

export interface Present {
  clientId: number;
  name: string;
  color: string;
}

/** The people with the page open right now (one entry per browser tab), me excluded. */
export function usePresence(provider: PageProvider | null): Present[] {
  const [present, setPresent] = useState<Present[]>([]);
  useEffect(() => {
    if (!provider) return;
    const { awareness } = provider;
    const read = () =>
      setPresent(
        [...awareness.getStates().entries()]
          .filter(([clientId]) => clientId !== provider.doc.clientID)
          .flatMap(([clientId, state]) => {
            const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
            return typeof user?.name === 'string'
              ? [{ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#1677ff' }]
              : [];
          }),
      );
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider]);
  return present;
}
