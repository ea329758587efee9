import { describe, expect, it } from 'vitest';
import { unfurlShows } from './card-changes';

const TASK = '/tasks/0190a0b1-7c3d-7e4f-8a5b-6c7d8e9f0a1b';

describe('which cached cards a card.changed entry refetches', () => {
  it('those whose links point at the changed object', () => {
    expect(unfurlShows(['unfurl', [`https://atrium.example${TASK}`]], TASK)).toBe(true);
    expect(unfurlShows(['unfurl', ['https://atrium.example/messages/x', `https://atrium.example${TASK}/`]], TASK)).toBe(
      true,
    );
  });

  it('no other card, and no other query', () => {
    expect(unfurlShows(['unfurl', ['https://atrium.example/tasks/another']], TASK)).toBe(false);
    expect(unfurlShows(['chat', 'messages', TASK], TASK)).toBe(false);
    expect(unfurlShows(['unfurl', ['not a url']], TASK)).toBe(false);
  });
});
