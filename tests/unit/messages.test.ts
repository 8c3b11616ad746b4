import { describe, expect, it } from 'vitest';
import { MentionsAnswerSchema, NAV_COMMANDS, parseAnswer, parseMessage } from '../../core/messages';

describe('parseMessage: one schema for every message, parsed on receipt', () => {
  it.each([
    { type: 'grant-lens:get-mentions' },
    { type: 'grant-lens:reveal', id: 'nsfc-key' },
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
    ['a reveal without an id', { type: 'grant-lens:reveal' }],
    ['a reveal with an id that is not an entry id', { type: 'grant-lens:reveal', id: '../popup.html' }],
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
  it('reads a well-formed answer, and nothing else', () => {
    const answer = { url: 'https://www.nsfc.gov.cn/x', counts: [{ id: 'nsfc-key', count: 3 }] };
    expect(parseAnswer(MentionsAnswerSchema, answer)).toEqual(answer);
    expect(parseAnswer(MentionsAnswerSchema, undefined)).toBeNull();
    expect(parseAnswer(MentionsAnswerSchema, { url: 'x', counts: 'many' })).toBeNull();
    expect(parseAnswer(MentionsAnswerSchema, { url: 'x', counts: [{ id: 'nsfc-key', count: -1 }] })).toBeNull();
  });
});
