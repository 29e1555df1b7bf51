import { useRef, useState } from 'preact/hooks';
import { LIMITS, type FlipImage, type SessionState } from '../../domain/types.ts';
import type { LiveSession } from '../shared/use-session.ts';
import { ConfirmRemove } from './confirm-remove.tsx';
import { kt, useKids } from './kids.ts';
import { OsDrawing } from './os-drawing.tsx';
import { OsThumb } from './os-thumb.tsx';
import { UploadStatus } from './os-upload-status.tsx';
import { IMAGE_TYPES, shrinkPhoto } from './os-upload.ts';
import { errorText, t } from './texts.ts';
import type { Announce } from './use-announcer.tsx';
import { useActionFeedback } from './use-action-feedback.ts';
import { useUpload, type UploadTarget } from './use-upload.ts';

interface Props {
  state: SessionState;
  groupId: string;
  token: string;
  live: LiveSession;
  announce: Announce;
}

/** "Photo 2" / "Drawing 1": numbered by kind in the order they were added. */
function fallbackAlt(images: FlipImage[], img: FlipImage): string {
  const n = images.filter((i) => i.kind === img.kind).indexOf(img) + 1;
  return t(img.kind === 'photo' ? 'img.photo' : 'img.drawing', { n });
}

/** My group's photos and drawings: thumbnails with Remove, a photo upload and a drawing pad. */
export function OsImages({ state, groupId, token, live, announce }: Props) {
  const images = (state.os?.images ?? []).filter((i) => i.groupId === groupId);
  const target: UploadTarget = { sessionId: state.sessionId, token, groupId };
  const act = useActionFeedback(live, announce);
  const full = images.length >= LIMITS.imagesPerGroup;

  return (
    <section class="p-section os-images" aria-labelledby="img-h">
      <h2 id="img-h" tabIndex={-1}>
        {t('img.heading')} <span class="p-count">({images.length})</span>
      </h2>
      {images.length === 0 ? (
        <p class="hint">{t('img.none')}</p>
      ) : (
        <ul class="os-thumbs">
          {images.map((img) => {
            const alt = img.alt || fallbackAlt(images, img);
            return (
              <li key={img.id}>
                <figure>
                  <OsThumb sessionId={state.sessionId} token={token} image={img} fallbackAlt={alt} />
                  <figcaption dir="auto">{alt}</figcaption>
                </figure>
                <ConfirmRemove
                  what={alt}
                  onRemove={() =>
                    act({ type: 'flip.removeImage', imageId: img.id }, t('flip.removed'), () => document.getElementById('img-h')?.focus())
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      {full ? <p class="hint">{errorText('limit_reached')}</p> : <PhotoForm target={target} announce={announce} />}
      {full ? null : <OsDrawing target={target} announce={announce} />}
    </section>
  );
}

function PhotoForm({ target, announce }: { target: UploadTarget; announce: Announce }) {
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [preparing, setPreparing] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const up = useUpload(target, announce);
  const kids = useKids();

  async function submit(e: Event) {
    e.preventDefault();
    if (up.busy || preparing) return;
    if (!file) return up.fail(t('img.chooseFirst'));
    if (!IMAGE_TYPES.includes(file.type)) return up.fail(errorText('image_type'));
    setPreparing(true);
    const body = await shrinkPhoto(file);
    setPreparing(false);
    if (await up.send('photo', body, alt.trim())) {
      setFile(null);
      setAlt('');
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  return (
    <form class="os-photo" onSubmit={submit} noValidate>
      <div class="field">
        <label for="photo-file">{kt(kids, 'img.file', 'kids.img.file')}</label>
        <input
          id="photo-file"
          ref={fileRef}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          capture="environment"
          aria-describedby="photo-file-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <p id="photo-file-hint" class="hint">
          {kt(kids, 'img.fileHint', 'kids.img.fileHint')}
        </p>
      </div>
      <div class="field">
        <label for="photo-alt">{t('img.alt')}</label>
        <input
          id="photo-alt"
          dir="auto"
          value={alt}
          maxLength={LIMITS.altMax}
          autocomplete="off"
          aria-describedby="photo-alt-hint"
          onInput={(e) => setAlt(e.currentTarget.value)}
        />
        <p id="photo-alt-hint" class="hint">
          {t('img.altHint')}
        </p>
      </div>
      {preparing ? <p class="p-sent-status">{t('img.preparing')}</p> : null}
      <UploadStatus up={up} id="photo" />
      <button type="submit" class="primary" aria-disabled={up.busy || preparing ? true : undefined}>
        {t('img.send')}
      </button>
    </form>
  );
}
