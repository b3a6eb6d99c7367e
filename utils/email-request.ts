// Whether a request must be stopped because it carries the official e-mail to, or from a page of, a restricted site
// (social network, forum, public site). Pure: the request's address, its initiator and its body as text in, the
// address found (masked for the log) or undefined out. Used where the browser lets the extension see bodies.
import { classifySite } from './detectors/site-kind';
import { findOfficialAddress, type OfficialAddress } from './detectors/official-email';
import { hostOf } from './domains';
import type { Settings } from './settings';

export type EmailRequestSettings = Pick<Settings, 'emailProtection' | 'officialEmailDomains' | 'officialSites' | 'restrictedSites'>;

export function officialEmailInRequest(
  /** `body` may be given as a function: it is then read only for requests to or from a restricted site. */
  request: { url: string; initiator?: string; body?: string | (() => string) },
  settings: EmailRequestSettings,
): OfficialAddress | undefined {
  if (settings.emailProtection !== 'block') return undefined;
  const restricted = (url: string | undefined) => {
    const host = url ? hostOf(url) : null;
    return host !== null && classifySite(host, settings) === 'restricted';
  };
  if (!restricted(request.url) && !restricted(request.initiator)) return undefined;
  const body = typeof request.body === 'function' ? request.body() : request.body;
  return findOfficialAddress(request.url, settings.officialEmailDomains) ?? findOfficialAddress(body ?? '', settings.officialEmailDomains);
}

/** The text of a webRequest body (form fields or raw bytes), bounded: enough to find an address in. */
export function requestBodyText(body: { formData?: Record<string, string[]>; raw?: { bytes?: ArrayBuffer }[] } | undefined | null): string {
  if (!body) return '';
  if (body.formData) return Object.entries(body.formData).map(([key, values]) => `${key}=${values.join(',')}`).join('&').slice(0, 1_000_000);
  const decoder = new TextDecoder();
  let text = '';
  for (const part of body.raw ?? []) {
    if (part.bytes) text += decoder.decode(part.bytes.slice(0, 1_000_000 - text.length));
    if (text.length >= 1_000_000) break;
  }
  return text;
}
