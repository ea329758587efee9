import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlighted } from './highlighted';

describe('highlighted search text', () => {
  it('marks the matched words and only those', () => {
    const html = renderToStaticMarkup(
      <Highlighted
        segments={[
          { text: '本周', match: false },
          { text: '项目进度', match: true },
          { text: ' update', match: false },
        ]}
      />,
    );
    expect(html).toMatch(/<span>本周<\/span><mark[^>]*>项目进度<\/mark><span> update<\/span>/);
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it('shows markup in a message as the text it is', () => {
    const html = renderToStaticMarkup(
      <Highlighted segments={[{ text: '<img src=x onerror="alert(1)">', match: true }]} />,
    );
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
