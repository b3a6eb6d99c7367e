// Deterministic, realistic-looking URLs for benchmarks: mostly ordinary links, some of each suspicious kind.
import { WELL_KNOWN_SITES } from '../../utils/well-known-sites';

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WORDS = ['tin-tuc', 'giao-duc', 'thong-bao', 'lich-thi', 'ket-qua', 'hoc-sinh', 'giao-vien', 'tuyen-sinh', 'su-kien', 'video', 'bai-viet', 'chinh-sach'];
const UNKNOWN_SITES = ['example.org', 'truong-thcs-nghia-hanh.net', 'blog-giaovien.com', 'thuvienhoclieu.com', 'vndoc.com', 'tailieu.vn', 'hoc247.net', 'loigiaihay.com'];
const SUSPICIOUS = ['https://bit.ly/3xQz', 'https://quangngai-gov.vn/', 'https://faceb00k.com/login', 'http://185.234.72.19/a.exe', 'https://nhanqua.xyz/', 'https://quangngai.gov.vn.secure-login.top/', 'https://xn--pypal-4ve.com/', 'https://facebook.com@evil.example/'];

export function realisticUrls(count: number, seed = 42): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const path = `/${pick(WORDS)}/${pick(WORDS)}-${Math.floor(random() * 100000)}.html`;
    if (roll < 0.45) urls.push(`https://www.${pick(WELL_KNOWN_SITES)}${path}`);
    else if (roll < 0.9) urls.push(`https://${random() < 0.5 ? 'www.' : ''}${pick(UNKNOWN_SITES)}${path}?utm_source=zalo`);
    else urls.push(`${pick(SUSPICIOUS)}${i}`);
  }
  return urls;
}
