// Which password field is for a new password (sign-up, change-password) and which one is its confirmation.
// DOM in, answer out: signals after Firefox's LoginHelper (autocomplete, several password fields, labels).

const NEW_WORDS = /(mới|moi|new|tạo|create|đặt|set|choose|chọn|đăng\s*ký|register|sign\s*up)/i;
const CONFIRM_WORDS = /(nhập\s*lại|xác\s*nhận|confirm|repeat|again|re-?enter|verify|retype|nhap[\s_-]*lai|xac[\s_-]*nhan)/i;
const CURRENT_WORDS = /(hiện\s*tại|cũ|current|old|existing)/i;

function describe(field: HTMLInputElement): string {
  const labels = field.labels ? [...field.labels].map((label) => label.textContent ?? '') : [];
  return [field.name, field.id, field.placeholder, field.getAttribute('aria-label'), ...labels].join(' ');
}

export interface PasswordFieldRole {
  role: 'new' | 'confirm' | 'current';
}

/** The role of a password field among the password fields of its form (or screen). */
export function passwordFieldRole(field: HTMLInputElement, container: Element): PasswordFieldRole['role'] {
  const autocomplete = (field.getAttribute('autocomplete') ?? '').toLowerCase();
  const text = describe(field);
  if (autocomplete.includes('current-password') || CURRENT_WORDS.test(text)) return 'current';
  const fields = [...container.querySelectorAll('input[type=password]')] as HTMLInputElement[];
  const others = fields.filter((other) => other !== field && !CURRENT_WORDS.test(describe(other)) && !(other.getAttribute('autocomplete') ?? '').includes('current-password'));
  const isNew = autocomplete.includes('new-password') || NEW_WORDS.test(text) || others.length > 0;
  if (!isNew) return 'current';
  // The confirmation is the later of two new-password fields, or one labelled as such.
  if (CONFIRM_WORDS.test(text)) return 'confirm';
  const firstNew = fields.find((candidate) => candidate === field || others.includes(candidate));
  return firstNew === field ? 'new' : 'confirm';
}
