// Remembering the official password without keeping it: a salted, slow hash (PBKDF2-SHA-256, WebCrypto), as Google
// Password Alert does. Only the hash and the salt are stored; comparing costs one derivation.
export const PBKDF2_ITERATIONS = 150_000;

export interface PasswordFingerprint {
  salt: string; // base64
  hash: string; // base64
  iterations: number;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return toBase64(new Uint8Array(bits));
}

export async function fingerprintPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordFingerprint> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: await derive(password, salt, iterations), iterations };
}

export async function matchesFingerprint(password: string, fingerprint: PasswordFingerprint): Promise<boolean> {
  return (await derive(password, fromBase64(fingerprint.salt), fingerprint.iterations)) === fingerprint.hash;
}
