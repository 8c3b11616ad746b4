/**
 * Grant Lens as the content script runs it: the recognizer over the catalogue (with its
 * partners, as shipped), the page engine over the document (walk, inline runs, automaton,
 * `CSS.highlights`), timed until the engine has settled, i.e. every mention is found and
 * painted, time slices included.
 */
import { partnerCatalogueOf } from '../../core/partners';
import { createRecognizer } from '../../core/recognizer';
import type { Recognizer } from '../../core/types';
import { createPageEngine } from '../../page/engine';
import type { CatalogueData } from './data';
import type { Engine } from './engines';
import type { DynamicResult } from './harness';

export const grantLens: Engine = {
  name: 'grant-lens',
  prepare(data) {
    const recognizer = recognizerOf(data);
    return {
      async scan(doc) {
        const engine = createPageEngine({ root: doc, recognizer });
        engine.start();
        await engine.settled();
        return { found: engine.mentions().length, cleanup: () => engine.dispose() };
      },
    };
  },
};

/**
 * A dynamic page: after the first scan, `blocks` paragraphs are appended in one task (as a
 * single-page app renders a list); timed until the engine has settled again.
 */
export async function appendAndWait(data: CatalogueData, doc: Document, blocks: readonly string[]): Promise<DynamicResult> {
  const engine = createPageEngine({ root: doc, recognizer: recognizerOf(data) });
  engine.start();
  await engine.settled();
  const initialFound = engine.mentions().length;
  // Parsed off the page first, so the timed part is appending and the engine's response.
  const template = doc.createElement('template');
  template.innerHTML = blocks.join('');
  const container = doc.querySelector('main') ?? doc.body;
  const start = performance.now();
  container.append(template.content);
  // The MutationObserver callback runs as a microtask; let it queue the rescan first.
  await Promise.resolve();
  await engine.settled();
  const ms = performance.now() - start;
  const foundAfter = engine.mentions().length;
  engine.dispose();
  return { initialFound, ms, foundAfter };
}

function recognizerOf(data: CatalogueData): Recognizer {
  return createRecognizer(data.entries, { partners: data.recognizedPartners && partnerCatalogueOf(data.recognizedPartners) });
}
