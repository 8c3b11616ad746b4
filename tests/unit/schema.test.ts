import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EntrySchema } from '../../core/schema';

describe('EntrySchema', () => {
  it('rejects an entry without an English summary', () => {
    const result = v.safeParse(EntrySchema, {
      id: 'x', kind: 'programme', parent: null, funder: 'NSFC',
      name: { zh: '项目', en: [{ text: 'Programme', status: 'official' }] },
      aliases: [], summary: { zh: '资助', en: '' },
      sourceKeys: ['guide-2015'],
    });
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues![0])).toBe('summary.en');
  });
});
