import { describe, expect, it } from 'vitest';
import { looksLikeSignUp } from '../../utils/detectors/signup-page';
import { containerOf, readSignUpSignals } from '../../utils/form-signals';

describe('readSignUpSignals', () => {
  it('reads a classic registration form', () => {
    document.title = 'Đăng ký thành viên';
    document.body.innerHTML = `<form action="/register"><label>Email <input type="email" id="e"></label>
      <input type="password" autocomplete="new-password"><input type="password"><a href="/terms">Điều khoản</a>
      <button>Đăng ký</button></form>`;
    const signals = readSignUpSignals(document.getElementById('e')!);
    expect(signals).toMatchObject({ passwordFields: 2, newPasswordField: true, buttonText: 'Đăng ký' });
    expect(looksLikeSignUp(signals).signUp).toBe(true);
  });

  it('finds the screen of a single-page app without a form', () => {
    document.title = 'App';
    document.body.innerHTML = `<div id="screen"><div><input id="e" placeholder="Email"></div><button>Sign up</button></div><footer><button>Other</button></footer>`;
    expect(containerOf(document.getElementById('e')!).id).toBe('screen');
    expect(looksLikeSignUp(readSignUpSignals(document.getElementById('e')!)).signUp).toBe(true);
  });

  it('does not take a login form for a sign-up', () => {
    document.title = 'Thư công vụ';
    document.body.innerHTML = `<form><input type="email" id="e"><input type="password" autocomplete="current-password"><button>Đăng nhập</button></form>`;
    expect(looksLikeSignUp(readSignUpSignals(document.getElementById('e')!)).signUp).toBe(false);
  });
});
