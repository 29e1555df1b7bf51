import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from './texts.ts';

interface Props {
  /** what is removed, for screen readers ("Remove: Home visits together") */
  what: string;
  onRemove(): void;
}

/** "Remove" asks once, in place: "Remove this? [Yes, remove] [Cancel]"; focus stays in the pair. */
export function ConfirmRemove({ what, onRemove }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const was = useRef(false);
  useLayoutEffect(() => {
    if (asking) yes.current?.focus();
    else if (was.current) first.current?.focus();
    was.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="danger" ref={first} onClick={() => setAsking(true)}>
        {t('flip.remove')}
        <span class="visually-hidden">
          : <bdi>{what}</bdi>
        </span>
      </button>
    );
  }
  return (
    <span class="os-confirm" role="group" aria-label={`${t('flip.sure')} ${what}`}>
      <span class="os-confirm-q" aria-hidden="true">
        {t('flip.sure')}
      </span>
      <button
        type="button"
        class="danger"
        ref={yes}
        onClick={() => {
          setAsking(false);
          was.current = false;
          onRemove();
        }}
      >
        {t('flip.sureYes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('theming.cancel')}
      </button>
    </span>
  );
}
