import { theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { MailAttachment } from '../api/types';
import { mailDocument } from './mail-document';

/**
 * A mail's sanitised HTML in a sandboxed iframe: no scripts (no `allow-scripts`), links may open a
 * new tab. `allow-same-origin` only lets this page read the document's height so the frame grows
 * with it; without scripts inside, nothing in the mail can use that origin.
 */
export function HtmlBody({ html, attachments, title }: { html: string; attachments: MailAttachment[]; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(120);
  const { token } = theme.useToken();
  const dark = token.colorBgContainer !== '#ffffff';
  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    let observer: ResizeObserver | undefined;
    const measure = () => {
      const body = iframe.contentDocument?.body;
      if (!body) return;
      setHeight(Math.max(40, body.scrollHeight + 8));
      observer?.disconnect();
      observer = new ResizeObserver(() => setHeight(Math.max(40, body.scrollHeight + 8)));
      observer.observe(body);
    };
    iframe.addEventListener('load', measure);
    return () => {
      iframe.removeEventListener('load', measure);
      observer?.disconnect();
    };
  }, []);
  return (
    <iframe
      ref={frame}
      title={title}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      srcDoc={mailDocument(html, attachments, dark)}
      style={{ width: '100%', height, border: 'none', display: 'block' }}
      data-testid="mail-html"
    />
  );
}
