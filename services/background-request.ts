/**
 * A request the background answers with DoneAnswer (core/messages.ts): settings changes for
 * its one writer, and the card script for a page's first card. Resolves when the background
 * has done it; rejects with its error, or when it did not answer.
 */
import { browser } from 'wxt/browser';
import { parseDoneAnswer, type MessageOf } from '../core/messages';

export async function requestDone(message: MessageOf<'grant-lens:update-settings' | 'grant-lens:load-card'>): Promise<void> {
  const answer = parseDoneAnswer(await browser.runtime.sendMessage(message));
  if (answer === null) throw new Error('the background did not answer');
  if (!answer.ok) throw new Error(answer.error);
}
