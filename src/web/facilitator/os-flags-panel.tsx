import type { OpenSpace, PrivacyFinding } from '../../domain/types.ts';
import { groupLabel } from './os-names.ts';
import { t } from './t.ts';

const kinds = (fs: PrivacyFinding[]) => [...new Set(fs.map((f) => t(`f.flags.kind.${f.kind}`)))].join(', ');

interface Flagged {
  id: string;
  where: string;
  what: string;
  text: string;
  flags: PrivacyFinding[];
}

/** Everything someone saved although the privacy scan found something (Open Space). */
export function flaggedItems(os: OpenSpace): Flagged[] {
  const where = (gid: string) => groupLabel(os, gid);
  return [
    ...os.offers
      .filter((o) => o.flags.length > 0)
      .map((o) => ({ id: o.id, where: t('f.os.flags.proposal'), what: '', text: o.name, flags: o.flags })),
    ...os.items
      .filter((i) => i.flags.length > 0)
      .map((i) => ({ id: i.id, where: where(i.groupId), what: t('f.os.flags.item'), text: i.text, flags: i.flags })),
    ...os.practices
      .filter((p) => p.flags.length > 0)
      .map((p) => ({
        id: p.id,
        where: where(p.groupId),
        what: t('f.os.flags.practice'),
        text: [p.title, p.description, p.context, p.keywords.join(', ')].filter(Boolean).join(' – '),
        flags: p.flags,
      })),
    ...os.pearls
      .filter((p) => p.flags.length > 0)
      .map((p) => ({ id: p.id, where: where(p.groupId), what: t('f.os.flags.pearl'), text: p.text, flags: p.flags })),
  ];
}

/** Right column: the privacy warnings of an Open Space, like the café's flags panel. */
export function OsFlagsPanel({ os }: { os: OpenSpace }) {
  const flagged = flaggedItems(os);
  return (
    <section class="f-flags" aria-labelledby="flags-h">
      <h2 id="flags-h">
        {t('f.flags.title')} <span class="f-muted">({flagged.length})</span>
      </h2>
      {flagged.length === 0 ? (
        <p class="hint">{t('f.flags.none')}</p>
      ) : (
        <>
          <p class="hint">{t('f.os.flags.hint')}</p>
          <ul class="f-flag-list">
            {flagged.map((f) => (
              <li key={f.id}>
                <p class="f-flag-where">
                  {f.where}
                  {f.what ? ` · ${f.what}` : ''} · {t('f.flags.found', { kinds: kinds(f.flags) })}
                </p>
                <p class="f-flag-text" dir="auto">
                  {f.text}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
