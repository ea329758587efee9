export { MessagesPage } from './messages-page';
export { registerChatStream } from './realtime/chat-stream';
export { useUnreadTotal } from './api/channels';
export { useUnreadTitle } from './realtime/desktop-notify';
