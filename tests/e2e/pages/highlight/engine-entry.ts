/**
 * The page engine on its own, bundled into a test page (tests/e2e/highlight-engine.test.ts):
 * lets Chromium tests call the engine API directly (hit-testing, navigation, timings), which
 * the content script keeps in its isolated world.
 */
import { bundledCatalogue } from '../../../../core/bundled-catalogue';
import { createRecognizer } from '../../../../core/recognizer';
import { createPageEngine, type PageEngine } from '../../../../page/engine';

declare global {
  interface Window {
    grantLensEngine?: PageEngine;
    startGrantLensEngine(options?: { paintNearViewportOnly?: boolean }): Promise<void>;
  }
}

window.startGrantLensEngine = async (options = {}) => {
  const engine = createPageEngine({
    root: document,
    recognizer: createRecognizer(bundledCatalogue.entries),
    ...options,
  });
  window.grantLensEngine = engine;
  engine.start();
  await engine.settled();
};
