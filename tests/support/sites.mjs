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
    // Zalo web: where links of unknown origin arrive.
    'chat.zalo.me/': () => page('Zalo', `
      <h1>Tin nhắn</h1>
      <div class="message">Anh xem giúp em tài liệu này: <a id="chat-unknown" href="${u('www.example.org', '/tai-lieu')}">www.example.org/tai-lieu</a></div>
      <div class="message">Trang Sở: <a id="chat-trusted" href="${u('quangngai.gov.vn', '/')}">quangngai.gov.vn</a></div>`),
  };
  return (request) => {
    const key = `${request.host}${request.path.split('?')[0]}`;
    const make = pages[key];
    if (make) return { body: make() };
    if (request.path.endsWith('.gif')) return { type: 'image/gif', body: 'GIF89a' };
    return { body: page(`Destination ${request.host}`, `<h1 id="destination">Destination ${request.host}</h1><p>${request.path}</p>`, 'en') };
  };
}
