import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type Offer } from '../../domain/types.ts';
import { offerName } from './os-names.ts';
import { t } from './t.ts';
import type { Run } from './use-commands.ts';

/** "Rename" (or "Name the joker theme") that opens an inline form; Escape cancels. */
export function OsRename({ offer, run }: { offer: Offer; run: Run }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(offer.name);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `os-rename-${offer.id}`;
  const joker = offer.origin === 'joker' && !offer.name;

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const stop = () => {
    setOpen(false);
    setTimeout(() => button.current?.focus(), 0);
  };
  const save = (e: Event) => {
    e.preventDefault();
    const v = name.replace(/\s+/g, ' ').trim();
    if (v && v !== offer.name) run({ type: 'offer.rename', offerId: offer.id, name: v }, t('f.os.ok.renamed', { name: v }));
    stop();
  };

  if (!open) {
    return (
      <button
        type="button"
        ref={button}
        class={joker ? 'f-small primary' : 'f-small'}
        aria-label={joker ? undefined : `${t('f.theme.rename')}: ${offerName(offer)}`}
        onClick={() => {
          setName(offer.name);
          setOpen(true);
        }}
      >
        {joker ? t('f.os.offer.nameJoker') : t('f.theme.rename')}
      </button>
    );
  }
  return (
    <form class="f-inline" onSubmit={save}>
      <label for={id} class="visually-hidden">
        {t('f.theme.newName', { name: offerName(offer) })}
      </label>
      <input
        id={id}
        ref={input}
        maxLength={LIMITS.offerNameMax}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && stop()}
      />
      <button type="submit" class="primary f-small">
        {t('f.theme.saveName')}
      </button>
      <button type="button" class="f-small" onClick={stop}>
        {t('f.confirm.cancel')}
      </button>
    </form>
  );
}
