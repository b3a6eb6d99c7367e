// @ts-check
// Packs a build as a signed CRX with Chromium's own packer and a throw-away key, as an organisation does for
// self-hosting (the real key never lives in the repository). Returns the CRX, its extension ID and an update.xml.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CHROMIUM } from './browser.mjs';

/** Extension ID from the DER public key: first 32 hex digits of its SHA-256, with 0-f written as a-p. */
export function extensionIdOf(/** @type {Buffer} */ der) {
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** @param {string} sourceDir the unpacked build (.output/chrome-mv3) */
export function packCrx(sourceDir) {
  const dir = mkdtempSync(join(tmpdir(), 'attt-pack-'));
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['genrsa', '-out', key, '2048'], { stdio: 'ignore' });
  const der = execFileSync('openssl', ['rsa', '-in', key, '-pubout', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const extDir = join(dir, 'attt-guard');
  cpSync(sourceDir, extDir, { recursive: true });
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.key = der.toString('base64'); // the build's key is replaced by the signing key, as ATTT_GUARD_PUBLIC_KEY does
  writeFileSync(manifestPath, JSON.stringify(manifest));
  execFileSync(CHROMIUM, ['--headless=new', '--no-sandbox', `--pack-extension=${extDir}`, `--pack-extension-key=${key}`], { stdio: 'ignore', timeout: 60_000 });
  const id = extensionIdOf(der);
  return {
    id,
    version: manifest.version,
    crx: readFileSync(`${extDir}.crx`),
    /** @param {string} crxUrl */
    updateXml: (crxUrl) => `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'><updatecheck codebase='${crxUrl}' version='${manifest.version}'/></app>
</gupdate>`,
  };
}
