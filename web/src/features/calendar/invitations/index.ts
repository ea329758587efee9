export { AnswerBar } from './answer-bar';
export { PendingInvitations } from './pending-invitations';
export { Proposals } from './proposals';
