// Does a form (or a single-page app's screen) look like a sign-up? Signals after Firefox's sign-up form detector
// (SignUpFormRuleset.sys.mjs): new-password fields, a confirmation field, register words in the form, its button,
// the title or headings, terms-of-service links, "already have an account?" links. Pure: the signals are read from
// the page elsewhere (utils/form-signals.ts) and passed in as plain data.

export interface SignUpSignals {
  passwordFields: number;
  newPasswordField: boolean;
  /** Form text: labels, placeholders, field names. */
  formText: string;
  buttonText: string;
  /** Page title and headings. */
  pageText: string;
  /** Text and addresses of links near the form. */
  linkText: string;
  /** The page's URL path. */
  path: string;
}

const REGISTER = /(đăng\s*ký|dang[\s_-]*ky|tạo\s*tài\s*khoản|tao[\s_-]*tai[\s_-]*khoan|mở\s*tài\s*khoản|thành\s*viên\s*mới|sign[\s_-]*up|register|registration|create\s*(an\s*|your\s*)?account|join\s*(now|us|free)|get\s*started|enroll|new\s*account|reg_|signup)/i;
const TERMS = /(điều\s*khoản|chính\s*sách|terms|privacy|policy|conditions)/i;
const HAVE_ACCOUNT = /(đã\s*có\s*tài\s*khoản|already\s*(have|registered)|have\s*an\s*account|đăng\s*nhập\s*ngay|log\s*in\s*instead)/i;
const LOGIN_ONLY = /(đăng\s*nhập|log\s*in|sign\s*in)/i;

export interface SignUpVerdict {
  signUp: boolean;
  score: number;
  signals: string[];
}

export function looksLikeSignUp(s: SignUpSignals): SignUpVerdict {
  const signals: string[] = [];
  let score = 0;
  const add = (name: string, weight: number) => {
    signals.push(name);
    score += weight;
  };
  if (s.newPasswordField) add('newPassword', 2);
  if (s.passwordFields >= 2) add('confirmPassword', 2);
  if (REGISTER.test(s.buttonText)) add('registerButton', 3);
  if (REGISTER.test(s.formText)) add('registerForm', 2);
  if (REGISTER.test(s.pageText)) add('registerHeading', 2);
  if (REGISTER.test(s.path)) add('registerPath', 2);
  if (TERMS.test(s.linkText)) add('termsLink', 1);
  if (HAVE_ACCOUNT.test(s.linkText) || HAVE_ACCOUNT.test(s.formText)) add('haveAccountLink', 3);
  // A plain sign-in form ("Đăng nhập" button, one current password) is not a sign-up.
  if (LOGIN_ONLY.test(s.buttonText) && !REGISTER.test(s.buttonText) && s.passwordFields <= 1 && !s.newPasswordField) score -= 3;
  return { signUp: score >= 3, score, signals };
}
