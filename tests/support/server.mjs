// @ts-check
// One local HTTPS + HTTP server for browser tests and the demo. Chromium maps every host name to 127.0.0.1
// (--host-resolver-rules), so pages answer for realistic names such as facebook.com or mail.quangngai.gov.vn; the
// server routes on the Host header and records every request, because "the server never received it" is the
// strongest proof that a block works.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @typedef {{ method: string, host: string, path: string, url: string, body: string, time: number }} RecordedRequest */
/** @typedef {(request: RecordedRequest) => ({ status?: number, type?: string, body: string | Buffer, headers?: Record<string, string> } | undefined)} Route */

/** A throw-away self-signed certificate; the browser is told to ignore certificate errors. */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'attt-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=attt-test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the server. `route` answers a request or returns undefined for a 404.
 * @param {Route} route
 */
export async function startServer(route) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const handle = (req, res) => {
    const chunks = /** @type {Buffer[]} */ ([]);
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
      /** @type {RecordedRequest} */
      const recorded = { method: req.method ?? 'GET', host, path: req.url ?? '/', url: `${host}${req.url}`, body: Buffer.concat(chunks).toString('utf8'), time: Date.now() };
      if (recorded.path !== '/favicon.ico') requests.push(recorded);
      let answer;
      try {
        answer = route(recorded);
      } catch (error) {
        answer = { status: 500, type: 'text/plain', body: String(error) };
      }
      if (!answer) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...answer.headers });
      res.end(answer.body);
    });
  };
  const secure = https.createServer(selfSignedCertificate(), handle);
  const plain = http.createServer(handle);
  await Promise.all([secure, plain].map((server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))));
  const httpsPort = /** @type {import('node:net').AddressInfo} */ (secure.address()).port;
  const httpPort = /** @type {import('node:net').AddressInfo} */ (plain.address()).port;
  return {
    requests,
    httpsPort,
    httpPort,
    /** URL of `path` on `host` over HTTPS (default) or HTTP. */
    url(/** @type {string} */ host, path = '/', scheme = 'https') {
      const port = scheme === 'http' ? httpPort : httpsPort;
      return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;
    },
    /** Forgets the requests recorded so far (between tests). */
    reset() {
      requests.length = 0;
    },
    /** Requests received for a host (and optionally a path prefix). */
    received(/** @type {string} */ host, pathPrefix = '') {
      return requests.filter((r) => r.host === host && r.path.startsWith(pathPrefix));
    },
    async close() {
      await Promise.all([secure, plain].map((server) => new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      })));
    },
  };
}
