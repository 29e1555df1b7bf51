import { useEffect } from 'preact/hooks';
import type { ProcessOutputs } from '../../protocol/http-schema.ts';
import { ActionsSection } from './process-actions.tsx';
import { processApi, useProcessData } from './process-api.ts';
import { ProcessFrame } from './process-frame.tsx';
import { FollowupForm } from './process-followup-form.tsx';
import { tp } from './tp.ts';

/** Theme names known from the sessions: carried themes of session 1, themes of the good-practice records. */
export function knownThemes(o: ProcessOutputs): string[] {
  const names = [...o.themes.map((x) => x.name), ...o.practices.map((x) => x.theme)].map((x) => x.trim()).filter(Boolean);
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** /:lang/processes/:id/followup — the follow-up agreement and the actions. */
export function FollowupPage({ id, onUnauthenticated }: { id: string; onUnauthenticated(): void }) {
  const { data, error } = useProcessData<ProcessOutputs>(processApi(id, '/outputs'), onUnauthenticated);

  // "…/followup#actions" (from the summary page) starts at the actions
  useEffect(() => {
    if (data && location.hash === '#actions') {
      const h = document.getElementById('pp-act-h');
      h?.scrollIntoView();
      h?.focus();
    }
  }, [data]);

  const themes = data ? knownThemes(data) : [];
  return (
    <ProcessFrame id={id} current="followup" title={tp('p.title.followup')} process={data?.process ?? null} error={error}>
      {data && (
        <>
          <FollowupForm processId={id} initial={data.followup} themes={themes} onUnauthenticated={onUnauthenticated} />
          <ActionsSection
            processId={id}
            initial={data.actions}
            themes={[...themes, ...data.followup.themePlans.map((x) => x.theme)]}
            practices={data.practices}
            onUnauthenticated={onUnauthenticated}
          />
        </>
      )}
    </ProcessFrame>
  );
}
