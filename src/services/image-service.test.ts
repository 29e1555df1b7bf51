import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.ts';
import { IMAGE_LIMITS, ingestImage, sniffImage } from './image-service.ts';

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="60,10.0N" exif:GPSLongitude="24,56.0E"/>
</rdf:RDF></x:xmpmeta>`;

/** A photo as a phone sends it: EXIF with GPS and camera details, XMP, an ICC profile. */
function phonePhoto(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c04020' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Testikamera', Model: 'VP-9000', Copyright: 'Matti Meikalainen' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '60/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '24/1 56/1 0/1' },
    })
    .withXmp(XMP)
    .withIccProfile('p3')
    .toBuffer();
}

/** The GPS IFD pointer (tag 0x8825, type LONG) as sharp writes it: little-endian TIFF. */
const GPS_POINTER = Buffer.from([0x25, 0x88, 0x04, 0x00]);

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A well-formed PNG start that declares width×height RGB but carries almost no data. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusedWith(input: Buffer): Promise<string> {
  const err: unknown = await ingestImage(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return (err as DomainError).code;
}

describe('ingestImage: what is refused', () => {
  it('a PHP script renamed .jpg is not an image', async () => {
    expect(await refusedWith(Buffer.from("<?php system($_GET['c']); ?>"))).toBe('image_type');
  });

  it('SVG (script-capable XML) is refused even though browsers call it an image', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    expect(await refusedWith(Buffer.from(svg))).toBe('image_type');
    expect(await refusedWith(Buffer.from(`<?xml version="1.0"?>\n${svg}`))).toBe('image_type');
  });

  it('zip, GIF, HEIC and an empty body are refused by their first bytes', async () => {
    expect(await refusedWith(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200)]))).toBe('image_type');
    expect(await refusedWith(Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]))).toBe('image_type');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(100)]);
    expect(await refusedWith(heic)).toBe('image_type');
    expect(await refusedWith(Buffer.alloc(0))).toBe('image_type');
  });

  it('a PNG header declaring 100000×100000 is refused from the header, fast, without decoding', async () => {
    const bomb = pngHeader(100_000, 100_000);
    expect(sniffImage(bomb)).toBe('png');
    const t = performance.now();
    expect(await refusedWith(bomb)).toBe('image_dimensions');
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('over 40 megapixels, or one side over 12000 px, is refused', async () => {
    expect(await refusedWith(pngHeader(7000, 7000))).toBe('image_dimensions'); // 49 MP
    expect(await refusedWith(pngHeader(IMAGE_LIMITS.maxSide + 1, 10))).toBe('image_dimensions');
  });

  it('11 MB is refused before anything is parsed, even with a valid JPEG start', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024);
    (await phonePhoto()).copy(big);
    expect(await refusedWith(big)).toBe('image_too_large');
  });

  it('a truncated JPEG is corrupt, and so is a JPEG start glued onto PHP', async () => {
    const noise = Buffer.alloc(300 * 200 * 3, 0).map((_, i) => (i * 7919) % 251);
    const jpeg = await sharp(noise, { raw: { width: 300, height: 200, channels: 3 } })
      .jpeg()
      .toBuffer();
    expect(await refusedWith(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe('image_corrupt');
    expect(await refusedWith(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<?php echo 1; ?>')]))).toBe('image_corrupt');
  });
});

describe('ingestImage: what is stored', () => {
  it('EXIF (incl. GPS), XMP and ICC are gone from the stored image', async () => {
    const input = await phonePhoto();
    const before = await sharp(input).metadata();
    // the input really carries what we claim to remove
    expect(before.exif?.includes(GPS_POINTER)).toBe(true);
    expect(before.exif?.includes('Testikamera')).toBe(true);
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    expect(input.includes('GPS')).toBe(true);

    const out = await ingestImage(input);
    expect(out.contentType).toBe('image/jpeg');
    const after = await sharp(out.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    for (const text of ['GPS', 'Exif\0\0', 'Testikamera', 'VP-9000', 'Meikalainen', 'ICC_PROFILE', 'ns.adobe.com']) {
      expect(out.data.includes(text), text).toBe(false);
    }
  });

  it('a payload hidden in a JPEG comment does not survive re-encoding', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const php = Buffer.from("<?php system($_GET['c']); ?>");
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0, php.length + 2]), php]);
    const polyglot = Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2)]);
    expect(polyglot.includes('<?php')).toBe(true);
    const out = await ingestImage(polyglot);
    expect(out.data.includes('<?php')).toBe(false);
  });

  it('WebP becomes JPEG; transparent parts turn white, not black', async () => {
    const webp = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .webp()
      .toBuffer();
    const out = await ingestImage(webp);
    expect(out).toMatchObject({ contentType: 'image/jpeg', width: 40, height: 30 });
    const { data } = await sharp(out.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
  });

  it('PNG with transparency stays PNG (a drawing); PNG without becomes JPEG', async () => {
    const alpha = await sharp({ create: { width: 50, height: 20, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const a = await ingestImage(alpha);
    expect(a).toMatchObject({ contentType: 'image/png', width: 50, height: 20 });
    expect((await sharp(a.data).metadata()).hasAlpha).toBe(true);

    const opaque = await sharp({ create: { width: 50, height: 20, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    expect(await ingestImage(opaque)).toMatchObject({ contentType: 'image/jpeg', width: 50, height: 20 });
  });

  it('EXIF orientation is applied to the pixels (sideways phone photo comes out upright)', async () => {
    const sideways = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0a0' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const out = await ingestImage(sideways);
    expect(out).toMatchObject({ width: 48, height: 64 });
    const after = await sharp(out.data).metadata();
    expect([after.width, after.height, after.orientation]).toEqual([48, 64, undefined]);
  });

  it('a 5000×3000 photo is scaled to fit 2400×2400; small images are not enlarged', async () => {
    const big = await sharp({ create: { width: 5000, height: 3000, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const out = await ingestImage(big);
    expect(out).toMatchObject({ width: 2400, height: 1440 });
    expect(await sharp(out.data).metadata()).toMatchObject({ width: 2400, height: 1440, format: 'jpeg' });
    expect(await ingestImage(await phonePhoto(30, 20))).toMatchObject({ width: 30, height: 20 });
  });
});
