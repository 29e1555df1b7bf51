import type { VNode } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Announce = (message: string) => void;

/**
 * One polite live region for the whole page. It is also shown for a moment at the bottom of
 * the screen, so sighted people get the same feedback ("Note moved to theme X").
 */
export function useAnnouncer(): [Announce, VNode] {
  const [msg, setMsg] = useState('');
  const flip = useRef(false);
  const announce = useCallback((m: string) => {
    // a trailing no-break space makes a repeated message a change the screen reader reads again
    flip.current = !flip.current;
    setMsg(m + (flip.current ? '\u00a0' : ''));
  }, []);
  useEffect(() => {
    if (!msg) return;
    const h = setTimeout(() => setMsg(''), 6000);
    return () => clearTimeout(h);
  }, [msg]);
  const region = (
    <div class={msg ? 'p-toast shown' : 'p-toast'} aria-live="polite" aria-atomic="true">
      {msg}
    </div>
  );
  return [announce, region];
}
