/**
 * The card on demand (ui/lazy-card-surface.ts): the card script loads when the pointer rests
 * on a mention or a card is asked for, a card asked for meanwhile appears once it is there
 * (unless hidden first), a failed load is reported and tried again, and nothing loads after
 * dispose.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ShowRequest } from '../../page/hover-controller';
import type { MountedCardSurface } from '../../ui/card-surface';
import { lazyCardSurface } from '../../ui/lazy-card-surface';

interface FakeMention {
  range: AbstractRange;
  name: string;
}

const mention = (name: string): FakeMention => ({ name, range: document.createRange() });
const HOVER: ShowRequest = { reason: 'hover', pinned: false };

function fakeSurface() {
  const shown: string[] = [];
  const surface: MountedCardSurface<FakeMention> = {
    show: (m) => shown.push(m.name),
    hide: () => shown.push('hidden'),
    owns: () => true,
    dispose: vi.fn(),
  };
  return { surface, shown };
}

/** A load the test finishes by hand. */
function deferredLoad() {
  let finish!: (surface: MountedCardSurface<FakeMention>) => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<MountedCardSurface<FakeMention>>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
  );
  return { load, finish: (s: MountedCardSurface<FakeMention>) => finish(s), fail: (e: Error) => fail(e) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyCardSurface', () => {
  it('loads nothing until asked, once when prepared, and shows the card asked for meanwhile', async () => {
    const { load, finish } = deferredLoad();
    const lazy = lazyCardSurface(load, () => {});
    expect(load).not.toHaveBeenCalled();
    expect(lazy.owns(new Event('pointermove'))).toBe(false);
    lazy.prepare!();
    lazy.prepare!();
    lazy.show(mention('first'), HOVER);
    lazy.show(mention('second'), HOVER); // the later request wins
    expect(load).toHaveBeenCalledTimes(1);
    const { surface, shown } = fakeSurface();
    finish(surface);
    await settle();
    expect(lazy.loaded).toBe(true);
    expect(shown).toEqual(['second']);
    lazy.show(mention('third'), HOVER);
    expect(shown).toEqual(['second', 'third']);
    expect(lazy.owns(new Event('pointermove'))).toBe(true);
  });

  it('shows nothing when the card was hidden before the script arrived', async () => {
    const { load, finish } = deferredLoad();
    const lazy = lazyCardSurface(load, () => {});
    lazy.show(mention('glance'), HOVER);
    lazy.hide();
    const { surface, shown } = fakeSurface();
    finish(surface);
    await settle();
    expect(shown).toEqual([]);
  });

  it('reports a failed load and tries again on the next card', async () => {
    const problems: unknown[] = [];
    const first = deferredLoad();
    const lazy = lazyCardSurface(first.load, (error) => problems.push(error));
    lazy.show(mention('a'), HOVER);
    first.fail(new Error('no permission for this frame'));
    await settle();
    expect(problems).toHaveLength(1);
    expect(lazy.loaded).toBe(false);
    lazy.show(mention('b'), HOVER);
    expect(first.load).toHaveBeenCalledTimes(2);
  });

  it('disposes a surface that arrives after dispose, and loads nothing more', async () => {
    const { load, finish } = deferredLoad();
    const lazy = lazyCardSurface(load, () => {});
    lazy.prepare!();
    lazy.dispose();
    const { surface, shown } = fakeSurface();
    finish(surface);
    await settle();
    expect(surface.dispose).toHaveBeenCalled();
    expect(shown).toEqual([]);
    lazy.show(mention('late'), HOVER);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
