import { LANGS, type Lang, type SessionState } from '../../domain/types.ts';
import { CommitSelect } from './commit-select.tsx';
import { t, type Key } from './t.ts';
import type { Commands } from './use-commands.ts';
import { useOptimistic } from './use-optimistic.ts';

const LANG_NAME: Record<Lang, Key> = { fi: 'lang.fi', sv: 'lang.sv', en: 'lang.en' };

/**
 * Who is in the room: child mode on the phones (class dialogues) and a second language on the
 * projector. Both kinds of session, any phase; each change is saved at once and announced.
 */
export function RoomSettings({ state, cmds, disabled }: { state: SessionState; cmds: Commands; disabled: boolean }) {
  const [kids, setKids] = useOptimistic(state.settings.childMode === true, cmds.statusOf);
  const second = state.settings.screenSecondLang ?? null;
  const setSecond = (v: string) => {
    const lang = LANGS.find((l) => l === v) ?? null;
    cmds.run(
      { type: 'session.configure', screenSecondLang: lang },
      lang ? t('f.ok.screenLang', { lang: t(LANG_NAME[lang]) }) : t('f.ok.screenLangNone'),
    );
  };
  return (
    <section class="f-room" aria-labelledby="room-h">
      <h2 id="room-h">{t('f.room.title')}</h2>
      <div class="f-check">
        <input
          type="checkbox"
          id="set-child-mode"
          aria-describedby="set-child-mode-hint"
          checked={kids}
          disabled={disabled}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            setKids(v, cmds.run({ type: 'session.configure', childMode: v }, t(v ? 'f.ok.childModeOn' : 'f.ok.childModeOff')));
          }}
        />
        <label for="set-child-mode">{t('f.settings.childMode')}</label>
        <p class="hint" id="set-child-mode-hint">
          {t('f.settings.childModeHint')}
        </p>
      </div>
      <div class="field">
        <label for="set-screen-lang">{t('f.settings.screenLang')}</label>
        <CommitSelect
          id="set-screen-lang"
          aria-describedby="set-screen-lang-hint"
          value={second ?? ''}
          disabled={disabled}
          onCommit={setSecond}
        >
          <option value="">{t('f.settings.screenLangNone')}</option>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(LANG_NAME[l])}
            </option>
          ))}
        </CommitSelect>
        <p class="hint" id="set-screen-lang-hint">
          {t('f.settings.screenLangHint')}
        </p>
      </div>
    </section>
  );
}
