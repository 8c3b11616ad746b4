/**
 * The card script (docs/architecture.md, «The card on demand»): wiring only. The background
 * injects it into a frame on that frame's first card (services/background/card-script.ts); it
 * publishes the card module (ui/card-module.ts) for the content script there.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardHostOpener } from '../services/card-host';
import { cardModuleWith } from '../ui/card-module';
import { publishCardModule } from '../ui/card-slot';

export default defineUnlistedScript(() => {
  publishCardModule(cardModuleWith(cardHostOpener));
});
