import { describe, expect, it } from 'vitest';
import { buildTradTable, catalogueTexts, renderTradTable } from '../../scripts/gen/trad-table';

describe('scripts/gen/trad-table: traditional → simplified for the catalogue characters', () => {
  const { table, traditional } = buildTradTable([
    { entryId: 'most-intergov', text: '政府间国际科技创新合作重点专项' },
    { entryId: 'nsfc-key', text: '重点国际（地区）合作研究项目' },
  ]);

  it('maps traditional (generic, Taiwan, Hong Kong) forms onto the characters the names use', () => {
    expect(table).toMatchObject({ 間: '间', 國: '国', 際: '际', 創: '创', 專: '专', 項: '项', 區: '区', 點: '点' });
  });

  it('holds only characters whose simplified form the names use', () => {
    expect(table).not.toHaveProperty('學');
    for (const simplified of Object.values(table)) {
      expect('政府间国际科技创新合作重点专项（地区）研究项目').toContain(simplified);
    }
  });

  it('finds no traditional script in simplified names', () => {
    expect(traditional).toEqual([]);
  });

  it('reports a catalogue name written in traditional script', () => {
    const result = buildTradTable([
      { entryId: 'most-intergov', text: '政府间国际科技创新合作' },
      { entryId: 'x', text: '政府間國際' },
    ]);
    expect(result.traditional).toEqual([{ entryId: 'x', text: '政府間國際', chars: ['間', '國', '際'] }]);
  });

  it('reads names and aliases leniently from the catalogue file', () => {
    expect(
      catalogueTexts({ entries: [{ id: 'a', name: { zh: '甲' }, aliases: [{ text: '乙' }, { text: 3 }] }, { id: 'b' }] }),
    ).toEqual([
      { entryId: 'a', text: '甲' },
      { entryId: 'a', text: '乙' },
    ]);
    expect(() => catalogueTexts({})).toThrow(/no "entries" array/);
  });

  it('renders a sorted TypeScript module', () => {
    expect(renderTradTable({ 國: '国', 間: '间' })).toContain('export const TRAD_TO_SIMP');
    expect(renderTradTable({ 間: '间', 國: '国' })).toBe(renderTradTable({ 國: '国', 間: '间' }));
  });
});
