/**
 * Which side of a name the card takes and how much room it has there (page/hover-position.ts,
 * issue 14). The geometry in a real browser is tests/e2e/card.test.ts; this pins the rule.
 */
import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, VIEWPORT_PADDING_PX, chooseSide, roomAround } from '../../page/hover-position';

const EDGES = CARD_GAP_PX + VIEWPORT_PADDING_PX;

describe('the side of the card', () => {
  it('measures the room below and above, gap and edge padding taken off', () => {
    expect(roomAround({ top: 100, bottom: 120 }, 600)).toEqual({ below: 600 - 120 - EDGES, above: 100 - EDGES });
    // A name at the very top has no room above, never a negative one.
    expect(roomAround({ top: 2, bottom: 20 }, 600).above).toBe(0);
  });

  it('goes below when the whole card fits there', () => {
    expect(chooseSide({ top: 100, bottom: 120 }, 400, 600)).toBe('bottom');
  });

  it('goes above when it fits only there', () => {
    expect(chooseSide({ top: 500, bottom: 520 }, 400, 600)).toBe('top');
  });

  it('takes the side with more room when it fits on neither (and is capped to it)', () => {
    // 1024×600, a 405 px card: a name in the middle has under 300 px either way.
    expect(chooseSide({ top: 320, bottom: 340 }, 405, 600)).toBe('top');
    expect(chooseSide({ top: 250, bottom: 270 }, 405, 600)).toBe('bottom');
  });

  it('prefers below on a tie and for a card that fits exactly', () => {
    expect(chooseSide({ top: 290, bottom: 310 }, 500, 600)).toBe('bottom');
    const exact = 600 - 120 - EDGES;
    expect(chooseSide({ top: 100, bottom: 120 }, exact, 600)).toBe('bottom');
    expect(chooseSide({ top: 100, bottom: 120 }, exact + 1, 600)).toBe('bottom'); // still more room below
  });
});
