/**
 * Copies a programme's name to the clipboard and says so where everyone can see and hear it
 * (a polite live region), because a silent copy leaves the user guessing. The clipboard is the
 * one the entrypoint provides (ClipboardContext: services/clipboard.ts, which also copies on
 * http:// pages and in frames); the button never touches the browser's clipboard itself.
 */
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ClipboardContext } from './clipboard-context';
import { pick, type Lang } from '../core/i18n';

const T = {
  copy: { zh: '复制名称', en: 'Copy name' },
  copied: { zh: '已复制：', en: 'Copied: ' },
  failed: { zh: '无法复制，请手动选择名称', en: 'Could not copy; select the name by hand' },
};

/** How long the confirmation stays visible. */
const CONFIRMATION_MS = 2500;

type Status = 'idle' | 'copied' | 'failed';

export interface CopyNameButtonProps {
  text: string;
  lang: Lang;
  /** The button's label, when it copies something other than a name (AcknowledgementButton). */
  label?: { zh: string; en: string };
  /** What to say before the copied text, when "Copied: " needs more (where the text comes from). */
  copied?: { zh: string; en: string };
  /** What to say when the copy fails, when "select the name by hand" is not the way out. */
  failed?: { zh: string; en: string };
}

export function CopyNameButton({ text, lang, label = T.copy, copied = T.copied, failed = T.failed }: CopyNameButtonProps) {
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const clipboard = useContext(ClipboardContext);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      if (!clipboard) throw new Error('No clipboard was provided');
      await clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    timer.current = setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
  }

  return (
    <span class="gl-copy">
      <button type="button" class="gl-button" onClick={copy}>
        {pick(label, lang)}
      </button>
      <span class={`gl-copy-status gl-copy-${status}`} role="status" aria-live="polite">
        {status === 'copied' && `${pick(copied, lang)}${text}`}
        {status === 'failed' && pick(failed, lang)}
      </span>
    </span>
  );
}
