import type { SessionState } from '../../domain/types.ts';
import { projectorPreview } from './phases.ts';
import { path } from './route.ts';
import { t } from './t.ts';

/** One button opens the projector view in its own window; a line says what it shows now. */
export function ProjectorCard({ state, sessionId, screens }: { state: SessionState; sessionId: string; screens: number }) {
  const open = () => {
    window.open(path(`/screen/${encodeURIComponent(sessionId)}`), 'vp-screen');
  };
  const what = projectorPreview(state);
  return (
    <section class="f-projector" aria-labelledby="projector-h">
      <h2 id="projector-h">{t('f.projector.title')}</h2>
      <button type="button" onClick={open}>
        {t('f.projector.open')}
      </button>
      <p class={screens > 0 ? 'f-screen-on' : 'f-screen-off'} data-testid="projector-status">
        <span aria-hidden="true">{screens > 0 ? '● ' : '○ '}</span>
        {screens > 0 ? t('f.projector.connected', { n: screens }) : t('f.projector.none')}
      </p>
      <div class="f-preview">
        <p class="f-preview-label">{t('f.preview.label')}</p>
        <p class="f-preview-text">{what}</p>
      </div>
    </section>
  );
}
