import { useAnnouncement } from './announce.ts';

/** The app's single polite announcement region (visually hidden). */
export function Announcer() {
  const msg = useAnnouncement();
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {msg}
    </div>
  );
}
