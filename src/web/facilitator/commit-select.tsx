import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A <select> that acts on its own, without a separate button. Stepping through options with
 * the arrow keys fires `change` on every step, so the choice is sent once it has rested a
 * moment (or when focus leaves), not once per step.
 */
export function CommitSelect(props: {
  id?: string;
  value: string;
  onCommit(value: string): void;
  disabled?: boolean;
  class?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  children: ComponentChildren;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(props.onCommit);
  latest.current = props.onCommit;

  const flush = (v: string | null) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setDraft(null);
    if (v !== null && v !== props.value) {
      setCommitted(v);
      latest.current(v);
    }
  };
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  // the server's answer (or, after a failure, a few seconds) ends the optimistic display
  useEffect(() => setCommitted(null), [props.value]);
  useEffect(() => {
    if (committed === null) return;
    const h = setTimeout(() => setCommitted(null), 4000);
    return () => clearTimeout(h);
  }, [committed]);

  return (
    <select
      id={props.id}
      class={props.class}
      value={draft ?? committed ?? props.value}
      disabled={props.disabled}
      aria-label={props['aria-label']}
      aria-describedby={props['aria-describedby']}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setDraft(v);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => flush(v), 700);
      }}
      onBlur={() => draft !== null && flush(draft)}
    >
      {props.children}
    </select>
  );
}
