/**
 * docs/domain.md and the source registry agree: the page cites documents by their registry keys,
 * and its «Sources» list is exactly the documents the programmes cite, each under the title the
 * registry gives it (issue 14).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledSources } from '../../core/bundled-sources';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/domain.md'), 'utf8');
const [prose, sourcesSection] = doc.split(/^## Sources$/m) as [string, string];

/** Keys cited in square brackets, "[a, b]", not Markdown links "[text](…)". */
const cited = [...prose.matchAll(/\[([a-z0-9][a-z0-9.-]*(?:, [a-z0-9][a-z0-9.-]*)*)\](?!\()/g)].flatMap((m) =>
  m[1]!.split(', '),
);
/** The «Sources» list: "- **[key]** title — …". */
const listed = [...sourcesSection.matchAll(/^- \*\*\[([a-z0-9][a-z0-9.-]*)\]\*\* (.*)$/gm)].map((m) => ({
  key: m[1]!,
  line: m[2]!,
}));

describe('docs/domain.md against the source registry', () => {
  it('has a «Sources» list and cites documents by key', () => {
    expect(sourcesSection).toBeDefined();
    expect(listed.length).toBeGreaterThan(50);
    expect(cited.length).toBeGreaterThan(50);
  });

  it('cites only documents its «Sources» list has', () => {
    const keys = new Set(listed.map((source) => source.key));
    expect([...new Set(cited)].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('lists exactly the documents the programmes cite, once each', () => {
    const ofProgrammes = new Set(bundledCatalogue.entries.flatMap((entry) => entry.sourceKeys));
    expect(listed.map((source) => source.key).sort()).toEqual([...ofProgrammes].sort());
  });

  it('gives each document the title, date and address the registry gives it', () => {
    for (const { key, line } of listed) {
      const record = bundledSources.byKey(key)!;
      expect(line.startsWith(`${record.title} `) || line.startsWith(`${record.title}*`), key).toBe(true);
      expect(line, key).toContain(record.date ?? 'undated');
      if (record.url) expect(line, key).toContain(`<${record.url}>`);
      else expect(line, key).not.toMatch(/<https?:/);
    }
  });
});
