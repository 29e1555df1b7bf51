import { useEffect, useState } from 'preact/hooks';
import type { CommissionView, DialogueView } from '../../protocol/programme-schema.ts';
import { authApi } from './account-api.ts';
import { FormError } from './form-error.tsx';
import { sessionName, SESSIONS, type Facilitator, type Session } from './pool-model.ts';
import { processApi } from './process-api.ts';
import { errorText } from './t.ts';
import { tpo } from './tpo.ts';

/** Who is assigned to a planned session of a dialogue (names), or nobody. */
function assigned(d: DialogueView, s: Session): { userId: string; name: string }[] {
  return d.plans.find((p) => p.session === s)?.facilitators ?? [];
}

/**
 * Coordinators and org admins assign facilitators from the pool to each planned session of the
 * organisation's dialogues; the table shows who is assigned now. [SPEC PR8]
 */
export function PoolAssign(props: { pool: Facilitator[]; dialogues: DialogueView[]; onAssigned(): void }) {
  const { pool, dialogues } = props;
  const [processId, setProcessId] = useState(dialogues[0]?.processId ?? '');
  const [session, setSession] = useState<Session>('session1');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<{ text: string; n: number } | null>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const dialogue = dialogues.find((d) => d.processId === processId) ?? null;

  // the first dialogue once the list has loaded; the current assignment when the choice changes
  useEffect(() => {
    if (!processId && dialogues[0]) setProcessId(dialogues[0].processId);
  }, [dialogues]);
  useEffect(() => {
    setChosen(dialogue ? assigned(dialogue, session).map((f) => f.userId) : []);
  }, [processId, session, dialogue]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!dialogue) return;
    setBusy(true);
    const r = await authApi<CommissionView>('PUT', processApi(processId, '/assignment'), { session, userIds: chosen });
    setBusy(false);
    if (!r.ok) return setError((x) => ({ text: r.message || errorText(r.code), n: (x?.n ?? 0) + 1 }));
    setError(null);
    const names = r.data.plans.find((p) => p.session === session)?.facilitators.map((f) => f.name) ?? [];
    setSaved(
      tpo('po.as.saved', { dialogue: dialogue.name, session: sessionName(session), names: names.join(', ') || tpo('po.as.nobody') }),
    );
    props.onAssigned();
  };

  return (
    <section class="pp-card" aria-labelledby="po-as-title">
      <h2 id="po-as-title">{tpo('po.as.title')}</h2>
      {dialogues.length === 0 ? (
        <p>{tpo('po.as.empty')}</p>
      ) : (
        <>
          <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="po-as-caption">
            <table class="pp-table po-assign">
              <caption id="po-as-caption">{tpo('po.as.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tpo('po.as.colDialogue')}</th>
                  <th scope="col">{tpo('po.as.colDate')}</th>
                  {SESSIONS.map((s) => (
                    <th scope="col" key={s}>
                      {sessionName(s)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dialogues.map((d) => (
                  <tr key={d.processId}>
                    <th scope="row">{[d.name, d.unit].filter(Boolean).join(' · ')}</th>
                    <td>{d.date}</td>
                    {SESSIONS.map((s) => (
                      <td key={s}>
                        {assigned(d, s)
                          .map((f) => f.name)
                          .join(', ') || <span class="f-muted">{tpo('po.as.nobody')}</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form class="po-assign-form" onSubmit={(e) => void submit(e)} aria-labelledby="po-as-form-title">
            <h3 id="po-as-form-title">{tpo('po.as.formTitle')}</h3>
            <FormError message={error?.text ?? null} n={error?.n ?? 0} />
            <div class="po-grid">
              <div class="field">
                <label for="po-as-dialogue">{tpo('po.as.colDialogue')}</label>
                <select id="po-as-dialogue" value={processId} onChange={(e) => setProcessId(e.currentTarget.value)}>
                  {dialogues.map((d) => (
                    <option key={d.processId} value={d.processId}>
                      {[d.name, d.unit, d.date].filter(Boolean).join(' · ')}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="po-as-session">{tpo('po.rec.session')}</label>
                <select id="po-as-session" value={session} onChange={(e) => setSession(e.currentTarget.value as Session)}>
                  {SESSIONS.map((s) => (
                    <option key={s} value={s}>
                      {sessionName(s)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset class="po-methods">
              <legend>{tpo('po.as.pick')}</legend>
              {pool.map((f) => (
                <div key={f.userId} class="po-check">
                  <input
                    type="checkbox"
                    id={`po-as-${f.userId}`}
                    checked={chosen.includes(f.userId)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setChosen((list) => (on ? [...list, f.userId] : list.filter((x) => x !== f.userId)));
                    }}
                  />
                  <label for={`po-as-${f.userId}`}>{f.name}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" class="primary" disabled={busy}>
              {tpo('po.as.save')}
            </button>
            <p role="status" class="a-done">
              {saved}
            </p>
          </form>
        </>
      )}
    </section>
  );
}
