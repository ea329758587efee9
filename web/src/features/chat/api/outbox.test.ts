import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AckFrame } from '../../../shared/realtime/socket';
import type { History, Message } from './messages';

const request = vi.fn<(frame: Record<string, unknown>) => Promise<AckFrame> | undefined>();
const httpPost = vi.fn();

vi.mock('../../../shared/realtime/socket', () => ({ request: (frame: Record<string, unknown>) => request(frame) }));
vi.mock('../../../shared/api/client', () => ({
  api: { POST: (...args: unknown[]) => httpPost(...args) },
  body: async <T>(call: Promise<{ data?: T }>) => (await call).data as T,
}));

const { retryMessage, sendMessage } = await import('./outbox');

const channelId = 'c1';

function stored(clientMessageId: string, seq = 7): Message {
  return {
    id: `m-${seq}`,
    channelId,
    seq,
    authorId: 'me',
    clientMessageId,
    body: 'hi',
    createdAt: '2026-11-25T10:00:00Z',
  } as Message;
}

function ack(status: number, body: unknown): Promise<AckFrame> {
  return Promise.resolve({ type: 'ack', ref: 'r', status, body });
}

describe('sending a message', () => {
  let queryClient: QueryClient;

  beforeEach(() => {
    queryClient = new QueryClient();
    queryClient.setQueryData<History>(['chat', 'messages', channelId], { messages: [], hasOlder: false });
    request.mockReset();
    httpPost.mockReset();
  });

  afterEach(() => vi.useRealTimers());

  const history = () => queryClient.getQueryData<History>(['chat', 'messages', channelId])?.messages ?? [];

  it('posts over the connected socket and shows the stored message', async () => {
    request.mockImplementation((frame) =>
      ack(201, stored((frame.message as { clientMessageId: string }).clientMessageId)),
    );

    sendMessage(queryClient, channelId, 'hi');

    await vi.waitFor(() => expect(history()).toHaveLength(1));
    expect(request).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'post', channelId, message: expect.objectContaining({ body: 'hi' }) }),
    );
    expect(httpPost).not.toHaveBeenCalled();
  });

  it('falls back to HTTP when the socket is not connected', async () => {
    request.mockReturnValue(undefined);
    httpPost.mockImplementation(async (_path: string, init: { body: { clientMessageId: string } }) => ({
      data: stored(init.body.clientMessageId),
    }));

    sendMessage(queryClient, channelId, 'hi');

    await vi.waitFor(() => expect(history()).toHaveLength(1));
    expect(httpPost).toHaveBeenCalledWith(
      '/api/v1/channels/{id}/messages',
      expect.objectContaining({ params: { path: { id: channelId } } }),
    );
  });

  it('retries a post whose socket closed before the ack with the same clientMessageId, so it is stored once', async () => {
    vi.useFakeTimers();
    request.mockReturnValueOnce(Promise.reject(new Error('Socket closed'))).mockReturnValue(undefined);
    httpPost.mockImplementation(async (_path: string, init: { body: { clientMessageId: string } }) => ({
      data: stored(init.body.clientMessageId),
    }));

    sendMessage(queryClient, channelId, 'hi');
    await vi.advanceTimersByTimeAsync(1000);

    await vi.waitFor(() => expect(history()).toHaveLength(1));
    const sent = (request.mock.calls[0][0].message as { clientMessageId: string }).clientMessageId;
    expect(httpPost.mock.calls[0][1].body.clientMessageId).toBe(sent);
    expect(history()[0].clientMessageId).toBe(sent);
  });

  it('keeps a refused post as failed, not retried by itself, until the person retries it', async () => {
    request.mockImplementation(() => ack(403, { status: 403, code: 'chat.posting-restricted', detail: 'Only admins' }));

    sendMessage(queryClient, channelId, 'hi');
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(request).toHaveBeenCalledTimes(1);
    expect(history()).toHaveLength(0);

    const clientMessageId = (request.mock.calls[0][0].message as { clientMessageId: string }).clientMessageId;
    request.mockImplementation(() => ack(201, stored(clientMessageId)));
    retryMessage(queryClient, clientMessageId);
    await vi.waitFor(() => expect(history()).toHaveLength(1));
    expect((request.mock.calls[1][0].message as { clientMessageId: string }).clientMessageId).toBe(clientMessageId);
  });
});
