import { createContext, useContext } from 'react';
import type { Channel } from '../api/channels';
import type { Message } from '../api/messages';

/** What a message row may do beyond itself: open its thread, be quoted in the composer of its pane. */
export interface MessageContextValue {
  myId: string;
  channel: Channel;
  openThread: (rootId: string) => void;
  quote: (message: Message) => void;
  /** Rows inside a thread pane show no thread summary of their own. */
  inThread: boolean;
}

export const MessageContext = createContext<MessageContextValue | null>(null);

export function useMessageContext(): MessageContextValue {
  const value = useContext(MessageContext);
  if (!value) throw new Error('MessageContext missing');
  return value;
}
