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
  matchOriginAsFallback: true, // data: and blob: frames too
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

    // Bodies are read with this window's own methods, called on the object: that works for objects made in another
    // frame too, and a page that renames or restyles its classes cannot hide a body from it.
    const searchParamsToString = URLSearchParams.prototype.toString;
    const formDataEntries = FormData.prototype.entries;
    const blobText = Blob.prototype.text;
    const decoder = new TextDecoder();
    function bodyText(body: unknown): string | undefined {
      if (body == null) return undefined;
      if (typeof body === 'string') return body;
      if (typeof body !== 'object') return String(body);
      try {
        return searchParamsToString.call(body as URLSearchParams);
      } catch {
        // not URLSearchParams
      }
      try {
        const parts: string[] = [];
        for (const [key, value] of formDataEntries.call(body as FormData)) parts.push(`${key}=${typeof value === 'string' ? value : ''}`);
        return parts.join('&');
      } catch {
        // not FormData
      }
      try {
        return decoder.decode(body as ArrayBuffer);
      } catch {
        return undefined; // a Blob (read where the call can wait), a ReadableStream or a Document
      }
    }
    const blobBody = (body: unknown) => blobText.call(body as Blob).then((text) => text, () => undefined);
    const blobSize = Object.getOwnPropertyDescriptor(Blob.prototype, 'size')!.get!;
    const isBlob = (body: unknown) => {
      try {
        blobSize.call(body);
        return true;
      } catch {
        return false;
      }
    };

    /**
     * Puts the guard into a window: this page's, and any same-origin frame's the page reaches for (a fresh
     * about:blank frame holds untouched copies of fetch and form.submit, and the extension's own scripts reach it
     * only later). Each window is guarded once.
     */
    const guarded = new WeakSet<object>();
    function guard(win: Window & typeof globalThis) {
      if (guarded.has(win)) return;
      guarded.add(win);
      const originalFetch = win.fetch;
      // On the pages where nothing is blocked (nearly all), every call goes straight to the browser's own function,
      // without reading its body.
      const checkedFetch = async function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const url = typeof input === 'object' && 'url' in input ? String(input.url) : String(input);
        let body = bodyText(init?.body);
        if (body === undefined && init?.body) body = await blobBody(init.body);
        if (body === undefined && typeof input === 'object' && 'clone' in input) body = await input.clone().text().catch(() => undefined);
        if (carries(url, body)) {
          stopped('fetch');
          throw new TypeError('Blocked by ATTT Guard: the official e-mail must not be sent to this site.');
        }
        return originalFetch.call(this, input, init);
      };
      win.fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        return block ? checkedFetch.call(this, input, init) : originalFetch.call(this, input, init);
      } as typeof win.fetch;

      const xhr = win.XMLHttpRequest.prototype;
      const originalOpen = xhr.open;
      const originalSend = xhr.send;
      const urls = new WeakMap<XMLHttpRequest, string>();
      xhr.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
        urls.set(this, String(args[1]));
        return (originalOpen as (...a: unknown[]) => void).apply(this, args);
      } as typeof xhr.open;
      xhr.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        if (!block) return originalSend.call(this, body);
        if (isBlob(body)) {
          // a Blob is read first (asynchronously), then sent or not
          void blobBody(body).then((text) => {
            if (!carries(urls.get(this), text)) return originalSend.call(this, body);
            stopped('xhr');
            this.abort();
          });
          return;
        }
        if (carries(urls.get(this), bodyText(body))) {
          stopped('xhr');
          this.abort();
          return;
        }
        return originalSend.call(this, body);
      };

      const originalBeacon = win.navigator.sendBeacon?.bind(win.navigator);
      if (originalBeacon) {
        win.navigator.sendBeacon = function sendBeacon(url: string | URL, data?: BodyInit | null) {
          if (!block) return originalBeacon(url, data);
          if (isBlob(data)) {
            void blobBody(data).then((text) => (carries(String(url), text) ? stopped('beacon') : originalBeacon(url, data)));
            return true;
          }
          if (carries(String(url), bodyText(data))) {
            stopped('beacon');
            return false;
          }
          return originalBeacon(url, data);
        };
      }

      const originalWsSend = win.WebSocket.prototype.send;
      // A Blob is read before it goes; later messages on the same socket wait for it, so the order stays the same.
      const waiting = new WeakMap<WebSocket, Promise<unknown>>();
      win.WebSocket.prototype.send = function send(this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
        const pending = waiting.get(this);
        if (!block && !pending) return originalWsSend.call(this, data as never);
        if (isBlob(data) || pending) {
          const next = (pending ?? Promise.resolve()).then(async () => {
            const text = isBlob(data) ? await blobBody(data) : bodyText(data);
            if (carries(text)) return void stopped('websocket');
            return originalWsSend.call(this, data as never);
          });
          waiting.set(this, next);
          void next.finally(() => waiting.get(this) === next && waiting.delete(this));
          return;
        }
        if (carries(bodyText(data))) {
          stopped('websocket');
          return;
        }
        return originalWsSend.call(this, data as never);
      };

      const originalSubmit = win.HTMLFormElement.prototype.submit;
      win.HTMLFormElement.prototype.submit = function submit(this: HTMLFormElement) {
        if (block && carries(bodyText(new win.FormData(this)), this.action)) {
          stopped('form.submit');
          return;
        }
        return originalSubmit.call(this);
      };

      for (const frameType of [win.HTMLIFrameElement, win.HTMLFrameElement, win.HTMLObjectElement]) {
        for (const property of ['contentWindow', 'contentDocument'] as const) {
          const descriptor = Object.getOwnPropertyDescriptor(frameType.prototype, property);
          const get = descriptor?.get;
          if (!get) continue;
          Object.defineProperty(frameType.prototype, property, {
            ...descriptor,
            get(this: HTMLElement) {
              const value = get.call(this) as Window | Document | null;
              const child = value && 'defaultView' in value ? value.defaultView : value;
              try {
                if (child) guard(child as Window & typeof globalThis);
              } catch {
                // another origin's window: its own copy of this script guards it
              }
              return value;
            },
          });
        }
      }
    }
    guard(window);
  },
});
