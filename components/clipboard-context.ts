/**
 * The clipboard the views copy through (services/clipboard.ts), handed down as a Preact
 * context: every copy button, however deep (the card's, the popup's, the catalogue page's),
 * gets the one its entrypoint built, and no view reaches for the browser's clipboard itself.
 * Null when nothing provides one: a copy then says it failed.
 */
import { createContext } from 'preact';
import type { ClipboardService } from '../services/clipboard';

export const ClipboardContext = createContext<ClipboardService | null>(null);
