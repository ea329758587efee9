import { describe, expect, it } from 'vitest';
import { atriumLinks } from './link-cards';

const ORIGIN = 'https://atrium.example.com';
const CHANNEL = '0195f3a2-8c1e-7b3d-9a41-1f2e3d4c5b6a';

describe('links to Atrium objects', () => {
  it('finds message, channel and person links on this origin only', () => {
    const text = `see ${ORIGIN}/messages/${CHANNEL}/42, the channel ${ORIGIN}/messages/${CHANNEL} and ${ORIGIN}/directory/people/${CHANNEL}
      but not https://evil.example.com/messages/${CHANNEL}/1 nor ${ORIGIN}/admin/settings`;
    expect(atriumLinks(text, ORIGIN)).toEqual([
      `${ORIGIN}/messages/${CHANNEL}/42`,
      `${ORIGIN}/messages/${CHANNEL}`,
      `${ORIGIN}/directory/people/${CHANNEL}`,
    ]);
  });

  it('finds links to document pages', () => {
    expect(atriumLinks(`the plan: ${ORIGIN}/docs/pages/${CHANNEL}. ${ORIGIN}/docs/spaces/${CHANNEL}`, ORIGIN)).toEqual([
      `${ORIGIN}/docs/pages/${CHANNEL}`,
    ]);
  });

  it('lists a repeated link once', () => {
    expect(atriumLinks(`${ORIGIN}/messages/${CHANNEL} ${ORIGIN}/messages/${CHANNEL}`, ORIGIN)).toHaveLength(1);
  });

  it('finds announcements, also as a Markdown link to a site path', () => {
    expect(
      atriumLinks(`${ORIGIN}/announcements/${CHANNEL} [假期安排](/announcements/${CHANNEL.replace('a', 'b')})`, ORIGIN),
    ).toEqual([`${ORIGIN}/announcements/${CHANNEL}`, `${ORIGIN}/announcements/${CHANNEL.replace('a', 'b')}`]);
  });

  it('leaves Markdown links to other sites and to other paths alone', () => {
    expect(atriumLinks(`[x](https://evil.example.com/announcements/${CHANNEL}) [y](/admin/settings)`, ORIGIN)).toEqual(
      [],
    );
  });
});
