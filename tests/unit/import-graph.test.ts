/**
 * The layers, one way (the brief; README "Architecture"): core ← page, services ← views ←
 * entrypoints. This reads the whole source tree's imports and fails on any edge that goes the
 * wrong way, and on browser APIs used outside services/ and entrypoints/. The rules are tested
 * on small synthetic graphs first, so a rule that could never fail would show here.
 */
import { describe, expect, it } from 'vitest';
import {
  browserLanguageReads,
  checkImportGraph,
  globalUses,
  importsOf,
  parse,
  readImportGraph,
  sourceFiles,
  wxtGlobals,
  type Edge,
} from './source-graph';

/** A synthetic edge; `to` is a repository file when it starts with a source directory, else a package. */
const edge = (from: string, to: string, typeOnly = false): Edge => ({
  from,
  to,
  external: !/^(core|data|page|services|components|ui|entrypoints|scripts|bench)\//.test(to),
  typeOnly,
});

describe('the rules, on synthetic graphs', () => {
  it('a graph that keeps every rule has no problem', () => {
    expect(
      checkImportGraph([
        edge('core/settings.ts', 'core/i18n'),
        edge('core/schema.ts', 'valibot'),
        edge('core/bundled-catalogue.ts', 'data/programs.json'),
        edge('core/recognizer.ts', 'core/generated/trad-to-simp'),
        edge('page/engine.ts', 'core/settings', true),
        edge('page/hover-position.ts', '@floating-ui/dom'),
        edge('services/settings.ts', 'wxt/browser'),
        edge('services/settings.ts', 'core/settings'),
        edge('components/SiteControls.tsx', 'services/settings', true),
        edge('components/SiteControls.tsx', 'preact/hooks'),
        edge('ui/page-highlighter.ts', 'page/reveal'),
        edge('entrypoints/popup/main.tsx', 'services/page-channel'),
        edge('entrypoints/popup/main.tsx', 'components/PopupApp'),
        edge('entrypoints/highlighter.content.ts', 'wxt/utils/define-content-script'),
        edge('scripts/recognize.ts', 'page/dom-rules'),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['core importing a view', edge('core/search.ts', 'components/labels'), 'core/ imports only core/ and data/'],
    ['core importing the page engine, even its types', edge('core/settings.ts', 'page/highlight', true), 'core/ imports only core/ and data/'],
    ['core importing a service', edge('core/messages.ts', 'services/settings'), 'core/ imports only core/ and data/'],
    ['core importing a UI library', edge('core/i18n.ts', 'preact'), 'core/ is pure'],
    ['core importing the browser', edge('core/settings.ts', 'wxt/browser'), 'browser APIs belong in services/'],
    ['page importing a view', edge('page/engine.ts', 'ui/hover-cards'), 'page/ (the DOM engine) knows nothing of views'],
    ['page importing a service', edge('page/engine.ts', 'services/settings', true), 'page/ (the DOM engine) knows nothing of services'],
    ['page importing an entrypoint', edge('page/engine.ts', 'entrypoints/background'), 'nothing imports entrypoints/'],
    ['page calling the browser', edge('page/watch.ts', '#imports'), 'browser APIs belong in services/'],
    ['a view importing a service to run it', edge('components/OnThisPage.tsx', 'services/page-channel'), 'import their interfaces with `import type`'],
    ['ui importing a service to run it', edge('ui/hover-cards.ts', 'services/settings'), 'import their interfaces with `import type`'],
    ['a view calling the browser', edge('components/OnThisPage.tsx', 'wxt/browser'), 'browser APIs belong in services/'],
    ['ui using a WXT utility', edge('ui/card-surface.tsx', 'wxt/utils/content-script-ui/shadow-root'), 'browser APIs belong in services/'],
    ['a view importing an entrypoint', edge('components/SiteControls.tsx', 'entrypoints/shared/sites'), 'nothing imports entrypoints/'],
    ['ui importing an entrypoint, even for types', edge('ui/hover-cards.ts', 'entrypoints/background', true), 'nothing imports entrypoints/'],
    ['a service importing a view', edge('services/settings.ts', 'components/use-settings'), 'services/ are below the views'],
    ['a service importing an entrypoint', edge('services/user-sites.ts', 'entrypoints/background'), 'nothing imports entrypoints/'],
    ['an entrypoint importing another', edge('entrypoints/popup/main.tsx', 'entrypoints/options/main'), 'nothing imports entrypoints/'],
    ['a tool importing an entrypoint', edge('scripts/recognize.ts', 'entrypoints/highlighter.content'), 'nothing imports entrypoints/'],
  ])('fails on %s', (_, broken, rule) => {
    const problems = checkImportGraph([edge('core/settings.ts', 'core/i18n'), broken]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(rule);
  });
});

describe('reading imports', () => {
  it('sees static, multi-line, type-only, re-exported, side-effect and dynamic imports, resolved from the file', () => {
    const source = parse(
      'components/x/Example.tsx',
      `import { a,
         b } from '../../core/settings';
       import type { SettingsService } from '../../services/settings';
       import { type PageChannel } from '../../services/page-channel';
       export { c } from '../../core/routes';
       export type { D } from '../../core/messages';
       import './example.css';
       import css from '../Card.css?inline';
       const later = () => import('../../page/engine');`,
    );
    expect(importsOf('components/x/Example.tsx', source)).toEqual([
      edge('components/x/Example.tsx', 'core/settings'),
      edge('components/x/Example.tsx', 'services/settings', true),
      // Not type-only: with verbatimModuleSyntax this still loads the module.
      edge('components/x/Example.tsx', 'services/page-channel'),
      edge('components/x/Example.tsx', 'core/routes'),
      edge('components/x/Example.tsx', 'core/messages', true),
      edge('components/x/Example.tsx', 'components/x/example.css'),
      edge('components/x/Example.tsx', 'components/Card.css'),
      edge('components/x/Example.tsx', 'page/engine'),
    ]);
  });

  it('finds a WXT global used without an import, and not a member or a local of that name', () => {
    const used = parse('ui/x.ts', `export function f() { return browser.tabs.query({}); }`);
    expect(globalUses('ui/x.ts', ['browser'], used)).toEqual([{ file: 'ui/x.ts', name: 'browser' }]);
    const innocent = parse(
      'ui/y.ts',
      `interface A { browser: string }
       const o = { browser: 1 };
       export function g(x: { browser: number }) { return x.browser + o.browser; }`,
    );
    expect(globalUses('ui/y.ts', ['browser'], innocent)).toEqual([]);
    const imported = parse('services/z.ts', `import { browser } from 'wxt/browser'; browser.tabs.query({});`);
    expect(globalUses('services/z.ts', ['browser'], imported)).toEqual([]);
  });

  it('finds where the browser language is read', () => {
    const source = parse('x.ts', `const a = navigator.language; const b = browser.i18n.getUILanguage(); const c = navigator.languages[0];`);
    expect(browserLanguageReads('x.ts', source)).toEqual(['navigator.language', 'i18n.getUILanguage', 'navigator.languages']);
  });
});

// Parsing every source file takes seconds on a loaded 2-core machine (the default is 5 s).
describe('the source tree', { timeout: 30_000 }, () => {
  const files = sourceFiles();

  it('is read (a guard against a graph that is silently empty)', () => {
    expect(files).toContain('services/settings.ts');
    expect(files).toContain('components/options/OptionsApp.tsx');
    expect(readImportGraph(files).length).toBeGreaterThan(200);
  });

  it('keeps every layer rule', () => {
    expect(checkImportGraph(readImportGraph(files))).toEqual([]);
  });

  it('uses no auto-imported WXT global (browser, storage, …) outside services/ and entrypoints/', () => {
    const globals = wxtGlobals();
    expect(globals).toContain('browser');
    const outside = files.filter((file) => !file.startsWith('services/') && !file.startsWith('entrypoints/'));
    expect(outside.flatMap((file) => globalUses(file, globals))).toEqual([]);
  });

  it('keeps the card out of the content script: only the card script (entrypoints/card.ts) reaches it', () => {
    // Issue 12, «the card on demand»: Preact, floating-ui, the card's views and the texts they
    // show load on the first card. A value import from the content script's side would bundle
    // them into every page's start-up again; a type import is erased.
    const edges = readImportGraph(files);
    const reached = valueReachable(edges, 'entrypoints/highlighter.content');
    const cardCode = [...reached].filter(
      (module) =>
        module.startsWith('components/') ||
        [
          'ui/card-surface',
          'ui/card-module',
          'ui/card-content',
          'preact',
          '@floating-ui/dom',
          'core/bundled-sources',
          // A grant number's reading in words (bilingual rules, NSFC departments): the card's.
          'core/grant-number-texts',
          // The card's host (WXT's shadow-root UI and its helpers): opened by the card script.
          'services/card-host',
          'wxt/utils/content-script-ui/shadow-root',
        ].includes(module),
    );
    expect(cardCode).toEqual([]);
    // The walk itself works: the card script reaches the card.
    const card = valueReachable(edges, 'entrypoints/card');
    expect(card).toContain('ui/card-surface');
    expect(card).toContain('core/grant-number-texts');
    expect(card).toContain('services/card-host');
    expect(card).toContain('preact');
    expect(reached).toContain('page/engine');
  });

  it('keeps the recognizer’s builders out of the content script: it runs the recognition compiled at build time', () => {
    // Issue 12, «Start-up built ahead»: the content script unpacks core/generated/recognition.ts
    // (core/bundled-recognizer.ts) and runs it; the passes' builders, their formulas, the
    // catalogue's words and the traditional table it was compiled from stay in the build. (The
    // builders that share a module with run-time code, LexiconBuilder and compileRules in
    // core/composer.ts, buildAutomaton in core/matcher.ts, buildFoldTable in core/fold.ts, are left
    // out of the bundle by tree shaking; docs/architecture.md says how that was checked.)
    const reached = valueReachable(readImportGraph(files), 'entrypoints/highlighter.content');
    const builders = [
      'core/recognizer',
      'core/patterns',
      'core/partner-calls',
      'core/english-names',
      'core/call-formulas',
      'core/english-formulas',
      'core/default-fold',
      'core/generated/trad-to-simp',
      'core/generated/recognizer-entries',
      'core/generated/partner-words',
    ];
    expect(builders.filter((module) => reached.has(module))).toEqual([]);
    // The walk itself works: the content script reaches the compiled recognition and its runner,
    // and the command line (scripts/recognize.ts) still compiles at run time.
    expect(reached).toContain('core/generated/recognition');
    expect(reached).toContain('core/compiled-recognizer');
    expect(valueReachable(readImportGraph(files), 'scripts/recognize')).toContain('core/partner-calls');
  });

  it('keeps valibot out of the content script: its messages and settings are read by hand-written checks', () => {
    // Issue 12: valibot was 1.9 KB gzip of every page's start-up (core/shape-checks.ts). It stays
    // for the data files' validation (core/schema.ts, core/catalogue.ts, …), which the content
    // script must not reach by a value import: not for an id pattern (core/entry-id.ts), not for
    // an entry's written forms (core/written-forms.ts).
    const edges = readImportGraph(files);
    const reached = valueReachable(edges, 'entrypoints/highlighter.content');
    const valibotUsers = edges
      .filter((edge) => edge.to === 'valibot' && !edge.typeOnly && reached.has(edge.from.replace(/\.tsx?$/, '')))
      .map((edge) => edge.from);
    expect(valibotUsers).toEqual([]);
    expect(reached).not.toContain('valibot');
    // The walk itself works: the content script reads messages and settings, and the catalogue's
    // validation still reaches valibot.
    expect(reached).toContain('core/messages');
    expect(reached).toContain('core/settings');
    expect(valueReachable(edges, 'core/bundled-catalogue')).toContain('valibot');
  });

  it('has no entrypoints/shared/: what the views share are services, built in each main.tsx', () => {
    expect(files.filter((file) => file.startsWith('entrypoints/shared/'))).toEqual([]);
  });

  it('reads the browser language in one place, one way (services/ui-language.ts)', () => {
    // Bug: "auto" was resolved with navigator.language in the pages and i18n.getUILanguage()
    // in the background, so the popup and the context menu could disagree.
    const reads = files.flatMap((file) => browserLanguageReads(file).map((read) => `${file}: ${read}`));
    expect(reads).toEqual(['services/ui-language.ts: i18n.getUILanguage']);
  });
});

/** Modules (as written, without extension; packages by name) a file reaches through value imports. */
function valueReachable(edges: Edge[], start: string): Set<string> {
  const withoutExtension = (file: string) => file.replace(/\.(tsx?|css|json)$/, '');
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.typeOnly) continue;
    const from = withoutExtension(edge.from);
    next.set(from, [...(next.get(from) ?? []), withoutExtension(edge.to.replace(/\?.*$/, ''))]);
  }
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const module = queue.pop()!;
    for (const to of next.get(module) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}
