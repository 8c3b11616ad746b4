/**
 * The clipboard service (services/clipboard.ts): the asynchronous API where it is there and
 * allowed, else the selection-based copy inside the given root, which puts the page's
 * selection and focus back and leaves no node behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyBySelection, createClipboard } from '../../services/clipboard';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(window, 'isSecureContext');
});

/** document.execCommand as the browser has it: copies the selected text of the focused textarea. */
function fakeExecCommand(result = true) {
  const copied: string[] = [];
  const execCommand = vi.fn((command: string) => {
    const active = document.activeElement;
    const root = (document.querySelector('#host')?.shadowRoot?.activeElement ?? active) as HTMLTextAreaElement | null;
    if (command === 'copy' && root instanceof HTMLTextAreaElement) {
      copied.push(root.value.slice(root.selectionStart, root.selectionEnd));
    }
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { copied, execCommand };
}

describe('the clipboard service', () => {
  it('writes through navigator.clipboard where the context is secure', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { execCommand } = fakeExecCommand();
    await createClipboard({ fallbackRoot: () => document.body }).writeText('重点国际（地区）合作研究项目');
    expect(writeText).toHaveBeenCalledWith('重点国际（地区）合作研究项目');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('copies by selection on an http page (no secure context, no navigator.clipboard)', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { copied } = fakeExecCommand();
    const host = document.createElement('div');
    host.id = 'host';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const layer = document.createElement('div');
    shadow.append(layer);
    await createClipboard({ fallbackRoot: () => layer }).writeText('Copy me');
    expect(writeText).not.toHaveBeenCalled();
    expect(copied).toEqual(['Copy me']);
    expect(layer.childNodes).toHaveLength(0); // the textarea is gone
  });

  it('falls back when navigator.clipboard refuses (a frame without clipboard-write)', async () => {
    const writeText = vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { copied } = fakeExecCommand();
    await createClipboard({ fallbackRoot: () => document.body }).writeText('line 1\nline 2');
    expect(writeText).toHaveBeenCalled();
    expect(copied).toEqual(['line 1\nline 2']);
  });

  it('rejects when neither way copies, or there is nowhere to put the textarea', async () => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    fakeExecCommand(false);
    await expect(createClipboard({ fallbackRoot: () => document.body }).writeText('x')).rejects.toThrow();
    fakeExecCommand(true);
    await expect(createClipboard({ fallbackRoot: () => null }).writeText('x')).rejects.toThrow();
  });
});

describe('the selection-based copy', () => {
  it('gives the page its selection and focus back', () => {
    fakeExecCommand();
    document.body.innerHTML = '<p id="text">申请人须具有高级职称。</p><input id="field" value="typed">';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#text')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const field = document.querySelector<HTMLInputElement>('#field')!;
    field.focus();
    const root = document.createElement('div');
    document.body.append(root);

    expect(copyBySelection('Copy me', root, document)).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(getSelection()!.toString()).toBe('申请人须具有高级职称。');
    expect(root.childNodes).toHaveLength(0);
  });

  it('says false when the browser refuses to copy', () => {
    fakeExecCommand(false);
    expect(copyBySelection('x', document.body, document)).toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
