/**
 * Profiles one Grant Lens scan of a generated page in Chromium (CDP sampling profiler) and
 * prints the functions with the most self time. A development tool beside `npm run bench`:
 * `npx tsx bench/profile-scan.ts [textBytes]`.
 */
import partnersFile from '../data/partners.json';
import { bundledCatalogue } from '../core/bundled-catalogue';
import type { PartnersFile } from '../core/partner-schema';
import { buildPinyinIndex } from '../scripts/gen/search-index';
import type { CatalogueData } from './browser/data';
import { startSession } from './browser-session';
import { bundleHarness } from './bundle';
import { catalogueForms } from './catalogue-forms';
import { generatePage, pageDocument } from './page-generator';

const textBytes = Number(process.argv[2] ?? 1_000_000);
const entries = [...bundledCatalogue.entries];
const data: CatalogueData = {
  label: 'real',
  entries,
  recognizedPartners: partnersFile as PartnersFile,
  forms: catalogueForms(entries),
  pinyin: buildPinyinIndex(entries),
};
const session = await startSession(await bundleHarness());
try {
  const page = generatePage({ textBytes, forms: data.forms, seed: 102 });
  session.server.routes.set('/pages/p.html', pageDocument(page.bodyHtml, 'profile', ['/bench/harness.js']));
  session.server.routes.set('/catalogue/real.json', JSON.stringify(data));
  await session.open('/pages/p.html');
  const cdp = await session.page.context().newCDPSession(session.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // Warm run, then the profiled one on a fresh load.
  await session.page.evaluate(() => window.bench!.scan({ engine: 'grant-lens', catalogue: 'real' }));
  await session.open('/pages/p.html');
  type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] };
  const finished = new Promise<Profile>((done) => cdp.once('Profiler.consoleProfileFinished', (event) => done(event.profile as Profile)));
  const result = await session.page.evaluate(() => window.bench!.scan({ engine: 'grant-lens', catalogue: 'real', profile: true }));
  const profile = await finished;
  console.log(`scan ${result.scanMs.toFixed(1)} ms, prepare ${result.prepareMs.toFixed(1)} ms, found ${result.found}`);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [key, msSelf] of top) console.log(`${msSelf.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await session.close();
}
