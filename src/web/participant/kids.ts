import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type PKey } from './texts.ts';

/** Child mode of this session (the facilitator's setting), for views deep in the tree. */
export const KidsMode = createContext(false);

export function useKids(): boolean {
  return useContext(KidsMode);
}

/** The child version of a text in child mode, the usual one otherwise. */
export function kt(kids: boolean, key: PKey, kidsKey: PKey, params?: Record<string, string | number>): string {
  return t(kids ? kidsKey : key, params);
}
