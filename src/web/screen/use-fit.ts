import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * How many of `max` items fit in a box: render them all, then drop one at a time (before the
 * browser paints) until the box no longer overflows. Starts again from `max` when `key` changes
 * or the window is resized (the projector going full screen). The projector never scrolls.
 */
export function useFit<T extends HTMLElement>(max: number, key: string) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(0);
  const fullKey = `${key}|${max}|${size}`;
  const [fit, setFit] = useState({ key: fullKey, shown: max });
  const shown = fit.key === fullKey ? Math.min(fit.shown, max) : max;

  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.scrollHeight > el.clientHeight + 1 && shown > 0) setFit({ key: fullKey, shown: shown - 1 });
    else if (fit.key !== fullKey) setFit({ key: fullKey, shown });
  });

  return { ref, shown };
}
