import { useEffect, useState } from 'preact/hooks';

import type * as OsViewsModule from './os-views.ts';

type OsViews = typeof OsViewsModule;

let loaded: OsViews | null = null;
let loading: Promise<OsViews> | null = null;

/** Start loading the Open Space views (in the lobby already, so they are here when needed). */
export function preloadOsViews(): Promise<OsViews> {
  loading ??= import('./os-views.ts').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null; // a later call tries again
      throw e;
    },
  );
  return loading;
}

/** The Open Space views once their chunk is here; a failed load (slow Wi-Fi) is tried again. */
export function useOsViews(): OsViews | null {
  const [views, setViews] = useState(loaded);
  useEffect(() => {
    if (views) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      preloadOsViews().then(
        (m) => {
          if (!stop) setViews(m);
        },
        () => {
          if (!stop) timer = setTimeout(() => load(attempt + 1), Math.min(10_000, 1000 * 2 ** attempt));
        },
      );
    };
    load(0);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, []);
  return views;
}
