// The one content script in every page and frame: three protections, one file each, sharing one copy of the
// extension runtime (three separate scripts cost every page three copies). Each stays idle until the user acts.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { setupEmailGuard } from './email';
import { setupLinkGuard } from './links';
import { setupPasswordGuard } from './passwords';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // data: and blob: frames too
  runAt: 'document_start',
  main(ctx) {
    setupLinkGuard(ctx);
    setupPasswordGuard(ctx);
    setupEmailGuard(ctx);
  },
});
