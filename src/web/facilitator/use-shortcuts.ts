import { useEffect, useRef, useState } from 'preact/hooks';

const STORE_KEY = 'vp-f-shortcuts';

/** Single-key shortcuts can be turned off (WCAG 2.1.4); the choice is kept in this browser. */
export function useShortcutsEnabled(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(STORE_KEY) !== 'off';
    } catch {
      return true;
    }
  });
  const set = (v: boolean) => {
    setOn(v);
    try {
      localStorage.setItem(STORE_KEY, v ? 'on' : 'off');
    } catch {
      // storage disabled: the choice lasts until reload
    }
  };
  return [on, set];
}

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * Console shortcuts (key → action). They never fire while typing in a field, with a modifier
 * key held, or while a dialog is open.
 */
export function useShortcuts(map: Record<string, () => void>, enabled: boolean): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const f = ref.current[e.key.toLowerCase()];
      if (!f) return;
      e.preventDefault();
      f();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
