import type { CommissionBody } from '../../protocol/programme-schema.ts';
import { sessionName, tpr } from './tpr.ts';

export interface PlanDraft {
  session: CommissionBody['plans'][number]['session'];
  /** <input type="datetime-local"> value, '' = not planned */
  when: string;
  place: string;
  online: boolean;
}

/** The planned time and place (or online) of session 1, session 2 and the follow-up meeting. [SPEC PR1] */
export function CommissionPlans({
  plans,
  errors,
  onChange,
}: {
  plans: PlanDraft[];
  errors: Record<string, string>;
  onChange(plans: PlanDraft[]): void;
}) {
  const put = (i: number, patch: Partial<PlanDraft>) => onChange(plans.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  const err = (id: string) => errors[id];
  const aria = (id: string) => ({
    'aria-invalid': err(id) ? ('true' as const) : undefined,
    'aria-describedby': err(id) ? `${id}-err` : undefined,
  });
  const message = (id: string) =>
    err(id) && (
      <p class="error-text" id={`${id}-err`}>
        {err(id)}
      </p>
    );
  return (
    <fieldset class="pr-plans">
      <legend>{tpr('pr.f.plans')}</legend>
      {plans.map((p, i) => {
        const base = `pr-plan-${p.session}`;
        const session = sessionName(p.session);
        return (
          <div key={p.session} class="pr-plan">
            <div class="field">
              <label for={`${base}-when`}>{tpr('pr.f.when', { session })}</label>
              <input
                id={`${base}-when`}
                type="datetime-local"
                value={p.when}
                {...aria(`${base}-when`)}
                onInput={(e) => put(i, { when: e.currentTarget.value })}
              />
              {message(`${base}-when`)}
            </div>
            <div class="field">
              <label for={`${base}-place`}>{tpr('pr.f.place', { session })}</label>
              <input
                id={`${base}-place`}
                type="text"
                maxLength={200}
                value={p.place}
                {...aria(`${base}-place`)}
                onInput={(e) => put(i, { place: e.currentTarget.value })}
              />
              {message(`${base}-place`)}
            </div>
            <label class="pr-check">
              <input
                id={`${base}-online`}
                type="checkbox"
                checked={p.online}
                onChange={(e) => put(i, { online: e.currentTarget.checked })}
              />
              {tpr('pr.f.online', { session })}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
