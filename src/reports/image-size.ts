/**
 * Pixel size of a PNG or JPEG from its header, so photos can be scaled to fit a page or a Word
 * document without decoding them. Unknown or damaged data gives null and the photo is skipped.
 */
export function imageSize(data: Uint8Array): { width: number; height: number } | null {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // PNG: 8-byte signature, then the IHDR chunk holds width and height
  if (data.length >= 24 && v.getUint32(0) === 0x89504e47 && v.getUint32(12) === 0x49484452) {
    return positive(v.getUint32(16), v.getUint32(20));
  }
  if (data.length < 4 || v.getUint16(0) !== 0xffd8) return null;
  // JPEG: walk the segments to the first start-of-frame (SOF0…SOF15, except DHT, JPG and DAC)
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = v.getUint16(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(v.getUint16(i + 7), v.getUint16(i + 5));
    }
    i += 2 + length;
  }
  return null;
}

function positive(width: number, height: number): { width: number; height: number } | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Scale to fit a box, enlarging small images at most `maxUpscale` times so they do not turn into blurry squares. */
export function fitBox(
  size: { width: number; height: number },
  boxW: number,
  boxH: number,
  maxUpscale = 4,
): { width: number; height: number } {
  const s = Math.min(boxW / size.width, boxH / size.height, maxUpscale);
  return { width: size.width * s, height: size.height * s };
}
