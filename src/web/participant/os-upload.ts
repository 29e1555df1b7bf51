/** Photos and drawings for a flipchart: sent over HTTP with the participant's token. [SPEC O7] */

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** the server stores images within 2400 px; a bigger photo is made smaller here first */
const BOX = 2400;
const SHRINK_FROM = 1_500_000;

export interface UploadParams {
  sessionId: string;
  token: string;
  groupId: string;
  kind: 'photo' | 'drawing';
  alt: string;
  /** a client id: a retry with the same id never adds the picture twice */
  imageId: string;
  body: Blob;
  onProgress(percent: number): void;
}

/** ok, or an error code: the server's (image_too_large, not_in_group…) or 'offline'. */
export type UploadResult = { ok: true } | { ok: false; code: string };

export function uploadImage(p: UploadParams): Promise<UploadResult> {
  const q = new URLSearchParams({ groupId: p.groupId, kind: p.kind, alt: p.alt, imageId: p.imageId });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/sessions/${encodeURIComponent(p.sessionId)}/images?${q.toString()}`);
    xhr.setRequestHeader('Authorization', `Bearer ${p.token}`);
    xhr.setRequestHeader('Content-Type', p.body.type);
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) p.onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 201) return resolve({ ok: true });
      let code = 'internal';
      try {
        const body = JSON.parse(xhr.responseText) as { error?: unknown };
        if (typeof body.error === 'string') code = body.error;
      } catch {
        // not JSON (a proxy's page): 'internal'
      }
      if (xhr.status === 413) code = 'image_too_large';
      resolve({ ok: false, code });
    };
    xhr.onerror = () => resolve({ ok: false, code: 'offline' });
    xhr.ontimeout = () => resolve({ ok: false, code: 'offline' });
    xhr.send(p.body);
  });
}

/**
 * A large photo is scaled down to the size the server keeps anyway, so it travels fast on slow
 * Wi-Fi (and a 12 MB camera photo still fits the limit). Anything that fails sends the original.
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  if (file.size < SHRINK_FROM || typeof createImageBitmap !== 'function') return file;
  try {
    const bmp = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, BOX / Math.max(bmp.width, bmp.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bmp.width * scale);
    canvas.height = Math.round(bmp.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return file;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bmp, 0, 0, canvas.width, canvas.height);
    bmp.close();
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}
