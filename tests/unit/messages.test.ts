import { describe, expect, it } from 'vitest';
import {
  MAX_GROUP_IDS,
  MENTION_TEXT_MAX,
  NAV_COMMANDS,
  SENTENCE_MAX,
  parseDoneAnswer,
  parseMentionsAnswer,
  parseMessage,
} from '../../core/messages';

describe('parseMessage: one type for every message, parsed on receipt', () => {
  it.each([
    { type: 'grant-lens:get-mentions' },
    { type: 'grant-lens:reveal', group: { ids: ['nsfc-key'], partners: [] } },
    { type: 'grant-lens:reveal', group: { ids: ['nsfc-rfis', 'nsfc-rfis-young'], partners: [] } },
    { type: 'grant-lens:reveal', group: { ids: [], partners: ['dfg'] } },
    { type: 'grant-lens:navigate', direction: 'next' },
    { type: 'grant-lens:navigate', direction: 'previous' },
    { type: 'grant-lens:mentions-changed', total: 4, distinct: 2 },
    { type: 'grant-lens:mentions-changed', total: 0, distinct: 0 },
    { type: 'grant-lens:open-entry', id: 'most-igstc' },
    { type: 'grant-lens:open-partner', id: 'dfg' },
    { type: 'grant-lens:load-card' },
    { type: 'grant-lens:reveal', group: { ids: Array.from({ length: MAX_GROUP_IDS }, () => 'nsfc-key'), partners: ['dfg'] } },
    { type: 'grant-lens:update-settings', change: { kind: 'look', look: 'background' } },
  ])('accepts %j', (message) => expect(parseMessage(structuredClone(message))).toEqual(message));

  it.each([
    ['not an object', 'grant-lens:get-mentions'],
    ['null', null],
    ['an unknown type with our prefix', { type: 'grant-lens:erase' }],
    ['someone else', { type: 'something-else' }],
    // Before: only the `grant-lens:` prefix was checked, so a reveal's id reached the engine unread.
    ['a reveal without a group', { type: 'grant-lens:reveal' }],
    ['a reveal of an empty group', { type: 'grant-lens:reveal', group: { ids: [], partners: [] } }],
    ['a reveal with an id that is not an entry id', { type: 'grant-lens:reveal', group: { ids: ['../popup.html'], partners: [] } }],
    ['a reveal with a partner id that is not one', { type: 'grant-lens:reveal', group: { ids: [], partners: ['x#/y'] } }],
    ['the old reveal by one id', { type: 'grant-lens:reveal', id: 'nsfc-key' }],
    ['an open-entry smuggling an address', { type: 'grant-lens:open-entry', id: 'x#/y' }],
    ['an open-entry with a number', { type: 'grant-lens:open-entry', id: 7 }],
    ['a direction that is not one', { type: 'grant-lens:navigate', direction: 'up' }],
    ['counts that are not counts', { type: 'grant-lens:mentions-changed', total: 1.5, distinct: 1 }],
    ['negative counts', { type: 'grant-lens:mentions-changed', total: 1, distinct: -1 }],
    ['a reveal of too many candidates', { type: 'grant-lens:reveal', group: { ids: Array.from({ length: MAX_GROUP_IDS + 1 }, () => 'nsfc-key'), partners: [] } }],
    ['a reveal whose ids are not a list', { type: 'grant-lens:reveal', group: { ids: 'nsfc-key', partners: [] } }],
    ['a navigate without a direction', { type: 'grant-lens:navigate' }],
    ['counts as text', { type: 'grant-lens:mentions-changed', total: '4', distinct: 2 }],
    ['a count missing', { type: 'grant-lens:mentions-changed', total: 4 }],
    ['a count that is not a number', { type: 'grant-lens:mentions-changed', total: Number.NaN, distinct: 0 }],
    ['an open-partner smuggling an address', { type: 'grant-lens:open-partner', id: '../popup.html' }],
    ['a settings change that is not one', { type: 'grant-lens:update-settings', change: { kind: 'look', look: 'wavy' } }],
    ['a settings change with an extra field', { type: 'grant-lens:update-settings', change: { kind: 'look', look: 'background', extra: 1 } }],
    ['a settings change of an unknown kind', { type: 'grant-lens:update-settings', change: { kind: 'erase-everything' } }],
  ])('refuses %s', (_, message) => expect(parseMessage(message)).toBeNull());

  it('keeps a message’s own fields only: anything else is left behind', () => {
    expect(parseMessage({ type: 'grant-lens:open-entry', id: 'nsfc-key', url: 'https://example.org' })).toEqual({
      type: 'grant-lens:open-entry',
      id: 'nsfc-key',
    });
    const group = { ids: ['nsfc-key'], partners: [], extra: true };
    expect(parseMessage({ type: 'grant-lens:reveal', group })).toEqual({ type: 'grant-lens:reveal', group: { ids: ['nsfc-key'], partners: [] } });
  });

  it('names the manifest commands', () => {
    expect(NAV_COMMANDS).toEqual({ 'next-mention': 'next', 'previous-mention': 'previous' });
  });
});

