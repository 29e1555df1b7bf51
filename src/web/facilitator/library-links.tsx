import type { MeResponse } from '../../protocol/http-schema.ts';
import { libraryPath, meetupsPath } from './library-format.ts';
import { Link } from './link.tsx';
import { tl } from './tl.ts';

/** Header links: the practice library, and the meetups of each organisation the user belongs to. */
export function LibraryLinks({ me }: { me: MeResponse }) {
  if (me.mfaSetupRequired) return null;
  return (
    <nav class="a-links lib-links" aria-label={tl('l.nav.label')}>
      <ul>
        <li>
          <Link href={libraryPath()}>{tl('l.nav.library')}</Link>
        </li>
        {(me.orgs ?? []).map((o) => (
          <li key={o.orgId}>
            <Link href={meetupsPath(o.orgId)}>{tl('l.nav.meetups', { name: o.orgName })}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
