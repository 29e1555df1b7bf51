import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Bytes that do not belong in the event log (uploaded images). Keys are paths of url-safe
 * segments, e.g. `sessions/<sessionId>/images/<imageId>`.
 *
 * DiskBlobStore is the default; S3BlobStore (s3-blob-store.ts) keeps them in S3-compatible
 * storage (AWS, MinIO, Hetzner, UpCloud) when S3_BUCKET is set.
 */
export interface BlobStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<{ data: Buffer; contentType: string } | null>;
  delete(key: string): Promise<void>;
  /** Deletes every blob whose key starts with prefix; returns how many. */
  deletePrefix(prefix: string): Promise<number>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
/** a prefix is a key, or a key's start ending in "/" (a whole folder) */
const PREFIX = /^([A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]*$/;
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;
/** Blob files end in .blob, so key `a/b` (a file) and key `a/b/c` (under a folder) never collide. */
const SUFFIX = '.blob';
/** Each file starts with this tag, one byte of length and the content type, then the bytes. */
const MAGIC = Buffer.from('VPB1');

export function isBlobKey(key: string): boolean {
  return key.length <= 512 && KEY.test(key);
}

/** An empty prefix would empty the whole store: never what a caller means. */
export function checkPrefix(prefix: string): void {
  if (!prefix || prefix.length > 512 || !PREFIX.test(prefix)) throw new Error(`invalid blob prefix: ${JSON.stringify(prefix)}`);
}

export function checkContentType(contentType: string): void {
  if (!CONTENT_TYPE.test(contentType) || contentType.length > 255) throw new Error(`invalid content type: ${JSON.stringify(contentType)}`);
}

export function checkKey(key: string): void {
  if (!isBlobKey(key)) throw new Error(`invalid blob key: ${JSON.stringify(key)}`);
}

function isMissing(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'ENOENT';
}

/**
 * Blobs as files under one directory. A write goes to a temp file, is fsynced and renamed over
 * the target, so a reader or a crash sees the old blob or the new one, never half of one. The
 * content type lives in the file's own small header rather than a sidecar file, so one rename
 * switches both together.
 */
export class DiskBlobStore implements BlobStore {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    checkKey(key);
    checkContentType(contentType);
    const type = Buffer.from(contentType, 'latin1');
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // the temp name has a dot in its last segment, which no key can have
    const tmp = `${path}.${randomUUID()}.tmp`;
    const fh = await open(tmp, 'wx', 0o600);
    try {
      await fh.writev([MAGIC, Buffer.from([type.length]), type, data]);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<{ data: Buffer; contentType: string } | null> {
    checkKey(key);
    let file: Buffer;
    try {
      file = await readFile(this.pathOf(key));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
    const len = file[MAGIC.length];
    if (!file.subarray(0, MAGIC.length).equals(MAGIC) || len === undefined) throw new Error(`not a blob file: ${key}`);
    const start = MAGIC.length + 1;
    return { contentType: file.toString('latin1', start, start + len), data: file.subarray(start + len) };
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    try {
      await unlink(this.pathOf(key));
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
  }

  async deletePrefix(prefix: string): Promise<number> {
    checkPrefix(prefix);
    const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const base = folder ? this.pathOf(folder.slice(0, -1), '') : this.root;
    let count = 0;
    for (const file of await this.walk(base)) {
      const rel = relative(this.root, file).split(sep).join('/');
      if (!rel.startsWith(prefix)) continue;
      await rm(file, { force: true });
      if (rel.endsWith(SUFFIX) && isBlobKey(rel.slice(0, -SUFFIX.length))) count++;
    }
    // a whole folder goes with its (now empty) directories
    if (prefix.endsWith('/')) await rm(this.pathOf(prefix.slice(0, -1), ''), { recursive: true, force: true });
    return count;
  }

  private pathOf(key: string, suffix = SUFFIX): string {
    const path = join(this.root, ...key.split('/')) + suffix;
    // the key pattern already rules out "..", this is the second lock on the same door
    if (!path.startsWith(this.root + sep)) throw new Error(`blob key escapes the store: ${key}`);
    return path;
  }

  /** All files under dir (none if it does not exist). */
  private async walk(dir: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (isMissing(e)) return [];
      throw e;
    }
    const out: string[] = [];
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) out.push(...(await this.walk(p)));
      else if (e.isFile()) out.push(p);
    }
    return out;
  }
}
