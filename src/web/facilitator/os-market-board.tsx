import type { OpenSpace, SessionState } from '../../domain/types.ts';
import type { Ask } from './confirm-dialog.tsx';
import { focusLater, useFocusLater } from './focus-later.ts';
import { OsAddOfferForm } from './os-add-offer-form.tsx';
import { NamesInReports } from './names-in-reports.tsx';
import { OsCapForm } from './os-cap-form.tsx';
import { notChosen, openThemes, settledThemes, waitingProposals } from './os-model.ts';
import { offerName } from './os-names.ts';
import { OsOfferCard } from './os-offer-card.tsx';
import { OsProposalRow } from './os-proposal-row.tsx';
import { t } from './t.ts';
import type { Commands } from './use-commands.ts';

/** Phases in which the facilitator may add, accept, decline and merge themes. */
const EDIT_PHASES = ['lobby', 'opening', 'marketplace', 'groups'];

/**
 * The marketplace: proposals waiting for a decision, the themes on offer with live head
 * counts per group (split by hand), add a theme, the group size limit, and what was
 * declined or merged.
 */
export function OsMarketBoard({ state, os, cmds, ask }: { state: SessionState; os: OpenSpace; cmds: Commands; ask: Ask }) {
  useFocusLater();
  const run = cmds.run;
  const readOnly = state.phase === 'closed';
  const editable = EDIT_PHASES.includes(state.phase);
  const canSplit = state.phase === 'marketplace' || state.phase === 'groups';
  const proposals = waitingProposals(os);
  const offers = openThemes(os);
  const settled = settledThemes(os);
  const waiting = notChosen(state).length;

  return (
    <div class="f-os-market">
      <p class="f-count" data-testid="os-market-summary">
        {t('f.os.market.summary', {
          themes: offers.length,
          chosen: state.participants.length - waiting,
          people: state.participants.length,
        })}
      </p>

      {(proposals.length > 0 || editable) && (
        <section class="f-os-proposals" aria-labelledby="os-proposals-h">
          <h3 id="os-proposals-h" tabIndex={-1}>
            {t('f.os.proposals.title')} <span class="f-muted">({proposals.length})</span>
          </h3>
          {proposals.length === 0 ? (
            <p class="hint">{t('f.os.proposals.none')}</p>
          ) : (
            <ul class="f-os-list">
              {proposals.map((o) => (
                <OsProposalRow key={o.id} os={os} offer={o} run={run} ask={ask} />
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="os-offers-h">
        <h3 id="os-offers-h">
          {t('f.os.offers.title')} <span class="f-muted">({offers.length})</span>
        </h3>
        <ul class="f-os-offers">
          {offers.map((o) => (
            <OsOfferCard key={o.id} os={os} offer={o} run={run} ask={ask} editable={editable} canSplit={canSplit} readOnly={readOnly} />
          ))}
        </ul>
        {editable && <OsAddOfferForm cmds={cmds} />}
      </section>

      {!readOnly && <OsCapForm cap={os.cap} run={run} disabled={readOnly} />}
      {!readOnly && <NamesInReports state={state} cmds={cmds} disabled={readOnly} />}

      {settled.length > 0 && (
        <details class="f-os-settled">
          <summary>{t('f.os.settled.title', { n: settled.length })}</summary>
          <ul class="f-os-list">
            {settled.map((o) => {
              const into = o.mergedInto ? os.offers.find((x) => x.id === o.mergedInto) : undefined;
              return (
                <li key={o.id} id={`os-settled-${o.id}`} class="f-os-settled-row">
                  <span>
                    {offerName(o)} –{' '}
                    {o.status === 'merged' ? t('f.os.settled.merged', { target: into ? offerName(into) : '' }) : t('f.os.settled.declined')}
                  </span>
                  {o.status === 'declined' && editable && (
                    <button
                      type="button"
                      class="f-small"
                      aria-label={`${t('f.os.settled.reaccept')}: ${offerName(o)}`}
                      onClick={() => {
                        focusLater(`os-settled-${o.id}`, `os-offer-h-${o.id}`);
                        run({ type: 'offer.decide', offerId: o.id, accept: true }, t('f.os.ok.accepted', { name: o.name }));
                      }}
                    >
                      {t('f.os.settled.reaccept')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
