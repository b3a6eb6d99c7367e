// Official e-mail guard, extension side: notices the official address in any field (typed, pasted, filled by a
// password manager; in open shadow roots and same-origin frames too), explains the rule next to the field, and on
// restricted sites and sign-up pages stops the submission: submit events, Enter, clicks on the form's buttons, and —
// through the page-world half — fetch / XHR / beacon / form.submit() calls that carry the address.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPagePanel } from '../../components/in-page-panel';
import { findOfficialAddress, type OfficialAddress } from '../../utils/detectors/official-email';
import { looksLikeSignUp } from '../../utils/detectors/signup-page';
import { decideEmail, type EmailAction } from '../../utils/email-rule';
import { containerOf, isButtonLike, readSignUpSignals } from '../../utils/form-signals';
import { sendMessage, type EmailPagePolicy } from '../../utils/messages';
import { BLOCKED_EVENT, CONFIG_EVENT, type PageGuardConfig } from '../../utils/page-channel';

type Field = HTMLInputElement | HTMLTextAreaElement;
interface Flag {
  found: OfficialAddress;
  action: Exclude<EmailAction, 'allow'>;
  container: Element;
}

const TEXT_TYPES = new Set(['text', 'email', 'search', 'url', 'tel', '']);

function fieldOf(event: Event): Field | undefined {
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_TYPES.has(target.type)) return target;
  return undefined;
}

function fieldKind(field: Field): string {
  if (field instanceof HTMLInputElement && field.type === 'email') return 'email';
  const hints = `${field.name} ${field.id} ${field.getAttribute('autocomplete') ?? ''} ${field.getAttribute('placeholder') ?? ''}`;
  if (/e-?mail|thư/i.test(hints)) return 'email';
  if (/user|login|account|tài khoản|đăng nhập/i.test(hints)) return 'username';
  return 'text';
}

