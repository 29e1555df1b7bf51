import { AwsClient } from 'aws4fetch';
import { checkContentType, checkKey, checkPrefix, type BlobStore } from './blob-store.ts';

export interface S3Options {
  /** e.g. https://s3.eu-north-1.amazonaws.com, https://hel1.your-objectstorage.com, http://127.0.0.1:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO and most S3-compatible services) instead of `bucket.endpoint/key` */
  pathStyle: boolean;
  /** per request; default 30 s */
  timeoutMs?: number;
  /** keys per listing page (S3's maximum and default: 1000; smaller in tests) */
  listPageSize?: number;
}

/** deletes run this many at a time */
const DELETE_PARALLEL = 8;

/** An S3 error answer as an Error naming the operation, status and S3 code (never the credentials). */
async function s3Error(op: string, key: string, r: Response): Promise<Error> {
  const body = await r.text().catch(() => '');
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? '';
  return new Error(`S3 ${op} ${key} failed: ${r.status}${code ? ` ${code}` : ''}`);
}

/**
 * Blobs in an S3-compatible bucket, signed with AWS Signature V4 (aws4fetch). Keys are the
 * store's keys as object names. A PUT replaces an object whole, so readers see the old blob or
 * the new one. Failed requests (5xx, 429, network) are retried twice by the client.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(private readonly o: S3Options) {
    this.client = new AwsClient({
      accessKeyId: o.accessKeyId,
      secretAccessKey: o.secretAccessKey,
      service: 's3',
      region: o.region,
      retries: 2,
    });
    const url = new URL(o.endpoint);
    if (!o.pathStyle) url.hostname = `${o.bucket}.${url.hostname}`;
    const path = url.pathname.replace(/\/+$/, '');
    this.base = `${url.origin}${path}${o.pathStyle ? `/${encodeURIComponent(o.bucket)}` : ''}`;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    checkKey(key);
    checkContentType(contentType);
    const r = await this.request(`${this.base}/${key}`, { method: 'PUT', body: data, headers: { 'content-type': contentType } });
    if (!r.ok) throw await s3Error('PUT', key, r);
    await r.arrayBuffer();
  }

  async get(key: string): Promise<{ data: Buffer; contentType: string } | null> {
    checkKey(key);
    const r = await this.request(`${this.base}/${key}`, { method: 'GET' });
    if (r.status === 404) {
      await r.arrayBuffer();
      return null;
    }
    if (!r.ok) throw await s3Error('GET', key, r);
    return { data: Buffer.from(await r.arrayBuffer()), contentType: r.headers.get('content-type') ?? 'application/octet-stream' };
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    const r = await this.request(`${this.base}/${key}`, { method: 'DELETE' });
    // S3 answers 204 whether or not the object existed
    if (!r.ok && r.status !== 404) throw await s3Error('DELETE', key, r);
    await r.arrayBuffer();
  }

  async deletePrefix(prefix: string): Promise<number> {
    checkPrefix(prefix);
    let count = 0;
    for (;;) {
      // always the first page: what was listed is deleted before the next listing
      const keys = await this.list(prefix);
      if (keys.length === 0) return count;
      for (let i = 0; i < keys.length; i += DELETE_PARALLEL)
        await Promise.all(keys.slice(i, i + DELETE_PARALLEL).map((k) => this.delete(k)));
      count += keys.length;
    }
  }

  /**
   * The first page of keys under prefix (ListObjects; no continuation is needed because each page
   * is deleted before the next listing). Store keys never need XML unescaping.
   */
  private async list(prefix: string): Promise<string[]> {
    const r = await this.request(`${this.base}?max-keys=${this.o.listPageSize ?? 1000}&prefix=${encodeURIComponent(prefix)}`, {
      method: 'GET',
    });
    if (!r.ok) throw await s3Error('LIST', prefix, r);
    const xml = await r.text();
    return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]!);
  }

  private request(url: string, init: { method: string; body?: Buffer; headers?: Record<string, string> }): Promise<Response> {
    const { body, ...rest } = init;
    return this.client.fetch(url, {
      ...rest,
      ...(body ? { body: body as unknown as ArrayBuffer } : {}),
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
    });
  }
}
