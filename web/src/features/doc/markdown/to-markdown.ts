import type { JSONContent } from '@tiptap/core';
import { CALLOUT_KINDS } from '../../../shared/rich-text/callout';
import { personPath } from '../../../shared/rich-text/person-mention';

type Mark = NonNullable<JSONContent['marks']>[number];

/** Characters that would start Markdown syntax inside ordinary text. */
const ESCAPED = /[\\`*_[\]<>~|]/g;

function escapeText(text: string): string {
  return text.replace(ESCAPED, (character) => `\\${character}`);
}

/** Escapes what only means something at the start of a line (a heading, a quote, a list item). */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}\s|[-+]\s|\d+[.)]\s)/, (_all, space: string, marker: string) =>
    marker.startsWith('#') || marker[0] === '-' || marker[0] === '+'
      ? `${space}\\${marker}`
      : `${space}${marker.replace(/([.)])/, '\\$1')}`,
  );
}

const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'code'];

function open(mark: Mark): string {
  switch (mark.type) {
    case 'bold':
      return '**';
    case 'italic':
      return '*';
    case 'strike':
      return '~~';
    case 'code':
      return '`';
    case 'link':
      return '[';
    default:
      return '';
  }
}

function close(mark: Mark): string {
  if (mark.type === 'link') {
    const href = String(mark.attrs?.href ?? '');
    return `](${href.replace(/[()\s]/g, encodeURIComponent)})`;
  }
  return open(mark);
}

const sameMark = (a: Mark, b: Mark) => a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);

function sortedMarks(node: JSONContent): Mark[] {
  return (node.marks ?? [])
    .filter((mark) => MARK_ORDER.includes(mark.type))
    .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

/** Inline content: marks open and close across neighbouring text, as ProseMirror's own serializer does. */
function inline(nodes: JSONContent[] | undefined): string {
  let out = '';
  const active: Mark[] = [];
  const closeTo = (keep: number) => {
    while (active.length > keep) out += close(active.pop() as Mark);
  };
  for (const node of nodes ?? []) {
    const marks = node.type === 'text' ? sortedMarks(node) : [];
    let common = 0;
    while (common < active.length && common < marks.length && sameMark(active[common], marks[common])) common++;
    closeTo(common);
    if (node.type !== 'text') {
      out += inlineNode(node);
      continue;
    }
    let text = node.text ?? '';
    const isCode = marks.some((mark) => mark.type === 'code');
    // Emphasis may not start or end with a space: keep the spaces outside the markers.
    const lead = /^\s*/.exec(text)?.[0] ?? '';
    if (marks.length > common && lead) {
      out += lead;
      text = text.slice(lead.length);
    }
    for (const mark of marks.slice(common)) {
      out += open(mark);
      active.push(mark);
    }
    out += isCode ? text : escapeText(text);
  }
  closeTo(0);
  return out.replace(/(\s+)((?:\*\*|\*|~~)+)(?=$|\s)/g, '$2$1');
}

function inlineNode(node: JSONContent): string {
  switch (node.type) {
    case 'hardBreak':
      return '\\\n';
    case 'image':
      return image(node);
    case 'mention': {
      const id = String(node.attrs?.id ?? '');
      return `[@${escapeText(String(node.attrs?.label ?? id))}](${personPath(id)})`;
    }
    default:
      return '';
  }
}

function image(node: JSONContent): string {
  const alt = escapeText(String(node.attrs?.alt ?? ''));
  const title = node.attrs?.title ? ` "${String(node.attrs.title).replace(/"/g, '\\"')}"` : '';
  return `![${alt}](${String(node.attrs?.src ?? '')}${title})`;
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, index) => (index === 0 ? first + line : line ? prefix + line : line))
    .join('\n');

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

function listItems(node: JSONContent, marker: (index: number) => string): string {
  return (node.content ?? [])
    .map((item, index) => {
      const head = marker(index);
      const body = blocks(item.content, true);
      return indent(body, ' '.repeat(head.length), head);
    })
    .join('\n');
}

function tableCell(cell: JSONContent): string {
  return (cell.content ?? [])
    .map((block) => inline(block.content))
    .join('<br>')
    .replace(/\n/g, ' ');
}

function table(node: JSONContent): string {
  const rows = (node.content ?? []).map((row) => (row.content ?? []).map(tableCell));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
  return [line(rows[0]), line(Array.from({ length: width }, () => '---')), ...rows.slice(1).map(line)].join('\n');
}

function codeBlock(node: JSONContent): string {
  const code = (node.content ?? []).map((text) => text.text ?? '').join('');
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${String(node.attrs?.language ?? '')}\n${code}\n${fence}`;
}

function block(node: JSONContent): string {
  switch (node.type) {
    case 'paragraph':
      return escapeLineStart(inline(node.content));
    case 'heading':
      return `${'#'.repeat(Number(node.attrs?.level ?? 1))} ${inline(node.content)}`;
    case 'bulletList':
      return listItems(node, () => '- ');
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return listItems(node, (index) => `${start + index}. `);
    }
    case 'taskList':
      return (node.content ?? [])
        .map((item) => indent(blocks(item.content, true), '  ', item.attrs?.checked ? '- [x] ' : '- [ ] '))
        .join('\n');
    case 'codeBlock':
      return codeBlock(node);
    case 'blockquote':
      return quote(blocks(node.content));
    case 'callout': {
      const kind = CALLOUT_KINDS.find((known) => known === node.attrs?.kind) ?? 'note';
      return quote(`[!${kind.toUpperCase()}]\n${blocks(node.content)}`);
    }
    case 'horizontalRule':
      return '---';
    case 'table':
      return table(node);
    case 'image':
      return image(node);
    default:
      return inline(node.content);
  }
}

/** Blocks separated by a blank line; a list item's paragraph and its nested list only by a newline. */
function blocks(nodes: JSONContent[] | undefined, tight = false): string {
  const parts = (nodes ?? []).map(block);
  if (!tight) return parts.join('\n\n');
  return parts.reduce((out, part, index) => {
    if (index === 0) return part;
    const nestedList = ['bulletList', 'orderedList', 'taskList'].includes(nodes?.[index].type ?? '');
    return out + (nestedList ? '\n' : '\n\n') + part;
  }, '');
}

/** A document (TipTap JSON) as GitHub-flavoured Markdown. */
export function toMarkdown(doc: JSONContent): string {
  const text = blocks(doc.content)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text ? `${text}\n` : '';
}
