import { fileUrl } from '../../../shared/files/upload-file';
import type { MailAttachment } from '../api/types';

/**
 * The document a sanitised HTML body is shown in, inside an iframe that may run no script: links
 * open in a new tab, wide tables and images fit, and inline images (`cid:`) come from the stored
 * attachments they name. The server has already sanitised the HTML; the sandbox is the second wall.
 */
export function mailDocument(html: string, attachments: MailAttachment[], dark: boolean): string {
  const byCid = new Map(
    attachments.flatMap((file) =>
      file.inlineCid ? [[file.inlineCid.replace(/^<|>$/g, ''), file.fileId] as const] : [],
    ),
  );
  const body = html.replace(/(["'])cid:([^"']+)\1/gi, (whole, quote: string, cid: string) => {
    const fileId = byCid.get(cid);
    return fileId ? `${quote}${fileUrl(fileId)}${quote}` : whole;
  });
  const colours = dark ? 'color:#e6e6e6;background:transparent;' : 'color:#1f1f1f;background:transparent;';
  return (
    '<!doctype html><html><head><meta charset="utf-8"><base target="_blank">' +
    `<style>html,body{margin:0;padding:0;${colours}font:14px/1.6 -apple-system,'PingFang SC','Microsoft YaHei',sans-serif;` +
    'overflow-wrap:anywhere}img{max-width:100%;height:auto}table{max-width:100%}pre{white-space:pre-wrap}' +
    'blockquote{margin:0 0 0 .8ex;border-left:2px solid #ccc;padding-left:1ex}</style></head>' +
    `<body>${body}</body></html>`
  );
}
