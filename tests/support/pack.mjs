// @ts-check
// Packs a build as a signed CRX with a throw-away key, the way deploy/make-crx.mjs does for an organisation.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { extensionIdOf, packWithChromium, publicKeyDer, updateXml } from '../../deploy/make-crx.mjs';

/**
 * @param {string} sourceDir the unpacked build (.output/chrome-mv3)
 * @param {{ keyFile?: string, version?: string }} [options] the same key packs an update of the same extension
 */
export function packCrx(sourceDir, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'attt-pack-'));
  const key = options.keyFile ?? join(dir, 'key.pem');
  if (!options.keyFile) execFileSync('openssl', ['genrsa', '-out', key, '2048'], { stdio: 'ignore' });
  const der = publicKeyDer(key);
  const extDir = join(dir, 'attt-guard');
  cpSync(sourceDir, extDir, { recursive: true });
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.key = der.toString('base64'); // as building with ATTT_GUARD_PUBLIC_KEY does
  if (options.version) manifest.version = options.version;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const id = extensionIdOf(der);
  return {
    id,
    keyFile: key,
    version: manifest.version,
    crx: packWithChromium(extDir, key),
    /** @param {string} crxUrl */
    updateXml: (crxUrl) => updateXml(id, manifest.version, crxUrl),
  };
}
