import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  webmanifest: 'application/manifest+json',
};

export interface StaticFile {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
}

/**
 * The built web assets (dist/web), read once into memory at start: they are small, and a
 * room of phones downloads the same few files. Served precompressed when the browser accepts gzip.
 */
export function loadAssets(dir: string): Map<string, StaticFile> {
  const out = new Map<string, StaticFile>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const ext = name.split('.').pop() ?? '';
    if (ext === 'gz' || !(ext in TYPES)) continue;
    const gz = join(dir, name + '.gz');
    out.set(name, { type: TYPES[ext]!, body: readFileSync(join(dir, name)), gzip: existsSync(gz) ? readFileSync(gz) : null });
  }
  return out;
}
