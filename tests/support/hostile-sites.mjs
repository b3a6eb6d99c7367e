// @ts-check
// Pages that fight the extension, for the hardening tests: each button is one attack a hostile or careless page can
// make. Served before the ordinary demo sites (see useDemoServer's route).
import { page } from './sites.mjs';

/**
 * @param {{ url: (host: string, path?: string, scheme?: string) => string }} server
 * @returns {import('./server.mjs').Route}
 */
export function hostileSites(server) {
  const u = server.url;
  /** @type {Record<string, () => { body: string, type?: string }>} */
  const pages = {
    // A forum sign-up (restricted site) whose script tries every way to get the typed address out.
    'webtretho.com/dang-ky': () => ({ body: page('Webtretho – Đăng ký', `
      <h1>Đăng ký thành viên</h1>
      <form id="form" method="post" action="/dang-ky/gui">
        <label>Email <input type="email" name="email" id="email"></label>
        <button id="submit">Đăng ký</button>
      </form>
      <p>
        <button id="requestSubmit">requestSubmit</button> <button id="syntheticClick">synthetic click</button>
        <button id="frameSubmit">form.submit from a fresh frame</button> <button id="frameFetch">fetch from a fresh frame</button>
        <button id="ownFetch">page's own fetch wrapper</button> <button id="beacon">sendBeacon</button>
        <button id="image">image with the address</button> <button id="locationHref">location.href with the address</button>
        <button id="cover">cover the warning</button> <button id="closePopover">close the warning</button>
        <button id="indexedFrameFetch">fetch from window[0]</button>
        <button id="blobBeacon">sendBeacon with a Blob</button> <button id="blobXhr">XMLHttpRequest with a Blob</button>
      </p>
      <script>
        const form = document.getElementById('form');
        const email = () => document.getElementById('email').value;
        // Stops every event it can before anyone else hears of it, and sends the address itself.
        for (const type of ['submit', 'click', 'keydown']) {
          window.addEventListener(type, (event) => {
            if (type === 'submit' || (type === 'keydown' && event.key === 'Enter') || event.target.id === 'submit') {
              event.stopImmediatePropagation();
              event.preventDefault();
              fetch('/api/stolen-' + type, { method: 'POST', body: email() }).catch(() => {});
            }
          }, true);
        }
        const fresh = () => { const frame = document.createElement('iframe'); document.body.append(frame); return frame.contentWindow; };
        const on = (id, attack) => document.getElementById(id).addEventListener('click', attack);
        on('requestSubmit', () => form.requestSubmit());
        on('syntheticClick', () => document.getElementById('submit').dispatchEvent(new MouseEvent('click', { bubbles: true })));
        on('frameSubmit', () => fresh().HTMLFormElement.prototype.submit.call(form));
        on('frameFetch', () => fresh().fetch('/api/frame-fetch', { method: 'POST', body: email() }).catch(() => {}));
        on('indexedFrameFetch', () => { document.body.append(document.createElement('iframe')); window[window.length - 1].fetch('/api/indexed-frame-fetch', { method: 'POST', body: email() }).catch(() => {}); });
        const pageFetch = window.fetch;
        window.fetch = (url, init) => pageFetch(url, init); // a page (or its analytics) wrapping fetch
        on('ownFetch', () => window.fetch('/api/own-fetch', { method: 'POST', body: JSON.stringify({ email: email() }) }).catch(() => {}));
        on('beacon', () => navigator.sendBeacon('/api/beacon', new URLSearchParams({ email: email() })));
        on('blobBeacon', () => navigator.sendBeacon('/api/blob-beacon', new Blob([JSON.stringify({ email: email() })], { type: 'application/json' })));
        on('blobXhr', () => {
          const request = new XMLHttpRequest();
          request.open('POST', '/api/blob-xhr');
          request.send(new Blob(['email=' + email()]));
        });
        on('image', () => { new Image().src = '/pixel.gif?e=' + encodeURIComponent(email()); });
        on('locationHref', () => { location.href = '/dang-ky/tiep?email=' + encodeURIComponent(email()); });
        on('cover', () => {
          const cover = document.createElement('div');
          cover.id = 'cover';
          cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff';
          document.documentElement.append(cover);
        });
        on('closePopover', () => document.querySelector('attt-guard-warning')?.hidePopover());
      </script>`) }),

    // A page whose script sends the reader to a suspicious site however the click happened.
    'tin-hot.example.com/': () => ({ body: page('Tin hot', `
      <h1>Tin hot hôm nay</h1>
      <p><a id="bait" href="${u('www.example.org', '/bai-viet')}">Đọc bài viết</a></p>
      <p><a id="hidden-link" href="${u('quangngai-gov.vn', '/synthetic')}" style="display:none">ẩn</a></p>
      <p><button id="syntheticLink">Xem ảnh</button> <button id="locationAssign">Xem video</button>
        <button id="navigationApi">Nhận quà</button> <a id="swap" href="${u('www.example.org', '/swap')}">Bài khác</a></p>
      <div id="overlay-target" style="position:relative"><a id="under" href="${u('www.example.org', '/under')}">Tin dưới lớp phủ</a>
        <div id="overlay" style="position:absolute;inset:0"></div></div>
      <script>
        const on = (id, attack) => document.getElementById(id).addEventListener('click', attack);
        // the page's own capture listener: silences the click for everyone after it and navigates itself
        window.addEventListener('click', (event) => {
          if (event.target.id !== 'locationAssign') return;
          event.stopImmediatePropagation();
          location.assign('${u('quangngai-gov.vn', '/assign')}');
        }, true);
        on('syntheticLink', () => document.getElementById('hidden-link').click());
        on('navigationApi', () => navigation.navigate('${u('faceb00k.com', '/navigate')}'));
        on('overlay', () => { location.href = '${u('quangngai.gov.vn.secure-login.top', '/overlay')}'; });
        // bait and switch: a harmless address while pointed at, another one once pressed
        document.getElementById('swap').addEventListener('pointerdown', (event) => { event.target.href = '${u('faceb00k.com', '/swapped')}'; });
      </script>`) }),

    // An advert frame that sends itself elsewhere, as adverts do: not the reader's navigation.
    'tin-hot.example.com/quang-cao': () => ({ body: page('Quảng cáo', `<p>Quảng cáo</p>
      <script>setTimeout(() => { location.href = '${u('free-gift.click', '/ad')}'; }, 300);</script>`) }),

    // Odd pages.
    'lon.example.com/': () => ({ body: page('50.000 phần tử', [
      '<h1>Trang rất lớn</h1><form id="form" method="post" action="/gui"><input id="email" type="email" name="email"><button id="submit">Đăng ký tài khoản</button><input type="password" autocomplete="new-password"></form>',
      ...Array.from({ length: 10_000 }, (_, i) => `<div class="row"><span>Dòng ${i}</span><a href="/bai/${i}">Bài ${i}</a><i></i><b></b></div>`),
      `<a id="last" href="${u('bit.ly', '/cuoi-trang')}">Liên kết cuối trang</a>`,
    ].join('')) }),
    'rtl.example.com/register': () => ({ body: page('تسجيل', `
      <div dir="rtl"><h1>إنشاء حساب جديد</h1>
      <form id="form" method="post" action="/register/send"><label>البريد الإلكتروني <input id="email" type="email" name="email"></label>
      <label>كلمة المرور <input type="password" autocomplete="new-password"></label><button id="submit">تسجيل</button></form>
      <a id="link" href="${u('tinyurl.com', '/rtl')}">رابط</a></div>`, 'ar') }),
    // XHTML has no body unless the page writes one: the extension must work on the root element alone.
    'xhtml.example.com/': () => ({ type: 'application/xhtml+xml', body: `<?xml version="1.0" encoding="utf-8"?>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><title>Không có body</title></head>
      <div><a id="link" href="${u('rb.gy', '/xhtml')}">Liên kết</a></div></html>` }),
    'frames.example.com/': () => ({ body: page('Khung about:blank và data:', `
      <h1>Khung</h1>
      <iframe id="blank" width="500" height="80"></iframe>
      <iframe id="data" width="500" height="80" src="data:text/html;charset=utf-8,${encodeURIComponent(`<a id="data-link" target="_top" href="${u('cutt.ly', '/data')}">Liên kết trong khung data:</a>`)}"></iframe>
      <script>
        document.getElementById('blank').contentDocument.body.innerHTML = '<a id="blank-link" target="_top" href="${u('t.ly', '/blank')}">Liên kết trong khung about:blank</a>';
      </script>`) }),
  };
  return (request) => pages[`${request.host}${request.path.split('?')[0]}`]?.();
}
