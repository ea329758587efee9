import { Marked, type Tokens } from 'marked';
import { CALLOUT_KINDS } from '../../../shared/rich-text/callout';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MENTION_LINK = /^\/directory\/people\/([0-9a-f-]{36})$/i;
const ALERT = /^\[!(NOTE|TIP|WARNING|CAUTION)\]\s*/i;

/**
 * GitHub-flavoured Markdown to the HTML the editor's schema parses: task lists as TipTap's
 * `taskList`, `> [!NOTE]` alerts as callouts, `[@name](/directory/people/id)` as mentions.
 * Raw HTML in the Markdown is shown as text, never interpreted.
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    // Without the trailing newline marked adds, which the editor would keep as part of the code.
    code({ text, lang }: Tokens.Code) {
      const language = lang ? ` class="language-${escapeHtml(lang.split(/\s/)[0])}"` : '';
      return `<pre><code${language}>${escapeHtml(text)}</code></pre>\n`;
    },
    // An image alone on its line is a block of its own, not a paragraph around it.
    paragraph({ tokens }: Tokens.Paragraph) {
      if (tokens.length !== 1 || tokens[0].type !== 'image') return false;
      return this.parser.parseInline(tokens);
    },
    list(token: Tokens.List) {
      if (!token.items.some((item) => item.task)) return false;
      const items = token.items
        .map((item) => {
          const content = this.parser.parse(item.tokens.filter((child) => child.type !== 'checkbox'));
          return `<li data-type="taskItem" data-checked="${item.checked ? 'true' : 'false'}">${content}</li>`;
        })
        .join('');
      return `<ul data-type="taskList">${items}</ul>\n`;
    },
    blockquote({ tokens }: Tokens.Blockquote) {
      const first = tokens[0];
      if (first?.type !== 'paragraph') return false;
      const paragraph = first as Tokens.Paragraph;
      const alert = ALERT.exec(paragraph.text);
      if (!alert) return false;
      const kind = CALLOUT_KINDS.find((known) => known === alert[1].toLowerCase()) ?? 'note';
      const rest = paragraph.text.slice(alert[0].length);
      const body =
        (rest ? this.parser.parse(new Marked({ gfm: true }).lexer(rest)) : '') + this.parser.parse(tokens.slice(1));
      return `<div data-type="callout" data-kind="${kind}">${body || '<p></p>'}</div>\n`;
    },
    link({ href, text }: Tokens.Link) {
      const mention = MENTION_LINK.exec(href);
      if (!mention || !text.startsWith('@')) return false;
      const label = escapeHtml(text.slice(1).replace(/\\(.)/g, '$1'));
      return `<span data-type="mention" data-id="${mention[1]}" data-label="${label}"></span>`;
    },
  },
});

export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}
