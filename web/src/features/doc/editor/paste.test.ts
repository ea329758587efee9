// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../markdown/to-markdown';
import { documentExtensions } from '../../../shared/rich-text/extensions';

/** What Word puts on the clipboard: Office namespaces, mso styles, spans and font tags around the words. */
const FROM_WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<h1 style='mso-margin-top-alt:auto'><span lang=EN-US style='font-family:"Microsoft YaHei"'>季度计划<o:p></o:p></span></h1>
<p class=MsoNormal><span style='mso-bidi-font-weight:bold'><b>重点</b></span>：上线<font color=red>搜索</font><o:p></o:p></p>
<ul style='margin-top:0cm' type=disc><li class=MsoNormal style='mso-list:l0 level1 lfo1'>设计评审</li><li class=MsoNormal>开发</li></ul>
<table class=MsoTableGrid border=1><tr><td style='width:100pt'><p class=MsoNormal>负责人</p></td><td><p>王芳</p></td></tr></table>
<script>alert(1)</script><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
</body></html>`;

// Browsers still answer the old `rules` alias ProseMirror reads pasted style sheets through; happy-dom does not.
if (!('rules' in CSSStyleSheet.prototype)) {
  Object.defineProperty(CSSStyleSheet.prototype, 'rules', {
    get(this: CSSStyleSheet) {
      return this.cssRules;
    },
  });
}

describe('pasting from Word or a web page', () => {
  it('keeps headings, emphasis, lists and tables and drops styles, fonts and scripts', () => {
    const editor = new Editor({ extensions: documentExtensions({ collaborative: false }) });
    editor.view.pasteHTML(FROM_WORD);
    const markdown = toMarkdown(editor.getJSON());
    const html = editor.getHTML();
    editor.destroy();

    expect(markdown).toBe(
      '# 季度计划\n\n**重点**：上线搜索\n\n- 设计评审\n- 开发\n\n| 负责人 | 王芳 |\n| --- | --- |\n',
    );
    expect(html).not.toMatch(/mso|font|YaHei|color|script|alert/i);
  });
});
