// Links that are not web pages: scripts, inline documents and local files can run or show anything.
const UNSAFE = new Set(['javascript:', 'data:', 'file:', 'vbscript:', 'blob:']);

export function unsafeSchemeOf(url: URL): string | undefined {
  return UNSAFE.has(url.protocol) ? url.protocol.slice(0, -1) : undefined;
}
