import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { safeUrl, SafeMarkdown } from './safe-markdown';

const render = (text: string) =>
  renderToStaticMarkup(
    <SafeMarkdown text={text} renderMention={(target) => <b data-target={JSON.stringify(target)}>@mention</b>} />,
  );

describe('message markdown', () => {
  it('renders the formatting a chat message uses', () => {
    const html = render(
      '**bold** _italic_ `code`\n\n- one\n- two\n\n1. first\n\n> quoted\n\n```\nlet x = 1;\n```\n\n[docs](https://example.com/a)',
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toMatch(/<code[^>]*>code<\/code>/);
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>/);
    expect(html).toMatch(/<ol[^>]*>/);
    expect(html).toMatch(/<blockquote[^>]*>/);
    expect(html).toMatch(/<pre[^>]*><code[^>]*>let x = 1;/);
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">docs</a>');
  });

  it('never renders raw HTML as markup', () => {
    const html = render(
      'hi <script>alert(1)</script> and <img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n<div>block</div>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b onclick/i);
    expect(html).not.toMatch(/<div>block/);
    // shown as the text it is
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('drops javascript:, data: and other unsafe link targets', () => {
    const html = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,<script>1</script>) [d](vbscript:x) <javascript:alert(3)> [e](//evil.example/x) ![img](javascript:alert(4))',
    );
    expect(html).not.toMatch(/href="(javascript|data|vbscript|\/\/)/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('>a<');
  });

  it('keeps http, https, mailto and links within Atrium', () => {
    expect(safeUrl('https://example.com')).toBe('https://example.com');
    expect(safeUrl('http://example.com')).toBe('http://example.com');
    expect(safeUrl('mailto:a@b.cn')).toBe('mailto:a@b.cn');
    expect(safeUrl('/directory/people/1')).toBe('/directory/people/1');
    expect(safeUrl('javascript:alert(1)')).toBe('');
    expect(safeUrl(' javascript:alert(1)')).toBe('');
    expect(safeUrl('ftp://x')).toBe('');
  });

  it('shows mentions through the given renderer, but not inside code', () => {
    const id = '0190a3c4-1111-7abc-8def-0123456789ab';
    const html = render(`hi <@${id}> and <@all>, \`<@${id}>\``);
    expect(html).toContain(`{&quot;kind&quot;:&quot;person&quot;,&quot;id&quot;:&quot;${id}&quot;}`);
    expect(html).toContain('{&quot;kind&quot;:&quot;everyone&quot;,&quot;word&quot;:&quot;all&quot;}');
    expect(html).toMatch(new RegExp(`<code[^>]*>&lt;@${id}&gt;</code>`));
  });
});
