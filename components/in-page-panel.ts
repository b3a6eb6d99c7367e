// Panels shown inside a web page next to a field (the e-mail warning, the password meter, the reuse alarm). Plain DOM (no framework: content scripts stay small), in a
// closed shadow root so the page's CSS cannot restyle it, with inline !important placement that stylesheets cannot
// override, shown in the browser's top layer (a manual popover) so no z-index of the page can cover it, and put back
// at once if a page script removes it, closes it or changes its style.

export interface PanelLine {
  text: string;
  /** A rule item met (ok) or not (bad). */
  mark?: 'ok' | 'bad';
  strong?: boolean;
}

export interface PanelContent {
  title: string;
  lines: PanelLine[];
  /** alert: a warning read out at once; status: information read out politely (the meter). */
  tone: 'alert' | 'status';
  /** A strength bar, 0..4. */
  meter?: number;
}

const HOST_STYLE = [
  'all: initial', 'position: fixed', 'z-index: 2147483647', 'display: block', 'visibility: visible', 'opacity: 1',
  // Clicks pass through: the warning must never hide the page's own fields and buttons.
  'pointer-events: none', 'width: min(28rem, calc(100vw - 16px))', 'box-sizing: border-box', 'contain: layout style',
].map((rule) => `${rule} !important`).join('; ');

const CSS = `
  .box { font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a1a1a; background: #fff4f4;
    border: 2px solid #c8102e; border-radius: 6px; padding: 10px 14px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
  .title { font-weight: 700; color: #b00020; margin: 0 0 4px; font-size: 16px; }
  p { margin: 4px 0 0; }
  .strong { font-weight: 600; }
  .ok::before { content: "✓ "; color: #1b6e20; font-weight: 700; }
  .bad::before { content: "✗ "; color: #b00020; font-weight: 700; }
  .status { background: #f6f9ff; border-color: #1a5fb4; }
  .status .title { color: #1a5fb4; }
  .bar { height: 6px; background: #ddd; border-radius: 3px; margin: 6px 0 2px; overflow: hidden; }
  .bar > div { height: 100%; }
  .brand { font-size: 12px; color: #555; margin-top: 6px; }
`;

export class InPagePanel {
  private host: HTMLElement | undefined;
  private box: HTMLElement | undefined;
  private anchor: Element | undefined;
  private guard: MutationObserver | undefined;
  private readonly reposition = () => this.place();

  /** Each kind of panel has its own element name, so that two can be shown at once. */
  constructor(private readonly tagName = 'attt-guard-warning') {}

  /** Shows (or updates) the panel next to `anchor`. */
  show(anchor: Element, content: PanelContent): void {
    this.anchor = anchor;
    if (!this.host) this.create();
    const box = this.box!;
    box.replaceChildren();
    box.className = content.tone === 'alert' ? 'box' : 'box status';
    box.setAttribute('role', content.tone);
    box.setAttribute('aria-live', content.tone === 'alert' ? 'assertive' : 'polite');
    const title = document.createElement('p');
    title.className = 'title';
    title.textContent = content.title;
    box.append(title);
    if (content.meter !== undefined) {
      const bar = document.createElement('div');
      bar.className = 'bar';
      const fill = document.createElement('div');
      const colours = ['#b00020', '#d9480f', '#e6a700', '#2b8a3e', '#1b6e20'];
      fill.style.cssText = `width: ${((content.meter + 1) / 5) * 100}%; background: ${colours[content.meter] ?? '#999'}`;
      bar.append(fill);
      box.append(bar);
    }
    for (const line of content.lines) {
      const paragraph = document.createElement('p');
      paragraph.className = [line.mark ?? '', line.strong ? 'strong' : ''].join(' ').trim();
      paragraph.textContent = line.text;
      box.append(paragraph);
    }
    const brand = document.createElement('p');
    brand.className = 'brand';
    brand.textContent = 'ATTT Guard';
    box.append(brand);
    const shownBefore = this.host?.isConnected === true;
    this.attach(); // opens it in the top layer if it is not open yet
    this.place();
    if (shownBefore) this.raise(); // above what the page may have put in the top layer since
  }

  hide(): void {
    this.guard?.disconnect();
    this.guard = undefined;
    this.host?.remove();
    this.host = undefined;
    this.anchor = undefined;
    window.removeEventListener('scroll', this.reposition, true);
    window.removeEventListener('resize', this.reposition);
  }

  get visible(): boolean {
    return this.host !== undefined;
  }

  private create(): void {
    const host = document.createElement(this.tagName);
    // A page that closes the popover (hidePopover) gets it opened again.
    host.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed' && this.host === host) this.raise();
    });
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const box = document.createElement('div');
    box.className = 'box';
    shadow.append(style, box);
    this.host = host;
    this.box = box;
    window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    window.addEventListener('resize', this.reposition, { passive: true });
  }

  private attach(): void {
    const host = this.host!;
    const root = document.documentElement;
    // Not "always last": two panels (or a page doing the same) would then move each other for ever.
    if (host.parentNode !== root) root.append(host);
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (!host.matches(':popover-open')) this.raise();
    if (!this.guard) {
      // Removed, moved or restyled by the page: put it back (only our node and the root's children are watched).
      this.guard = new MutationObserver(() => {
        if (!this.host) return;
        this.guard!.disconnect();
        this.guard = undefined;
        this.attach();
        this.place();
      });
      this.guard.observe(root, { childList: true });
      this.guard.observe(host, { attributes: true });
    }
  }

  /** Into the top layer, above everything the page has there too (a dialog opened after ours, say). */
  private raise(): void {
    const host = this.host;
    if (!host?.isConnected || typeof host.showPopover !== 'function') return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // not in a document that supports popovers: stays a fixed, highest z-index element
    }
  }

  private place(): void {
    if (!this.host || !this.anchor) return;
    // Beside the field when there is room (so it hides neither the next fields nor the buttons), else below it.
    const rect = this.anchor.getBoundingClientRect();
    const width = Math.min(448, window.innerWidth - 16);
    const beside = window.innerWidth - rect.right >= width + 16;
    const top = Math.min(Math.max(beside ? rect.top : rect.bottom + 6, 8), window.innerHeight - 60);
    const left = beside ? rect.right + 8 : Math.min(Math.max(rect.left, 8), Math.max(8, window.innerWidth - width - 8));
    const style = `${HOST_STYLE}; top: ${top}px !important; left: ${left}px !important`;
    if (this.host.getAttribute('style') !== style) {
      this.guard?.disconnect();
      this.guard = undefined;
      this.host.setAttribute('style', style);
      this.attach();
    }
  }
}
