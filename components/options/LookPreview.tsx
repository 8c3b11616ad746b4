/**
 * The preview beside the highlight choice: a programme name, plain and inside a link, marked
 * on a light page and on a dark page. The marks are the very declarations the content script
 * puts into its `::highlight()` rules (core/highlight-palette.ts highlightDeclarations, with
 * the palette chosen from each sample page's background), so the preview is what pages show,
 * whatever the system's colour scheme.
 */
import { highlightDeclarations, paletteFor, cssColor, type Rgb } from '../../core/highlight-palette';
import { pick, type Lang } from '../../core/i18n';
import type { HighlightLook } from '../../core/settings';
import { T } from './strings';

interface SamplePage {
  key: 'light' | 'dark';
  background: Rgb;
  text: Rgb;
  link: Rgb;
}

/** Two typical pages: a white government notice and a dark-themed site. */
const SAMPLE_PAGES: readonly SamplePage[] = [
  { key: 'light', background: { r: 255, g: 255, b: 255 }, text: { r: 31, g: 35, b: 40 }, link: { r: 6, g: 69, b: 173 } },
  { key: 'dark', background: { r: 22, g: 25, b: 30 }, text: { r: 230, g: 233, b: 238 }, link: { r: 138, g: 180, b: 248 } },
];

export function LookPreview({ look, lang }: { look: HighlightLook; lang: Lang }) {
  return (
    <div class="samples">
      {SAMPLE_PAGES.map((page) => {
        const mark = highlightDeclarations(look, paletteFor([page.background])).mention;
        return (
          <div
            key={page.key}
            class={`sample sample-${page.key}`}
            data-testid={`sample-${page.key}`}
            style={`background-color: ${cssColor(page.background)}; color: ${cssColor(page.text)}`}
          >
            <p class="sample-caption">{pick(page.key === 'light' ? T.sampleLight : T.sampleDark, lang)}</p>
            <p>
              {pick(T.sample, lang)}{' '}
              <span class={`sample-mark sample-${look}`} style={mark}>
                {pick(T.sampleName, lang)}
              </span>
            </p>
            <p>
              {pick(T.sampleInLink, lang)}{' '}
              <span class="sample-link" style={`color: ${cssColor(page.link)}`}>
                <span class={`sample-mark sample-${look}`} style={mark}>
                  {pick(T.sampleName, lang)}
                </span>
              </span>
            </p>
          </div>
        );
      })}
    </div>
  );
}
