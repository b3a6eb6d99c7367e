// The two halves of the e-mail guard talk through DOM events on the window: the extension's content script (which
// knows the settings) and a small script in the page's own world (which alone can see fetch, XMLHttpRequest,
// sendBeacon and form.submit() calls). Only strings cross: objects do not pass between the two worlds.
export const CONFIG_EVENT = 'attt-guard:email-config';
export const BLOCKED_EVENT = 'attt-guard:email-blocked';

/** Settings for the page-world guard. The page can send these events too, so the guard only ever tightens. */
export interface PageGuardConfig {
  domains: string[];
  block: boolean;
}

export interface PageGuardBlocked {
  via: 'fetch' | 'xhr' | 'beacon' | 'form.submit' | 'websocket';
}
