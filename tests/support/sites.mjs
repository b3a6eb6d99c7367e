// @ts-check
// The pages served to the browser tests and the demo, by host name. Every other host answers with a plain
// "destination" page, so a test can see whether a request for it ever reached the server.

/** @param {string} title @param {string} body @param {string} [lang] */
export function page(title, body, lang = 'vi') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * @param {{ url: (host: string, path?: string, scheme?: string) => string }} server
 * @returns {import('./server.mjs').Route}
 */
export function demoSites(server) {
  const u = server.url;
  /** @type {Record<string, () => string>} */
  const pages = {
    // An ordinary news page with every kind of link.
    'news.example.com/': () => page('Tin tức', `
      <h1>Tin tức địa phương</h1>
      <p><a id="shortener" href="${u('bit.ly', '/3xQz')}">Nhận quà tri ân giáo viên</a></p>
      <p><a id="lookalike" href="${u('quangngai-gov.vn', '/thong-bao')}">Thông báo của tỉnh</a></p>
      <p><a id="homoglyph" href="${u('faceb00k.com', '/login')}">Đăng nhập Facebook</a></p>
      <p><a id="embedded" href="${u('quangngai.gov.vn.secure-login.top', '/')}">Cổng thông tin</a></p>
      <p><a id="mismatch" href="${u('pay-bill.example.net', '/')}">https://vietcombank.com.vn/</a></p>
      <p><a id="unknown" href="${u('www.example.org', '/article')}">Một bài viết</a></p>
      <p><a id="trusted" href="${u('www.facebook.com', '/quangngai')}">Trang Facebook của Sở</a></p>
      <p><a id="same-site" href="${u('sport.example.com', '/')}">Thể thao</a></p>
      <p><a id="blocked" href="${u('botnet-c2.example.net', '/panel')}">Botnet</a></p>
      <p><a id="new-tab" target="_blank" href="${u('bit.ly', '/newtab')}">Mở tab mới</a></p>
      <p><a id="in-page" href="javascript:void(0)">Hiện thêm</a> <a id="anchor" href="#top">Lên đầu</a></p>
      <p><button id="open-window">Xem ưu đãi</button></p>
      <img id="blocked-image" src="${u('botnet-c2.example.net', '/pixel.gif')}" alt="">
      <div id="shadow-host"></div>
      <iframe id="frame" src="/frame" width="400" height="120"></iframe>
      <div id="later"></div>
      <script>
        document.getElementById('shadow-host').attachShadow({ mode: 'open' }).innerHTML =
          '<a id="shadow-link" href="${u('tinyurl.com', '/shadow')}">Liên kết trong shadow root</a>';
        setTimeout(() => { document.getElementById('later').innerHTML = '<a id="late-link" href="${u('nhanqua.xyz', '/late')}">Liên kết thêm sau</a>'; }, 200);
        document.getElementById('open-window').addEventListener('click', () => window.open('${u('free-gift.click', '/popup')}'));
      </script>`),
    'news.example.com/frame': () => page('Khung', `<a id="frame-link" href="${u('rb.gy', '/inframe')}">Liên kết trong khung</a>`),
    // A social network's sign-up page, built by JavaScript as single-page apps do.
    'facebook.com/r.php': () => page('Facebook – Đăng ký', `
      <h1>Tạo tài khoản mới</h1>
      <div id="app"></div>
      <script>
        const app = document.getElementById('app');
        app.innerHTML = '<input id="firstname" placeholder="Tên"> <input id="lastname" placeholder="Họ">'
          + '<br><input id="email" name="reg_email__" placeholder="Số di động hoặc email">'
          + '<br><input id="password" type="password" autocomplete="new-password" placeholder="Mật khẩu mới">'
          + '<br><button id="signup" type="button">Đăng ký</button><p id="result"></p>';
        // Like real sign-up apps, it checks the address as soon as it is typed.
        document.getElementById('email').addEventListener('change', (event) => {
          fetch('/ajax/check_email', { method: 'POST', body: new URLSearchParams({ email: event.target.value }) }).catch(() => {});
        });
        document.getElementById('signup').addEventListener('click', async () => {
          const body = JSON.stringify({ email: document.getElementById('email').value, name: document.getElementById('firstname').value });
          const response = await fetch('/ajax/register', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
          document.getElementById('result').textContent = response.ok ? 'Đã gửi' : 'Lỗi';
        });
      </script>`),
    'facebook.com/ajax/register': () => '{"ok":true}',
    'facebook.com/ajax/check_email': () => '{"ok":true}',
    // A sign-up form inside a web component (open shadow root) and another in a same-origin frame.
    'tinhte.vn/dang-ky': () => page('Tinh tế – Đăng ký', `
      <h1>Đăng ký thành viên</h1>
      <signup-box></signup-box>
      <iframe id="frame" src="/dang-ky/khung" width="500" height="200"></iframe>
      <style>attt-guard-warning { display: none !important; opacity: 0 !important; }</style>
      <script>
        customElements.define('signup-box', class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML = '<form method="post" action="/dang-ky/gui"><input type="email" name="email" id="shadow-email">'
              + '<input type="password" autocomplete="new-password"><button id="shadow-submit">Đăng ký</button></form>';
          }
        });
      </script>`),
    'tinhte.vn/dang-ky/khung': () => page('Khung', `<form method="post" action="/dang-ky/gui-khung"><input name="username" id="frame-email" placeholder="Email">
      <input type="password" autocomplete="new-password"><button id="frame-submit">Tạo tài khoản</button></form>`),
    // An ordinary site's contact form: not a sign-up, so only a warning.
    'news.example.com/lien-he': () => page('Liên hệ tòa soạn', `
      <h1>Liên hệ tòa soạn</h1>
      <form id="contact" method="post" action="/lien-he/gui">
        <label>Email của bạn <input type="email" name="email" id="email"></label><br>
        <label>Nội dung <textarea name="message">Xin chào</textarea></label><br>
        <button type="submit" id="submit">Gửi</button>
      </form>`),
    // The provincial IT department's published botnet list (plain text).
    'cntt.quangngai.gov.vn/botnet.txt': () => '# Danh sách máy chủ botnet\nc2.mirai-variant.example\n127.0.0.1  # C2 by IP\n',
    // A classic forum registration form.
    'voz.vn/register': () => page('Đăng ký thành viên – VOZ', `
      <h1>Đăng ký</h1>
      <form id="register" method="post" action="/register/submit">
        <label>Tên đăng nhập <input name="username"></label><br>
        <label>Email <input type="email" name="email" id="email"></label><br>
        <label>Mật khẩu <input type="password" name="password" autocomplete="new-password"></label><br>
        <label>Nhập lại mật khẩu <input type="password" name="password_confirm"></label><br>
        <label><input type="checkbox" name="accept"> Tôi đồng ý với <a href="/help/terms">điều khoản sử dụng</a></label><br>
        <button type="submit" id="submit">Đăng ký</button>
        <p>Đã có tài khoản? <a href="/login">Đăng nhập</a></p>
      </form>`),
    // The provincial mail's login page: an official site, where the official address belongs.
    'mail.quangngai.gov.vn/': () => page('Thư công vụ tỉnh Quảng Ngãi', `
      <h1>Đăng nhập thư công vụ</h1>
      <form id="login" method="post" action="/login">
        <label>Địa chỉ thư <input type="email" name="email" id="email"></label><br>
        <label>Mật khẩu <input type="password" name="password" id="password" autocomplete="current-password"></label><br>
        <button type="submit" id="submit">Đăng nhập</button>
      </form>`),
    // A change-password form on an official site.
    'dichvucong.quangngai.gov.vn/doi-mat-khau': () => page('Đổi mật khẩu', `
      <h1>Đổi mật khẩu</h1>
      <form id="change" method="post" action="/doi-mat-khau/luu">
        <label>Mật khẩu hiện tại <input type="password" name="old" autocomplete="current-password"></label><br>
        <label>Mật khẩu mới <input type="password" name="new" id="new-password" autocomplete="new-password"></label><br>
        <label>Nhập lại mật khẩu mới <input type="password" name="confirm" id="confirm-password" autocomplete="new-password"></label><br>
        <button type="submit" id="submit">Lưu</button>
      </form>`),
    // A heavy page for benchmarks: 5,000 links and 200 forms.
    'big.example.com/': () => page('Trang lớn', [
      '<h1>Trang lớn</h1><p><input id="email" type="email"> <input id="password" type="password" autocomplete="new-password"></p>',
      ...Array.from({ length: 5000 }, (_, i) => `<a href="${u(`site${i % 500}.example.org`, `/bai-${i}`)}">Bài viết số ${i}</a> `),
      ...Array.from({ length: 200 }, (_, i) => `<form action="/f${i}"><input name="q${i}"><button>Gửi</button></form>`),
    ].join('')),
    // Zalo web: where links of unknown origin arrive.
    'chat.zalo.me/': () => page('Zalo', `
      <h1>Tin nhắn</h1>
      <div class="message">Anh xem giúp em tài liệu này: <a id="chat-unknown" href="${u('www.example.org', '/tai-lieu')}">www.example.org/tai-lieu</a></div>
      <div class="message">Trang Sở: <a id="chat-trusted" href="${u('quangngai.gov.vn', '/')}">quangngai.gov.vn</a></div>`),
  };
  return (request) => {
    const key = `${request.host}${request.path.split('?')[0]}`;
    const make = pages[key];
    if (make) return { body: make(), type: key.includes('/ajax/') ? 'application/json' : key.endsWith('.txt') ? 'text/plain; charset=utf-8' : undefined };
    if (request.path.endsWith('.gif')) return { type: 'image/gif', body: 'GIF89a' };
    return { body: page(`Destination ${request.host}`, `<h1 id="destination">Destination ${request.host}</h1><p>${request.path}</p>`, 'en') };
  };
}
