import { describe, expect, it } from 'vitest';
import { htmlBlocks, htmlToText } from '../../scripts/html-text';

describe('htmlBlocks: the text a browser shows, per block', () => {
  it.each<[string, string, string[]]>([
    ['inline elements join, block elements split', '<p>各单位：<b>重点</b>国际<i>（地区）</i>合作</p><div>下一段</div>', ['各单位：重点国际（地区）合作', '下一段']],
    ['table cells and list items are blocks', '<table><tr><td>甲</td><td>乙</td></tr></table><ul><li>丙</li><li>丁</li></ul>', ['甲', '乙', '丙', '丁']],
    ['entities decoded', '<p>&ldquo;政府间&rdquo;&nbsp;&amp;&#x56FD;&#22269;</p>', ['“政府间”\u00a0&国国']],
    ['script, style, template, noscript and head skipped', '<head><title>标题</title></head><body><script>x("甲")</script><style>p{}</style><template>乙</template><noscript>丙</noscript><p>丁</p></body>', ['丁']],
    ['hidden elements skipped', '<div hidden>甲</div><p style="color:red; display: none">乙</p><p style="visibility:hidden">丙</p><p>丁</p>', ['丁']],
    ['whitespace collapsed and trimmed; <br> a line break inside the run, as on the page', '<p>\n  a  \n  b <br>  c  <br><br> d</p>', ['a b\nc\n\nd']],
    ['a label is inline, as on the page', '<p><label>重点国际</label>（地区）合作研究项目</p>', ['重点国际（地区）合作研究项目']],
    ['form fields and buttons are not read, and cut the run', '<p>甲<input value="乙"><textarea>丙</textarea>丁<select><option>戊</option></select><button>己</button>庚</p>', ['甲', '丁', '庚']],
    ['elements hidden by the page\'s own style rules are not shown', '<style>.off { display: none }</style><p>甲<span class="off">乙</span>丙</p><p class="off">丁</p>', ['甲丙']],
    ['<pre> keeps its spaces', '<pre>  a   b\n c</pre>', ['  a   b\n c']],
    ['comments are not text', '<p>甲<!-- 乙 -->丙</p>', ['甲丙']],
    ['broken markup is parsed like a browser does', '<p>甲<p>乙<div>丙', ['甲', '乙', '丙']],
    ['nothing visible', '<html><head><title>t</title></head><body> </body></html>', []],
  ])('%s', (_name, html, expected) => {
    expect(htmlBlocks(html)).toEqual(expected);
  });

  it('htmlToText joins blocks with line breaks', () => {
    expect(htmlToText('<p>甲</p><p>乙</p>')).toBe('甲\n乙');
  });
});
