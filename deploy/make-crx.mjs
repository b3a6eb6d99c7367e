#!/usr/bin/env node
// @ts-check
// `npm run crx -- --key KEY.pem --codebase https://intranet.example.gov.vn/attt-guard/`
// Builds the Chrome/Edge extension with the public half of KEY.pem (so its ID is the one that key gives), packs it as
// a signed CRX with Chromium's own packer, and writes update.xml for self-hosting, all in .output/crx/.
// Keep KEY.pem out of the repository (a password manager or an offline store): losing it means a new extension ID;
// leaking it lets someone else sign updates for your fleet.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Extension ID from the DER public key: first 32 hex digits of its SHA-256, with 0-f written as a-p. */
export function extensionIdOf(/** @type {Buffer} */ der) {
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function publicKeyDer(/** @type {string} */ keyFile) {
  return execFileSync('openssl', ['rsa', '-in', keyFile, '-pubout', '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] });
}

export function updateXml(/** @type {string} */ id, /** @type {string} */ version, /** @type {string} */ crxUrl) {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'><updatecheck codebase='${crxUrl}' version='${version}'/></app>
</gupdate>
`;
}

export function findChromium() {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path)) ?? 'chromium';
}

/** Packs `extensionDir` (whose manifest key must match `keyFile`) into `${extensionDir}.crx`. */
export function packWithChromium(/** @type {string} */ extensionDir, /** @type {string} */ keyFile) {
  execFileSync(findChromium(), ['--headless=new', '--no-sandbox', `--pack-extension=${extensionDir}`, `--pack-extension-key=${keyFile}`], { stdio: 'ignore', timeout: 60_000 });
  return readFileSync(`${extensionDir}.crx`);
}

function main() {
  const args = process.argv.slice(2);
  const option = (/** @type {string} */ name) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const keyFile = option('--key');
  const codebase = option('--codebase');
  if (!keyFile || !codebase) {
    console.error('Usage: npm run crx -- --key KEY.pem --codebase https://host/path/\nMake a key once with: openssl genrsa -out attt-guard-key.pem 2048');
    process.exit(2);
  }
  const der = publicKeyDer(keyFile);
  const id = extensionIdOf(der);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ATTT_GUARD_PUBLIC_KEY: der.toString('base64') } });
  const out = join(ROOT, '.output/crx');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const extensionDir = join(out, 'attt-guard');
  cpSync(join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });
  const { version } = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const crx = packWithChromium(extensionDir, resolve(keyFile));
  writeFileSync(join(out, 'attt-guard.crx'), crx);
  rmSync(`${extensionDir}.crx`, { force: true });
  const base = codebase.endsWith('/') ? codebase : `${codebase}/`;
  writeFileSync(join(out, 'update.xml'), updateXml(id, version, `${base}attt-guard.crx`));
  console.log(`Extension ID ${id}, version ${version}\n${join(out, 'attt-guard.crx')}\n${join(out, 'update.xml')}\nPolicy: ExtensionInstallForcelist ["${id};${base}update.xml"]`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