describe('the get-mentions answer', () => {
  const group = { ids: ['nsfc-key'], partners: [], count: 3, text: '重点国际（地区）合作研究项目', sentence: '申请重点国际（地区）合作研究项目。' };
  const answerWith = (...groups: unknown[]) => ({ url: 'https://www.nsfc.gov.cn/x', groups });

  it('reads a well-formed answer: groups of programmes and partners with counts, text and sentence', () => {
    const answer = answerWith(
      group,
      { ...group, ids: ['nsfc-rfis', 'nsfc-rfis-young'], text: 'RFIS' },
      { ...group, ids: ['nsfc-org-research'], partners: ['dfg'] },
      { ...group, ids: [], partners: ['dfg'] },
    );
    expect(parseMentionsAnswer(structuredClone(answer))).toEqual(answer);
  });

  it.each([
    ['nothing', undefined],
    ['the old per-id counts', { url: 'x', counts: [{ id: 'nsfc-key', count: 3 }] }],
    ['groups that are not a list', { url: 'x', groups: 'many' }],
    ['a negative count', answerWith({ ...group, count: -1 })],
    ['a group counted zero times', answerWith({ ...group, count: 0 })],
    ['a group naming nothing', answerWith({ ...group, ids: [] })],
    ['an id that is not an entry id', answerWith({ ...group, partners: ['../x'] })],
    ['a sentence beyond the bound', answerWith({ ...group, sentence: 'x'.repeat(SENTENCE_MAX + 1) })],
    ['a text beyond the bound', answerWith({ ...group, text: 'x'.repeat(MENTION_TEXT_MAX + 1) })],
    ['too many candidates', answerWith({ ...group, ids: Array.from({ length: MAX_GROUP_IDS + 1 }, (_, i) => `e${i}`.replace(/\d/g, 'x')) })],
    ['a count that is not whole', answerWith({ ...group, count: 1.5 })],
    ['a text that is not text', answerWith({ ...group, text: 7 })],
    ['a group without its sentence', answerWith({ ids: ['nsfc-key'], partners: [], count: 1, text: 'x' })],
    ['one bad group among good ones', answerWith(group, { ...group, count: 0 })],
    ['no url', { groups: [] }],
  ])('refuses %s', (_, value) => {
    expect(parseMentionsAnswer(value)).toBeNull();
  });

  it('reads texts at their bounds, and keeps a group’s own fields only', () => {
    const atBounds = { ...group, text: 'x'.repeat(MENTION_TEXT_MAX), sentence: 'x'.repeat(SENTENCE_MAX) };
    expect(parseMentionsAnswer(answerWith({ ...atBounds, html: '<b>' }))).toEqual(answerWith(atBounds));
  });
});

describe('the done answer (update-settings, load-card)', () => {
  it.each([{ ok: true }, { ok: false, error: 'storage is full' }])('reads %j', (answer) => {
    expect(parseDoneAnswer(structuredClone(answer))).toEqual(answer);
  });

  it.each([
    ['nothing', undefined],
    ['a yes that is not true', { ok: 'yes' }],
    ['a failure without its error', { ok: false }],
    ['an error that is not text', { ok: false, error: { message: 'x' } }],
  ])('refuses %s', (_, value) => expect(parseDoneAnswer(value)).toBeNull());
});
