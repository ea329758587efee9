// MessagesPage (messages-page.tsx) is imported by the app's routes on first visit, not through here, so it loads on demand.
export { registerChatStream } from './realtime/chat-stream';
export { useUnreadTotal } from './api/channels';
export { useChatAttention } from './realtime/desktop-notify';
export { SendMessageButton } from './send-message-button';
export { DefaultChannelsSettings } from './admin/default-channels-settings';
export { DingAlert } from './ding/ding-alert';
