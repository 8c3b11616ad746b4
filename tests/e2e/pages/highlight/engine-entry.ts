/**
 * The page engine on its own, bundled into a test page (tests/e2e/highlight-engine.test.ts):
 * lets Chromium tests call the engine API directly (hit-testing, navigation, timings), which
 * the content script keeps in its isolated world.
 */
import { createBundledRecognizer } from '../../../../core/bundled-recognizer';
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
    recognizer: createBundledRecognizer(),
    ...options,
  });
  window.grantLensEngine = engine;
  engine.start();
  await engine.settled();
};
