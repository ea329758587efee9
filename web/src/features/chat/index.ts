export { MessagesPage } from './messages-page';
export { registerChatStream } from './realtime/chat-stream';
export { useUnreadTotal } from './api/channels';
export { useChatAttention } from './realtime/desktop-notify';
export { SendMessageButton } from './send-message-button';
export { DefaultChannelsSettings } from './admin/default-channels-settings';
