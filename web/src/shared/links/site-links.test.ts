import { describe, expect, it } from 'vitest';
import { siteLink, siteLinks } from './site-links';

const ORIGIN = 'https://atrium.example.com';
const ID = '0195f3a2-8c1e-7b3d-9a41-1f2e3d4c5b6a';

describe('links into this Atrium', () => {
  it('finds every link of this origin, whatever its path, and none of another', () => {
    const text = `see ${ORIGIN}/messages/${ID}/42, the task ${ORIGIN}/tasks/${ID} and ${ORIGIN}/directory/people/${ID}
      but not https://evil.example.com/messages/${ID}/1`;
    expect(siteLinks(text, ORIGIN)).toEqual([
      `${ORIGIN}/messages/${ID}/42`,
      `${ORIGIN}/tasks/${ID}`,
      `${ORIGIN}/directory/people/${ID}`,
    ]);
  });

  it('leaves out the API, the bare site and punctuation after a link', () => {
    expect(siteLinks(`${ORIGIN}/api/v1/files/${ID} ${ORIGIN}/ the plan: ${ORIGIN}/docs/pages/${ID}。`, ORIGIN)).toEqual(
      [`${ORIGIN}/docs/pages/${ID}`],
    );
  });

  it('lists a repeated link once', () => {
    expect(siteLinks(`${ORIGIN}/messages/${ID} ${ORIGIN}/messages/${ID}`, ORIGIN)).toHaveLength(1);
  });

  it('finds Markdown links to a site path, not those to other sites', () => {
    expect(
      siteLinks(
        `[假期安排](/announcements/${ID}) [x](https://evil.example.com/announcements/${ID}) [y](/admin/settings)`,
        ORIGIN,
      ),
    ).toEqual([`${ORIGIN}/announcements/${ID}`, `${ORIGIN}/admin/settings`]);
  });

  it('sends at most five links of one text', () => {
    const text = Array.from({ length: 7 }, (_, i) => `${ORIGIN}/tasks/${i}`).join(' ');
    expect(siteLinks(text, ORIGIN)).toHaveLength(5);
  });

  it('reads a link of a document, relative or absolute', () => {
    expect(siteLink(`/announcements/${ID}`, ORIGIN)).toBe(`${ORIGIN}/announcements/${ID}`);
    expect(siteLink(`${ORIGIN}/tasks/${ID}?tab=1#x`, ORIGIN)).toBe(`${ORIGIN}/tasks/${ID}`);
    expect(siteLink('https://example.org/tasks/1', ORIGIN)).toBeNull();
    expect(siteLink('mailto:someone@example.com', ORIGIN)).toBeNull();
  });
});
