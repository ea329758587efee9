import { describe, expect, it } from 'vitest';
import { draftRequest, NEW_DRAFT, sameDraft } from './draft-form';

describe('draftRequest', () => {
  it('leaves out what was not chosen and sends the attachments by id', () => {
    const request = draftRequest({
      ...NEW_DRAFT,
      title: '  Holiday schedule ',
      category: 'hr',
      attachments: [{ id: 'f1', name: 'plan.pdf' }, { id: 'f2' }],
    });
    expect(request.title).toBe('Holiday schedule');
    expect(request.attachmentFileIds).toEqual(['f1', 'f2']);
    expect(request).toMatchObject({ coverFileId: undefined, expiresAt: undefined, channelId: undefined });
  });
});

describe('sameDraft', () => {
  it('takes a body whose keys the server reordered for the same body', () => {
    const typed = { ...NEW_DRAFT, body: { type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: null } }] } };
    const stored = {
      ...NEW_DRAFT,
      body: { content: [{ attrs: { textAlign: null }, type: 'paragraph' }], type: 'doc' },
    };
    expect(sameDraft(typed, stored)).toBe(true);
  });

  it('tells a changed title apart', () => {
    expect(sameDraft(NEW_DRAFT, { ...NEW_DRAFT, title: 'x' })).toBe(false);
  });
});
