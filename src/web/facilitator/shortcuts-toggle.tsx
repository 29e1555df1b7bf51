import type { SessionKind } from '../../domain/types.ts';
import { t } from './t.ts';

/** Turn the single-key shortcuts on or off (WCAG 2.1.4), and list the ones of this kind of session. */
export function ShortcutsToggle({ on, set, kind }: { on: boolean; set(v: boolean): void; kind: SessionKind }) {
  return (
    <details class="f-shortcuts">
      <summary>{t('f.shortcut.title')}</summary>
      <div class="f-check">
        <input type="checkbox" id="shortcuts-on" checked={on} onChange={(e) => set(e.currentTarget.checked)} />
        <label for="shortcuts-on">{t('f.shortcut.toggle')}</label>
      </div>
      <ul class="f-shortcut-list">
        <li>
          <kbd>N</kbd> {t('f.shortcut.next')}
        </li>
        {kind === 'open_space' ? (
          <>
            <li>
              <kbd>S</kbd> {t('f.os.shortcut.spotNextLong')}
            </li>
            <li>
              <kbd>A</kbd> {t('f.os.shortcut.spotAllLong')}
            </li>
          </>
        ) : (
          <>
            <li>
              <kbd>P</kbd> {t('f.shortcut.pause')}
            </li>
            <li>
              <kbd>1</kbd> / <kbd>5</kbd> {t('f.shortcut.extend')}
            </li>
            <li>
              <kbd>E</kbd> {t('f.shortcut.end')}
            </li>
          </>
        )}
      </ul>
      <p class="hint">{t('f.shortcut.notTyping')}</p>
    </details>
  );
}
