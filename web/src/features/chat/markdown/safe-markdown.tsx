import type { Html, Parent, Root, RootContent, Text } from 'mdast';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** `<@personId>`, `<@&departmentId>`, `<@all>`, `<@channel>`: how a mention is stored in a message's text. */
export const MENTION_TOKEN = /<@(all|channel|&[0-9a-fA-F-]{36}|[0-9a-fA-F-]{36})>/g;

export type MentionTarget =
  { kind: 'person'; id: string } | { kind: 'department'; id: string } | { kind: 'everyone'; word: 'all' | 'channel' };

export function parseMention(token: string): MentionTarget {
  if (token === 'all' || token === 'channel') return { kind: 'everyone', word: token };
  if (token.startsWith('&')) return { kind: 'department', id: token.slice(1) };
  return { kind: 'person', id: token };
}

/** Only these link targets are ever rendered: web pages, mail, and links within Atrium. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  // a relative link, but not a scheme in disguise ("javascript:", "data:", "//evil")
  if (/^[/?#]/.test(trimmed) && !trimmed.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return '';
}

/** Raw HTML in a message is shown as the text it is, never as markup. */
function htmlAsText() {
  return (tree: Root) => {
    const walk = (node: Parent) => {
      node.children = node.children.map((child) =>
        child.type === 'html' ? ({ type: 'text', value: (child as Html).value } as Text) : child,
      ) as typeof node.children;
      node.children.forEach((child) => {
        if ('children' in child) walk(child as Parent);
      });
    };
    walk(tree);
  };
}

/** Turns mention tokens in text (not in code) into `span[data-mention]` elements. */
function mentions() {
  return (tree: Root) => {
    const walk = (node: Parent) => {
      const next: RootContent[] = [];
      for (const child of node.children as RootContent[]) {
        if (child.type === 'text') {
          next.push(...split(child.value));
        } else {
          if ('children' in child) walk(child as Parent);
          next.push(child);
        }
      }
      node.children = next as typeof node.children;
    };
    walk(tree);
  };
}

function split(value: string): RootContent[] {
  const parts: RootContent[] = [];
  let last = 0;
  for (const match of value.matchAll(MENTION_TOKEN)) {
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push({
      type: 'text',
      value: match[0],
      data: { hName: 'span', hProperties: { dataMention: match[1] }, hChildren: [{ type: 'text', value: match[0] }] },
    } as Text);
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts.length > 0 ? parts : [{ type: 'text', value }];
}

const codeFont = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

/**
 * Markdown as a chat message may use it (bold, italic, lists, code, links, quotes), rendered as
 * React elements only: no raw HTML, no images, links only to http, https, mailto or within Atrium.
 */
export function SafeMarkdown({
  text,
  renderMention,
}: {
  text: string;
  renderMention: (target: MentionTarget, token: string) => ReactNode;
}) {
  const components: Components = {
    a: ({ href, children }) =>
      href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      ),
    // An image would load from anywhere as the message is shown; it stays a link to click.
    img: ({ src, alt }) =>
      typeof src === 'string' && src ? (
        <a href={src} target="_blank" rel="noopener noreferrer">
          {alt || src}
        </a>
      ) : (
        <span>{alt}</span>
      ),
    pre: ({ children }) => (
      <pre
        style={{
          fontFamily: codeFont,
          fontSize: 13,
          overflowX: 'auto',
          padding: '8px 10px',
          margin: '4px 0',
          borderRadius: 6,
          background: 'rgba(0,0,0,0.04)',
          border: '1px solid rgba(0,0,0,0.06)',
          whiteSpace: 'pre',
        }}
      >
        {children}
      </pre>
    ),
    code: ({ children, className }) => (
      <code
        className={className}
        style={{
          fontFamily: codeFont,
          fontSize: '0.92em',
          padding: className ? 0 : '1px 4px',
          borderRadius: 4,
          background: className ? undefined : 'rgba(0,0,0,0.05)',
        }}
      >
        {children}
      </code>
    ),
    blockquote: ({ children }) => (
      <blockquote
        style={{
          margin: '4px 0',
          padding: '0 10px',
          borderInlineStart: '3px solid rgba(0,0,0,0.15)',
          color: 'rgba(0,0,0,0.65)',
        }}
      >
        {children}
      </blockquote>
    ),
    p: ({ children }) => <p style={{ margin: '0 0 4px', whiteSpace: 'pre-wrap' }}>{children}</p>,
    ul: ({ children }) => <ul style={{ margin: '2px 0 4px', paddingInlineStart: 22 }}>{children}</ul>,
    ol: ({ children }) => <ol style={{ margin: '2px 0 4px', paddingInlineStart: 22 }}>{children}</ol>,
    span: ({ children, ...props }) => {
      const token = (props as Record<string, unknown>)['data-mention'];
      return typeof token === 'string' ? renderMention(parseMention(token), `<@${token}>`) : <span>{children}</span>;
    },
  };
  return (
    <div className="atrium-markdown" style={{ overflowWrap: 'anywhere' }}>
      <Markdown
        remarkPlugins={[remarkGfm, htmlAsText, mentions]}
        urlTransform={safeUrl}
        components={components}
        skipHtml={false}
      >
        {text}
      </Markdown>
    </div>
  );
}