export function setupEmailGuard(ctx: ContentScriptContext): void {
  let policy: EmailPagePolicy | undefined;
  const flags = new Map<Field, Flag>();
  const logged = new Set<string>();
  const warning = new InPagePanel();
  let lastField: Field | undefined;

  const tellPageGuard = (config: PageGuardConfig) =>
    window.dispatchEvent(new CustomEvent(CONFIG_EVENT, { detail: JSON.stringify(config) }));

  function record(action: 'warn' | 'block', field: Field, found: OfficialAddress, via: string) {
    const key = `${action}:${found.masked}:${via}`;
    if (logged.has(key)) return;
    logged.add(key);
    const address = policy?.logFull ? found.address : undefined; // the full address only when policy asks for it
    void sendMessage('recordEmailEvent', { action, fieldKind: fieldKind(field), masked: found.masked, address, via }).catch(() => undefined);
  }

  function showWarning(field: Field, flag: Flag, stopped: boolean) {
    if (!policy) return;
    const body = policy.text.body.replace('{masked}', flag.found.masked);
    warning.show(field, {
      title: policy.text.title,
      tone: 'alert',
      lines: [{ text: body }, { text: stopped || flag.action === 'block' ? policy.text.blocked : policy.text.warnOnly, strong: true }],
    });
  }

  function check(field: Field) {
    if (!policy || policy.mode === 'off' || policy.siteKind === 'official') return;
    const found = findOfficialAddress(field.value, policy.domains);
    if (!found) {
      flags.delete(field);
      if (flags.size === 0) warning.hide();
      return;
    }
    const action = decideEmail(policy.mode, policy.siteKind, looksLikeSignUp(readSignUpSignals(field)).signUp);
    if (action === 'allow') return;
    const flag: Flag = { found, action, container: containerOf(field) };
    flags.set(field, flag);
    lastField = field;
    if (action === 'block') tellPageGuard({ domains: policy.domains, block: true });
    showWarning(field, flag, false);
    record(action, field, found, 'typed');
  }

  /** The flagged fields that still hold the address and must block, re-read now (the user may have fixed one). */
  function blockingFlags(inside?: Element): [Field, Flag][] {
    const active: [Field, Flag][] = [];
    for (const field of [...flags.keys()]) {
      if (!field.isConnected) {
        flags.delete(field);
        continue;
      }
      check(field);
      const current = flags.get(field);
      if (current?.action === 'block' && (!inside || current.container.contains(inside) || inside.contains(field))) active.push([field, current]);
    }
    return active;
  }

  function stop(event: Event, via: string, inside?: Element): boolean {
    const active = blockingFlags(inside);
    if (active.length === 0) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    const [field, flag] = active[0];
    showWarning(field, flag, true);
    record('block', field, flag.found, via);
    return true;
  }

  const onValue = (event: Event) => {
    const field = fieldOf(event);
    if (field) void ensurePolicy().then(() => check(field));
  };
  /** Fields filled without any event (some password managers): read them when a submission is attempted. */
  function checkFieldsIn(container: Element) {
    if (!policy || policy.mode === 'off' || policy.siteKind === 'official') return;
    for (const field of container.querySelectorAll('input, textarea')) {
      if ((field as Field).value?.includes('@') && !flags.has(field as Field)) check(field as Field);
    }
  }
  const onSubmit = (event: Event) => {
    const form = event.composedPath()[0];
    if (!(form instanceof HTMLFormElement)) return;
    checkFieldsIn(form);
    stop(event, 'submit', form);
  };
  const onClick = (event: MouseEvent) => {
    if (!policy || policy.mode === 'off' || policy.siteKind === 'official') return; // nothing to guard: stay cheap
    const button = event.composedPath().find((node): node is Element => node instanceof Element && isButtonLike(node));
    if (!button) return;
    checkFieldsIn(containerOf(button));
    if (flags.size > 0) stop(event, 'button', button);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || flags.size === 0) return;
    const field = fieldOf(event);
    if (field) stop(event, 'enter', field);
  };

  // Capture phase on the window: before the page's own listeners, whatever they do.
  for (const type of ['input', 'change', 'focusout', 'paste']) {
    ctx.addEventListener(window, type as 'input', (event) => (type === 'paste' ? setTimeout(() => onValue(event), 0) : onValue(event)), { capture: true });
  }
  ctx.addEventListener(window, 'submit', onSubmit, { capture: true });
  ctx.addEventListener(window, 'click', onClick, { capture: true });
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.addEventListener(window, BLOCKED_EVENT as 'click', () => {
    const field = lastField;
    const flag = field && flags.get(field);
    if (field && flag) {
      showWarning(field, flag, true);
      record('block', field, flag.found, 'script');
    }
  });
  ctx.onInvalidated(() => warning.hide());

  // Idle until needed: the policy is asked for when the user reaches for the page (focus, pointer down), or once the
  // page has loaded and turns out to have fields the address could go into. Pages without forms never ask.
  let asked: Promise<void> | undefined;
  const ensurePolicy = () =>
    (asked ??= sendMessage('getEmailPolicy').then((answer) => {
      policy = answer;
      // On restricted sites the page-world guard blocks from the start, before any field is touched.
      tellPageGuard({ domains: answer.domains, block: answer.mode === 'block' && answer.siteKind === 'restricted' });
      // Values filled before the policy arrived (autofill, fast typing).
      for (const field of document.querySelectorAll('input, textarea')) {
        if ((field as Field).value?.includes('@')) check(field as Field);
      }
    }, () => undefined)); // extension reloading: nothing to guard with
  ctx.addEventListener(window, 'focusin', () => void ensurePolicy(), { capture: true });
  ctx.addEventListener(window, 'pointerdown', () => void ensurePolicy(), { capture: true });
  const afterLoad = () => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => {
      if (document.querySelector('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea')) void ensurePolicy();
    }, { timeout: 2000 });
  };
  if (document.readyState === 'complete') afterLoad();
  else ctx.addEventListener(window, 'load', afterLoad, { once: true });
}
