// Page-world half of the e-mail guard: on a page where the official e-mail must not be sent (told by the extension's
// content script), requests that carry it — fetch, XMLHttpRequest, sendBeacon, WebSocket, form.submit() — do not
// leave. It starts before any page script, keeps the original functions to itself, and only ever tightens: a page
// that sends its own "config" event can add domains or switch blocking on, never off.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findOfficialAddress } from '../../utils/detectors/official-email';
import { BLOCKED_EVENT, CONFIG_EVENT, type PageGuardBlocked, type PageGuardConfig } from '../../utils/page-channel';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    const domains = new Set<string>();
    let block = false;
    const dispatch = window.dispatchEvent.bind(window);
    const CustomEventCtor = CustomEvent;

    window.addEventListener(CONFIG_EVENT, (event) => {
      try {
        const config = JSON.parse(String((event as CustomEvent).detail)) as PageGuardConfig;
        for (const domain of config.domains ?? []) if (typeof domain === 'string') domains.add(domain.toLowerCase());
        block ||= config.block === true;
      } catch {
        // not ours
      }
    });

    const carries = (...texts: (string | undefined)[]) => block && texts.some((text) => text && findOfficialAddress(text, [...domains]));
    const stopped = (via: PageGuardBlocked['via']) => dispatch(new CustomEventCtor(BLOCKED_EVENT, { detail: JSON.stringify({ via }) }));

    function bodyText(body: unknown): string | undefined {
      if (body == null) return undefined;
      if (typeof body === 'string') return body;
      if (body instanceof URLSearchParams) return body.toString();
      if (body instanceof FormData) return [...body.entries()].map(([key, value]) => `${key}=${typeof value === 'string' ? value : ''}`).join('&');
      if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body as ArrayBuffer);
      return undefined;
    }

    const originalFetch = window.fetch;
    window.fetch = async function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (block) {
        const url = input instanceof Request ? input.url : String(input);
        let body = bodyText(init?.body);
        if (body === undefined && init?.body instanceof Blob) body = await init.body.text();
        if (body === undefined && input instanceof Request) body = await input.clone().text().catch(() => undefined);
        if (carries(url, body)) {
          stopped('fetch');
          throw new TypeError('Blocked by ATTT Guard: the official e-mail must not be sent to this site.');
        }
      }
      return originalFetch.call(this, input, init);
    } as typeof window.fetch;

    const xhr = XMLHttpRequest.prototype;
    const originalOpen = xhr.open;
    const originalSend = xhr.send;
    const urls = new WeakMap<XMLHttpRequest, string>();
    xhr.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      urls.set(this, String(args[1]));
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof xhr.open;
    xhr.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (carries(urls.get(this), bodyText(body))) {
        stopped('xhr');
        this.abort();
        return;
      }
      return originalSend.call(this, body);
    };

    const originalBeacon = navigator.sendBeacon?.bind(navigator);
    if (originalBeacon) {
      navigator.sendBeacon = function sendBeacon(url: string | URL, data?: BodyInit | null) {
        if (carries(String(url), bodyText(data))) {
          stopped('beacon');
          return false;
        }
        return originalBeacon(url, data);
      };
    }

    const originalWsSend = WebSocket.prototype.send;
    WebSocket.prototype.send = function send(this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
      if (carries(bodyText(data))) {
        stopped('websocket');
        return;
      }
      return originalWsSend.call(this, data as never);
    };

    const originalSubmit = HTMLFormElement.prototype.submit;
    HTMLFormElement.prototype.submit = function submit(this: HTMLFormElement) {
      if (carries(bodyText(new FormData(this)), this.action)) {
        stopped('form.submit');
        return;
      }
      return originalSubmit.call(this);
    };
  },
});
