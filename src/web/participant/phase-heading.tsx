import { useEffect, useRef } from 'preact/hooks';

/**
 * The page's one h1. It takes focus when it mounts (the phase view gives it a new key on every
 * phase change), except while someone is typing in a text field: their draft keeps focus.
 */
export function PhaseHeading({ text }: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const a = document.activeElement;
    const typing = a instanceof HTMLTextAreaElement || (a instanceof HTMLInputElement && a.type === 'text');
    if (!typing) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} class="p-h1" tabIndex={-1}>
      {text}
    </h1>
  );
}
