/**
 * The sentence a mention stands in, read from the page as the engine reads it: the block
 * around the mention is walked into runs again (run-walker.ts, the same rules as the scan:
 * hidden text, scripts and form fields left out), the run holding the mention is found, and
 * core/sentence.ts cuts its sentence. Done on request (the popup's answer), for one mention
 * per group, so scanning keeps no text beyond what it already keeps.
 */
import { sentenceAround } from '../core/sentence';
import type { PageMention } from './registry';
import { RunWalker } from './run-walker';
import type { TextRun } from './text-run';
import { dirtyContainer } from './watch';

/** The mention's sentence, at most `max` characters; its own text when the page changed under it. */
export function mentionSentence(mention: PageMention, max: number): string {
  const { startContainer, startOffset, endContainer, endOffset } = mention.range;
  const run = runHolding(startContainer);
  if (run) {
    const first = run.nodes.indexOf(startContainer as Text);
    const last = run.nodes.indexOf(endContainer as Text, first);
    if (first >= 0 && last >= 0) {
      return sentenceAround(run.text, run.starts[first] + startOffset, run.starts[last] + endOffset, max);
    }
  }
  return sentenceAround(mention.text, 0, mention.text.length, max);
}

/** The run, in the block around `node`, that holds it. */
function runHolding(node: Node): TextRun | null {
  const around = dirtyContainer(node);
  if (!around?.scannable) return null;
  let found: TextRun | null = null;
  const walker = new RunWalker(around.container, {
    run: (run) => {
      if (!found && run.nodes.includes(node as Text)) found = run;
    },
    shadowRoot: () => {},
    frame: () => {},
  });
  while (!found && walker.step());
  return found;
}
