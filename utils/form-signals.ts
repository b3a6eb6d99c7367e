// Reads sign-up signals around a field from the page (DOM in, plain data out) for detectors/signup-page.ts.
import type { SignUpSignals } from './detectors/signup-page';

const TEXT_LIMIT = 2000;
const BUTTONS = 'button, input[type=submit], input[type=button], input[type=image], [role=button]';

/**
 * The part of the page a field belongs to: its form, or for single-page apps without a form the nearest ancestor
 * that also holds a button (the sign-up "screen").
 */
export function containerOf(field: Element): Element {
  const form = (field as HTMLInputElement).form ?? field.closest('form');
  if (form) return form;
  let node: Element | null = field.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    if (node.querySelector(BUTTONS)) return node;
  }
  return field.ownerDocument.body ?? field.ownerDocument.documentElement;
}

export function isButtonLike(element: Element): boolean {
  return element.matches(BUTTONS);
}

function clip(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, TEXT_LIMIT);
}

export function readSignUpSignals(field: Element): SignUpSignals {
  const container = containerOf(field);
  const doc = field.ownerDocument;
  const inputs = [...container.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
  const passwords = inputs.filter((input) => input.type === 'password');
  const labels = [...container.querySelectorAll('label, legend')].map((label) => label.textContent);
  return {
    passwordFields: passwords.length,
    newPasswordField: passwords.some((input) => /new-password/i.test(input.getAttribute('autocomplete') ?? '')),
    formText: clip([
      ...labels,
      ...inputs.flatMap((input) => [input.name, input.id, input.placeholder, input.getAttribute('aria-label')]),
      container.getAttribute('action'),
      container.id,
    ]),
    buttonText: clip([...container.querySelectorAll(BUTTONS)].map((button) => button.textContent || (button as HTMLInputElement).value || button.getAttribute('aria-label'))),
    pageText: clip([doc.title, ...[...doc.querySelectorAll('h1, h2')].slice(0, 10).map((heading) => heading.textContent)]),
    linkText: clip([...container.querySelectorAll('a')].slice(0, 40).flatMap((link) => [link.textContent, link.getAttribute('href')])),
    path: doc.location?.pathname ?? '',
  };
}
