import sharp, { type Metadata } from 'sharp';
import { DomainError } from '../domain/errors.ts';

/** Upload limits. [SPEC O7] */
export const IMAGE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 40_000_000,
  maxSide: 12_000,
  /** stored images fit in this box: enough for a flipchart photo on a projector */
  outBox: 2400,
  jpegQuality: 82,
} as const;

export interface IngestedImage {
  data: Buffer;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

type Format = 'jpeg' | 'png' | 'webp';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The format the first bytes say, whatever the file name or Content-Type claimed. */
export function sniffImage(b: Buffer): Format | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_MAGIC)) return 'png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/*
 * Decoding a 40-megapixel photo takes ~100 MB and a CPU core for a moment. A whole room may
 * upload at once, so a node decodes at most two images at a time and the rest wait their turn.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(f: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((res) => waiting.push(res));
  else running++;
  try {
    return await f();
  } finally {
    // hand the slot straight to the next waiter so the count never dips below the queue
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/**
 * Checks an uploaded image by its content and re-encodes it. Re-encoding drops all metadata
 * (EXIF with GPS and camera serials, XMP, ICC) because sharp keeps none unless asked to, and it
 * means we never store or serve the bytes the client sent. PNG with transparency stays PNG (a
 * drawing); everything else becomes JPEG.
 */
export async function ingestImage(input: Buffer): Promise<IngestedImage> {
  if (input.length > IMAGE_LIMITS.maxBytes) throw new DomainError('image_too_large', { maxBytes: IMAGE_LIMITS.maxBytes });
  const format = sniffImage(input);
  if (!format) throw new DomainError('image_type');

  // Header only, no pixels: a PNG may declare 100000×100000 in 40 bytes. The pixel limit is off
  // here so that such a header is answered with image_dimensions, not as a corrupt file.
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new DomainError('image_corrupt');
  }
  // magic bytes and the decoder must agree (a JPEG start glued onto something else is refused)
  if (meta.format !== format) throw new DomainError('image_type');
  const { width, height } = meta;
  if (!width || !height || width > IMAGE_LIMITS.maxSide || height > IMAGE_LIMITS.maxSide || width * height > IMAGE_LIMITS.maxPixels) {
    throw new DomainError('image_dimensions', { maxPixels: IMAGE_LIMITS.maxPixels, maxSide: IMAGE_LIMITS.maxSide });
  }
  const keepPng = format === 'png' && meta.hasAlpha;

  return withSlot(async () => {
    try {
      const pipeline = sharp(input, { failOn: 'error', limitInputPixels: IMAGE_LIMITS.maxPixels })
        .rotate()
        .resize({ width: IMAGE_LIMITS.outBox, height: IMAGE_LIMITS.outBox, fit: 'inside', withoutEnlargement: true });
      const encoded = keepPng
        ? pipeline.png({ compressionLevel: 9 })
        : // JPEG has no transparency: see-through parts of a WebP become white paper, not black
          pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: IMAGE_LIMITS.jpegQuality, mozjpeg: true });
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      return { data, contentType: keepPng ? 'image/png' : 'image/jpeg', width: info.width, height: info.height };
    } catch {
      throw new DomainError('image_corrupt');
    }
  });
}
