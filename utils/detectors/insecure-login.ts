// A sign-in page over plain http: anyone on the network (public Wi-Fi) can read the password, and real services
// never ask for one that way.
const LOGIN_WORDS = /(log-?in|sign-?in|signon|dang-?nhap|đăng[\s-]*nhập|account|password|passwd|mat-?khau|auth|sso|oauth|verify|xac-?thuc|webmail|owa)/i;

export function isInsecureLogin(url: URL, linkText = ''): boolean {
  if (url.protocol !== 'http:') return false;
  return LOGIN_WORDS.test(decodeURIComponentSafe(url.pathname + url.search)) || LOGIN_WORDS.test(linkText);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
