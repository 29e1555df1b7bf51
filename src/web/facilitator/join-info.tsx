import { useState } from 'preact/hooks';
import { announce } from './announce.ts';
import { formatCode, t } from './t.ts';

/** How people join: the code in large letters, the QR code and the link. */
export function JoinInfo({ sessionId, code, joinUrl, closed }: { sessionId: string; code: string; joinUrl: string; closed: boolean }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(joinUrl);
      setCopied(true);
      announce(t('f.join.copied'));
    } catch {
      announce(t('f.join.copyFailed'));
    }
  };
  return (
    <section class="f-join" aria-labelledby="join-h">
      <h3 id="join-h">{t('f.join.title')}</h3>
      {closed ? (
        <p>{t('f.join.closed')}</p>
      ) : (
        <div class="f-join-body">
          <div>
            <p class="f-join-label">{t('f.join.code')}</p>
            <p class="f-join-code" data-testid="join-code">
              {formatCode(code)}
            </p>
            <p class="f-join-label">{t('f.join.url')}</p>
            <p class="f-join-url">
              <a href={joinUrl} target="_blank" rel="noopener noreferrer">
                {joinUrl}
              </a>
            </p>
            <button type="button" onClick={copy}>
              {copied ? t('f.join.copiedButton') : t('f.join.copy')}
            </button>
          </div>
          <img
            class="f-join-qr"
            src={`/api/sessions/${encodeURIComponent(sessionId)}/qr.svg`}
            alt={t('f.join.qrAlt', { url: joinUrl })}
            width={180}
            height={180}
          />
        </div>
      )}
    </section>
  );
}
