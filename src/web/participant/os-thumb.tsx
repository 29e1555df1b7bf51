import { useEffect, useState } from 'preact/hooks';
import type { FlipImage } from '../../domain/types.ts';
import { t } from './texts.ts';

interface Props {
  sessionId: string;
  token: string;
  image: FlipImage;
  /** "Photo 2" when the picture has no description */
  fallbackAlt: string;
}

/**
 * A flipchart picture: fetched with the participant's token (an <img src> cannot send it),
 * shown from a blob: URL that is revoked when the thumbnail goes away.
 */
export function OsThumb({ sessionId, token, image, fallbackAlt }: Props) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    let made: string | null = null;
    const path = `/api/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(image.id)}`;
    fetch(path, { headers: { Authorization: `Bearer ${token}` }, signal: ctl.signal })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        const blob = await r.blob();
        if (ctl.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch(() => {
        if (!ctl.signal.aborted) setFailed(true);
      });
    return () => {
      ctl.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [sessionId, image.id, token]);

  const alt = image.alt || fallbackAlt;
  if (url) return <img class="os-thumb" src={url} alt={alt} width={image.width} height={image.height} />;
  return (
    <p class="os-thumb os-thumb-wait" role="img" aria-label={alt}>
      <span aria-hidden="true">{failed ? t('img.loadFailed') : t('img.loading')}</span>
    </p>
  );
}
