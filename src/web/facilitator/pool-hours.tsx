import { useEffect, useState } from 'preact/hooks';
import type { DialogueView, HoursView } from '../../protocol/programme-schema.ts';
import { authApi } from './account-api.ts';
import { helsinkiMonth } from '../../domain/helsinki-time.ts';
import { PoolRecord } from './pool-record.tsx';
import { hoursText, monthText, orgApi, type Facilitator, type PoolRights } from './pool-model.ts';
import { errorText } from './t.ts';
import { tpo } from './tpo.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Over the allowance: an icon and words, never the colour alone. */
export function OverBadge({ row }: { row: HoursView['rows'][number] }) {
  if (row.allowanceHours === null) return <span class="po-state">{tpo('po.hours.noAllowance')}</span>;
  if (!row.over) return <span class="po-state po-ok">{tpo('po.hours.within')}</span>;
  return (
    <strong class="po-state po-over">
      <span class="po-icon" aria-hidden="true">
        ⚠
      </span>{' '}
      {tpo('po.hours.over')}
    </strong>
  );
}

/**
 * Hours per facilitator in a month (Europe/Helsinki, default this month) against their
 * allowance, and the form to record hours for a session. [SPEC PR9]
 */
export function PoolHours(props: { orgId: string; pool: Facilitator[]; rights: PoolRights; dialogues: DialogueView[]; version: number }) {
  const [month, setMonth] = useState(() => helsinkiMonth(Date.now()));
  const [view, setView] = useState<HoursView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(0);

  useEffect(() => {
    if (!MONTH.test(month)) return;
    let live = true;
    void authApi<HoursView>('GET', orgApi(props.orgId, `/hours?month=${month}`)).then((r) => {
      if (!live) return;
      if (r.ok) {
        setView(r.data);
        setError(null);
      } else setError(r.message || errorText(r.code));
    });
    return () => {
      live = false;
    };
  }, [props.orgId, month, props.version, recorded]);

  return (
    <section class="pp-card" aria-labelledby="po-hours-title">
      <h2 id="po-hours-title">{tpo('po.hours.title')}</h2>
      <div class="field po-month">
        <label for="po-month">{tpo('po.hours.month')}</label>
        <input
          id="po-month"
          type="month"
          value={month}
          aria-describedby="po-month-hint"
          onInput={(e) => {
            const v = e.currentTarget.value;
            if (MONTH.test(v)) setMonth(v);
          }}
        />
        <p class="hint" id="po-month-hint">
          {tpo('po.hours.monthHint')}
        </p>
      </div>
      {error && <p class="error-text">{error}</p>}
      {view && view.rows.length === 0 && <p>{tpo('po.hours.empty')}</p>}
      {view && view.rows.length > 0 && (
        <div class="pp-table-wrap" tabIndex={0} role="region" aria-labelledby="po-hours-caption">
          <table class="pp-table po-hours">
            <caption id="po-hours-caption">{tpo('po.hours.caption', { month: monthText(view.month) })}</caption>
            <thead>
              <tr>
                <th scope="col">{tpo('po.col.name')}</th>
                <th scope="col" class="pp-num">
                  {tpo('po.hours.colHours')}
                </th>
                <th scope="col" class="pp-num">
                  {tpo('po.hours.colAllowance')}
                </th>
                <th scope="col">{tpo('po.hours.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.userId} class={r.over ? 'po-row-over' : undefined}>
                  <th scope="row">{r.name}</th>
                  <td class="pp-num">{hoursText(r.hours)}</td>
                  <td class="pp-num">{hoursText(r.allowanceHours)}</td>
                  <td>
                    <OverBadge row={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PoolRecord
        pool={props.pool}
        rights={props.rights}
        dialogues={props.dialogues}
        onRecorded={(m) => {
          if (m !== month) setMonth(m);
          setRecorded((n) => n + 1);
        }}
      />
    </section>
  );
}
