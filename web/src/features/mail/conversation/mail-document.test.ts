import { describe, expect, it } from 'vitest';
import { mailDocument } from './mail-document';

describe('mailDocument', () => {
  it('points inline images at their stored attachments and leaves unknown ones alone', () => {
    const doc = mailDocument(
      '<img src="cid:logo@x"><img src=\'cid:other\'>',
      [{ fileId: 'f1', name: 'logo.png', contentType: 'image/png', size: 10, inlineCid: '<logo@x>' }],
      false,
    );
    expect(doc).toContain('<img src="/api/v1/files/f1">');
    expect(doc).toContain("<img src='cid:other'>");
  });

  it('shows allowed remote images as the server proxies them, from our own origin', () => {
    const proxied = '<img src="/api/v1/mail/messages/m1/images?url=https%3A%2F%2Ft.example%2Fp.gif">';
    const doc = mailDocument(proxied, [], false);
    expect(doc).toContain(proxied);
    expect(doc).not.toContain('https://t.example');
  });

  it('opens links in a new tab', () => {
    expect(mailDocument('<a href="https://example.com">x</a>', [], false)).toContain('<base target="_blank">');
  });
});
