import { describe, expect, it } from 'vitest';
import {
  MAX_GROUP_IDS,
  MENTION_TEXT_MAX,
  MentionsAnswerSchema,
  NAV_COMMANDS,
  SENTENCE_MAX,
  parseAnswer,
  parseMessage,
} from '../../core/messages';

describe('parseMessage: one schema for every message, parsed on receipt', () => {
  it.each([
    { type: 'grant-lens:get-mentions' },
    { type: 'grant-lens:reveal', group: { ids: ['nsfc-key'], partners: [] } },
    { type: 'grant-lens:reveal', group: { ids: ['nsfc-rfis', 'nsfc-rfis-young'], partners: [] } },
    { type: 'grant-lens:reveal', group: { ids: [], partners: ['dfg'] } },
    { type: 'grant-lens:navigate', direction: 'next' },
    { type: 'grant-lens:navigate', direction: 'previous' },
    { type: 'grant-lens:mentions-changed', total: 4, distinct: 2 },
    { type: 'grant-lens:open-entry', id: 'most-igstc' },
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
    ['a settings change that is not one', { type: 'grant-lens:update-settings', change: { kind: 'look', look: 'wavy' } }],
  ])('refuses %s', (_, message) => expect(parseMessage(message)).toBeNull());

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
    expect(parseAnswer(MentionsAnswerSchema, answer)).toEqual(answer);
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
  ])('refuses %s', (_, value) => {
    expect(parseAnswer(MentionsAnswerSchema, value)).toBeNull();
  });
});
