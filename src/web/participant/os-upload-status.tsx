import { t } from './texts.ts';
import type { useUpload } from './use-upload.ts';

/** Progress while a picture is sent; the reason and "Try again" when it was not saved. */
export function UploadStatus({ up, id }: { up: ReturnType<typeof useUpload>; id: string }) {
  return (
    <div class="os-upload-status">
      {up.percent !== null ? (
        <p class="os-progress">
          <label for={`${id}-progress`}>{t('img.progress', { p: up.percent })}</label>
          <progress id={`${id}-progress`} max={100} value={up.percent} />
        </p>
      ) : null}
      {up.error ? (
        <div class="os-upload-error">
          <p class="error-text">{t('img.failed', { error: up.error })}</p>
          {up.canRetry ? (
            <button type="button" onClick={() => void up.retry()}>
              {t('img.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
