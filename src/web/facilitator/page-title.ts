import { useEffect } from 'preact/hooks';
import { t } from './t.ts';

/** Sets document.title ("Sign in – Vuoropuhe"). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${t('facilitator.title')}`;
  }, [title]);
}
