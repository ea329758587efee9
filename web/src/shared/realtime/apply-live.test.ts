import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyLive } from './apply-live';

/** A fetch that answers when told to: the database as it was when the fetch read it. */
function slowFetches() {
  const answers: ((replies: string[]) => void)[] = [];
  const queryFn = () => new Promise<string[]>((resolve) => answers.push(resolve));
  return { queryFn, answers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('applyLive', () => {
  it('fetches again a query whose fetch read the database before the change', async () => {
    const queryClient = new QueryClient();
    const { queryFn, answers } = slowFetches();
    const observer = new QueryObserver(queryClient, { queryKey: ['thread', 'root'], queryFn });
    const stop = observer.subscribe(() => {});
    await settle();
    expect(answers).toHaveLength(1);

    // my reply is confirmed while the thread is still loading; there is nothing to apply it to yet
    applyLive<string[]>(queryClient, ['thread', 'root'], (replies) => replies && [...replies, 'my reply']);
    answers[0]([]);
    await settle();

    expect(answers).toHaveLength(2);
    answers[1](['my reply']);
    await settle();
    expect(queryClient.getQueryData(['thread', 'root'])).toEqual(['my reply']);
    stop();
  });

  it('fetches once more however many changes come during one fetch, and not at all when none is loading', async () => {
    const queryClient = new QueryClient();
    const { queryFn, answers } = slowFetches();
    const stop = new QueryObserver(queryClient, { queryKey: ['history'], queryFn }).subscribe(() => {});
    await settle();
    for (let i = 0; i < 5; i++) applyLive<string[]>(queryClient, ['history'], (messages) => messages);
    answers[0](['a']);
    await settle();
    expect(answers).toHaveLength(2);
    answers[1](['a', 'b']);
    await settle();

    applyLive<string[]>(queryClient, ['history'], (messages) => messages && [...messages, 'c']);
    await settle();
    expect(answers).toHaveLength(2);
    expect(queryClient.getQueryData(['history'])).toEqual(['a', 'b', 'c']);
    stop();
  });
});
