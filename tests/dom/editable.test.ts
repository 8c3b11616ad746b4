/**
 * The one "is the reader editing here?" rule (page/editable.ts) and the walk that follows it
 * (page/dom-rules.ts, page/watch.ts): fields, editing hosts in every spelling the standard
 * allows, inheritance, `false` islands, designMode, shadow trees, and nodes of another realm.
 */
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyElement } from '../../page/dom-rules';
import { focusedElement, isEditable, isInEditable } from '../../page/editable';
import { RunWalker } from '../../page/run-walker';
import { dirtyContainer } from '../../page/watch';

const $ = (id: string) => document.getElementById(id)!;

function runsOf(root: Node): string[] {
  const runs: string[] = [];
  const walker = new RunWalker(root, { run: (r) => runs.push(r.text), shadowRoot: () => {}, frame: () => {} });
  while (walker.step());
  return runs.filter((t) => t.trim() !== '');
}

afterEach(() => {
  document.body.replaceChildren();
  (document as { designMode: string }).designMode = 'off';
});

describe('isEditable', () => {
  it('is true for form fields and what they contain, false for buttons and plain text', () => {
    document.body.innerHTML = `<input id="i"><input id="c" type="checkbox"><textarea id="t">草稿</textarea>
      <select id="s"><option id="o">甲</option></select><button id="b">提交</button><p id="p">正文</p>`;
    for (const id of ['i', 'c', 't', 's', 'o']) expect(isEditable($(id)), id).toBe(true);
    expect(isEditable($('t').firstChild)).toBe(true);
    expect(isEditable($('b'))).toBe(false);
    expect(isEditable($('p'))).toBe(false);
    expect(isEditable($('p').firstChild)).toBe(false);
    expect(isEditable(null)).toBe(false);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['', true],
    ['plaintext-only', true],
    ['false', false],
    ['yes', false], // unknown value: inherits (here: nothing editable above)
  ])('reads contenteditable="%s" as the standard does', (value, editable) => {
    document.body.innerHTML = `<div id="d" contenteditable="${value}"><p id="inner">文字</p></div>`;
    expect(isEditable($('d'))).toBe(editable);
    expect(isEditable($('inner').firstChild)).toBe(editable);
  });

  it('inherits editing down the tree until an element says false, and an unknown value inherits', () => {
    document.body.innerHTML = `<div contenteditable="plaintext-only"><p><b id="deep">深处</b></p>
      <span contenteditable="false"><i id="island">只读</i><em id="again" contenteditable>可编辑</em></span>
      <span id="unknown" contenteditable="inherit">继承</span></div>`;
    expect(isEditable($('deep'))).toBe(true);
    expect(isEditable($('island'))).toBe(false);
    expect(isEditable($('again'))).toBe(true);
    expect(isEditable($('unknown'))).toBe(true);
  });

  it('treats a whole document in designMode as editable', () => {
    document.body.innerHTML = '<p id="p">正文</p>';
    expect(isEditable($('p'))).toBe(false);
    (document as { designMode: string }).designMode = 'on';
    expect(isEditable($('p'))).toBe(true);
    expect(isEditable(document)).toBe(true);
  });

  it('sees through shadow roots to an editing host around them', () => {
    document.body.innerHTML = '<div contenteditable="true"><x-field id="host"></x-field></div><x-plain id="plain"></x-plain>';
    const inside = $('host').attachShadow({ mode: 'open' });
    inside.innerHTML = '<span id="s">影子</span>';
    const plain = $('plain').attachShadow({ mode: 'open' });
    plain.innerHTML = '<input id="f"><span id="t">影子</span>';
    expect(isEditable(inside.getElementById('s'))).toBe(true);
    expect(isEditable(plain.getElementById('f'))).toBe(true);
    expect(isEditable(plain.getElementById('t'))).toBe(false);
  });

  it('works on nodes of another realm: by nodeType, never instanceof', () => {
    // happy-dom shares its classes between windows, so a realm's own constructors are
    // imitated here by plain objects that only have what a foreign node has.
    const foreignDoc = { nodeType: 9, designMode: 'off' };
    const node = (tagName: string, attrs: Record<string, string>, parentNode: object | null) => ({
      nodeType: 1,
      tagName,
      parentNode,
      ownerDocument: foreignDoc,
      getAttribute: (name: string) => attrs[name] ?? null,
    });
    const editor = node('DIV', { contenteditable: 'true' }, foreignDoc);
    const inside = node('P', {}, editor);
    const text = { nodeType: 3, parentNode: inside, ownerDocument: foreignDoc };
    expect(isEditable(text as unknown as Node)).toBe(true);
    expect(isEditable(node('INPUT', {}, foreignDoc) as unknown as Node)).toBe(true);
    expect(isEditable(node('P', {}, foreignDoc) as unknown as Node)).toBe(false);
    // designMode belongs to each document: another window's is its own.
    const other = new Window();
    other.document.body.innerHTML = '<p id="q">正文</p>';
    (other.document as unknown as { designMode: string }).designMode = 'on';
    expect(isEditable(other.document.getElementById('q') as unknown as Node)).toBe(true);
    document.body.innerHTML = '<p id="p">正文</p>';
    expect(isEditable($('p'))).toBe(false);
    other.close();
  });

  it('answers for an event from where it happened, inside shadow trees too', () => {
    document.body.innerHTML = '<x-editor id="host"></x-editor><p id="p">正文</p>';
    const shadow = $('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable><span id="s">草稿</span></div>';
    const seen: boolean[] = [];
    document.addEventListener('keydown', (event) => seen.push(isInEditable(event)), { once: false });
    shadow.getElementById('s')!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    $('p').dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    expect(seen).toEqual([true, false]);
  });

  it('finds the focused element inside open shadow roots', () => {
    document.body.innerHTML = '<x-form id="host"></x-form>';
    const shadow = $('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input id="f">';
    (shadow.getElementById('f') as HTMLInputElement).focus();
    expect(focusedElement(document)).toBe(shadow.getElementById('f'));
    expect(isEditable(focusedElement(document))).toBe(true);
  });
});

describe('the page walk follows the same rule', () => {
  it('skips editing hosts of every spelling, fields, and a designMode document', () => {
    document.body.innerHTML = `<p>可见一</p><div contenteditable="plaintext-only"><p>纯文本编辑</p></div>
      <div contenteditable=""><p>空值编辑</p></div><div contenteditable="yes"><p>可见二</p></div>
      <input value="输入"><select><option>选项</option></select><button>按钮</button><p>可见三</p>`;
    expect(runsOf(document.body)).toEqual(['可见一', '可见二', '可见三']);
    (document as { designMode: string }).designMode = 'on';
    expect(classifyElement(document.documentElement)).toBe('skip');
    expect(runsOf(document)).toEqual([]);
  });

  it('does not rescan a change inside an editing host, however deep', () => {
    document.body.innerHTML = '<div contenteditable="plaintext-only"><p><b id="deep">草稿</b></p></div><p id="p">正文</p>';
    expect(dirtyContainer($('deep').firstChild!)).toMatchObject({ scannable: false });
    expect(dirtyContainer($('p').firstChild!)).toMatchObject({ container: $('p'), scannable: true });
  });
});
