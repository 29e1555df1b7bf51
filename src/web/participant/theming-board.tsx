import type { Location } from '../../domain/rotation.ts';
import { themesOfTable } from '../../domain/theming.ts';
import { newClientId } from '../shared/connection.ts';
import { useDropTarget } from './drop-target.ts';
import { kt, useKids } from './kids.ts';
import { NewThemeForm } from './new-theme-form.tsx';
import { NoteForm } from './note-form.tsx';
import { PhaseHeading } from './phase-heading.tsx';
import type { PhaseProps } from './phase-view.tsx';
import { TableBand } from './table-band.tsx';
import { t } from './texts.ts';
import { ThemeCard } from './theme-card.tsx';
import { ThemeNote } from './theme-note.tsx';
import { useActionFeedback } from './use-action-feedback.ts';

type Props = PhaseProps & { heading: string; headingKey: string; loc: Location };

/**
 * Theming at my table: sort its notes into named themes. Every action works by keyboard
 * (selects and buttons); drag and drop is an extra. Each result is announced politely.
 */
export function ThemingBoard({ state, live, announce, heading, headingKey, loc }: Props) {
  const table = state.tables[loc.tableIndex]!;
  const themes = themesOfTable(state, table.id);
  const themeIds = new Set(themes.map((x) => x.id));
  const notes = state.notes.filter((n) => n.tableId === table.id);
  const unthemed = notes.filter((n) => n.themeId === null || !themeIds.has(n.themeId));
  const act = useActionFeedback(live, announce);
  const kids = useKids();
  const nameOf = (id: string) => state.themes.find((x) => x.id === id)?.name ?? '';

  const move = (noteId: string, themeId: string | null) => {
    const note = state.notes.find((n) => n.id === noteId);
    if (!note || note.themeId === themeId) return;
    act({ type: 'note.setTheme', noteId, themeId }, themeId ? t('theming.moved', { name: nameOf(themeId) }) : t('theming.movedOut'));
  };
  const rename = (themeId: string, name: string) => act({ type: 'theme.rename', themeId, name }, t('theming.renamed', { name }));
  const merge = (sourceId: string, targetId: string) =>
    act({ type: 'theme.merge', sourceId, targetId }, t('theming.merged', { source: nameOf(sourceId), target: nameOf(targetId) }), () =>
      setTimeout(() => document.getElementById(`theme-${targetId}`)?.focus(), 50),
    );
  const create = (name: string) =>
    act({ type: 'theme.create', themeId: newClientId(), tableId: table.id, name }, t('theming.created', { name }));
  const drop = useDropTarget((noteId) => move(noteId, null));

  return (
    <>
      <PhaseHeading key={headingKey} text={heading} />
      <TableBand table={table} index={loc.tableIndex} />
      <p class="p-lead">{kt(kids, 'theming.intro', 'kids.theming.intro')}</p>
      <p class="hint">{t('theming.dragHint')}</p>
      <NewThemeForm onCreate={create} />
      <section class={drop.over ? 'p-section p-unthemed over' : 'p-section p-unthemed'} aria-labelledby="unthemed-h" {...drop.props}>
        <h2 id="unthemed-h">{t('theming.unthemed', { n: unthemed.length })}</h2>
        {unthemed.length === 0 ? (
          <p class="hint">{t('theming.allThemed')}</p>
        ) : (
          <ul class="p-tnotes">
            {unthemed.map((n) => (
              <ThemeNote key={n.id} note={n} themes={themes} onMove={move} />
            ))}
          </ul>
        )}
      </section>
      <section class="p-section" aria-labelledby="themes-h">
        <h2 id="themes-h">{t('theming.themes', { n: themes.length })}</h2>
        {themes.length === 0 ? <p class="hint">{t('theming.noThemes')}</p> : null}
        {themes.map((th) => (
          <ThemeCard
            key={th.id}
            theme={th}
            notes={notes.filter((n) => n.themeId === th.id)}
            themes={themes}
            onMove={move}
            onRename={rename}
            onMerge={merge}
          />
        ))}
      </section>
      <NoteForm sessionId={state.sessionId} live={live} announce={announce} intro={t('theming.addMissing')} />
    </>
  );
}
