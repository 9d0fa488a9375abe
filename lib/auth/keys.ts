import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A fresh ES256 private key as PKCS#8 PEM, for JWT_PRIVATE_KEY. */
export function generateSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Reads the developer's signing key from the data folder, generating it on first start. */
export async function loadOrCreateSigningKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'keys', 'jwt-es256.pem');
  if (existsSync(file)) return readFile(file, 'utf8');
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const pem = generateSigningKey();
  await writeFile(file, pem, { mode: 0o600 });
  return pem;
}
