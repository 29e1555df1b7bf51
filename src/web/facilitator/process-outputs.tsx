import type { ComponentChildren } from 'preact';
import type { FollowupView, ProcessOutputs } from '../../protocol/http-schema.ts';
import { Link } from './link.tsx';
import { ActionsTable } from './process-actions-table.tsx';
import { ExportLinks, ExportLog } from './process-exports.tsx';
import { FeedbackOutputs } from './process-feedback.tsx';
import { formatDateTime, formatLocalDateTime } from './process-format.ts';
import { processPath } from './process-frame.tsx';
import { tp, type PKey } from './tp.ts';

function Part({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="pp-out" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Text as written, with its line breaks. */
function Para({ text }: { text: string }) {
  return <p class="pp-pre">{text}</p>;
}

const CONTINUE: Record<FollowupView['continueDialogue'], PKey> = {
  yes: 'p.fu.continue.yes',
  no: 'p.fu.continue.no',
  later: 'p.fu.continue.later',
  '': 'p.fu.continue.none',
};

function isEmpty(f: FollowupView): boolean {
  return (
    f.updatedAt === null &&
    !f.heard &&
    !f.needsMonths &&
    !f.needsYears &&
    f.themePlans.length === 0 &&
    !f.resultsUse &&
    !f.continueDialogue &&
    !f.nextMeeting
  );
}

/** The follow-up agreement, read-only. */
function FollowupView({ f }: { f: FollowupView }) {
  if (isEmpty(f)) return <p>{tp('p.out.followupNone')}</p>;
  const text = (key: PKey, v: string) => (
    <div>
      <dt>{tp(key)}</dt>
      <dd>{v ? <Para text={v} /> : tp('p.notSet')}</dd>
    </div>
  );
  return (
    <>
      <dl class="pp-facts pp-facts-stacked">
        {text('p.fu.heard', f.heard)}
        {text('p.fu.needsMonths', f.needsMonths)}
        {text('p.fu.needsYears', f.needsYears)}
        <div>
          <dt>{tp('p.fu.plans')}</dt>
          <dd>
            {f.themePlans.length === 0 ? (
              tp('p.notSet')
            ) : (
              <ul class="pp-plain-list">
                {f.themePlans.map((x, i) => (
                  <li key={i}>
                    <strong>{x.theme}</strong>
                    {x.plan && <Para text={x.plan} />}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {text('p.fu.resultsUse', f.resultsUse)}
        {text('p.fu.continue', tp(CONTINUE[f.continueDialogue]))}
        {text('p.fu.next', f.nextMeeting ? [formatLocalDateTime(f.nextMeeting), f.nextMeetingPlace].filter(Boolean).join(' · ') : '')}
      </dl>
      {f.updatedAt !== null && <p class="hint">{tp('p.fu.savedAt', { date: formatDateTime(f.updatedAt) })}</p>}
    </>
  );
}

/**
 * Everything the commissioner writes the summary from: carried themes, good-practice records,
 * pearls and main points, the follow-up agreement, actions, feedback, and the exports.
 */
export function Outputs({ o, onExport }: { o: ProcessOutputs; onExport(): void }) {
  const id = o.process.id;
  return (
    <div class="pp-outputs">
      <h2 id="pp-out-h">{tp('p.out.title')}</h2>

      <Part id="pp-out-themes" title={tp('p.out.themes')}>
        {o.themes.length === 0 ? (
          <p>{tp('p.out.themesNone')}</p>
        ) : (
          <ul class="pp-plain-list">
            {o.themes.map((x, i) => (
              <li key={i}>
                <strong>{x.name}</strong>
                {x.table && <span class="f-muted"> ({tp('p.out.themeTable', { table: x.table })})</span>}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="pp-out-practices" title={tp('p.out.practices')}>
        {o.practices.length === 0 ? (
          <p>{tp('p.out.practicesNone')}</p>
        ) : (
          <ul class="pp-cards">
            {o.practices.map((x) => (
              <li key={x.id} class="pp-practice">
                <h4>{x.title}</h4>
                {x.description && <Para text={x.description} />}
                <dl class="pp-facts">
                  {x.theme && (
                    <div>
                      <dt>{tp('p.out.practice.theme')}</dt>
                      <dd>{x.theme}</dd>
                    </div>
                  )}
                  {x.keywords.length > 0 && (
                    <div>
                      <dt>{tp('p.out.practice.keywords')}</dt>
                      <dd>{x.keywords.join(', ')}</dd>
                    </div>
                  )}
                  {x.context && (
                    <div>
                      <dt>{tp('p.out.practice.context')}</dt>
                      <dd>{x.context}</dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="pp-out-pearls" title={tp('p.out.pearls')}>
        {o.pearls.length === 0 ? (
          <p>{tp('p.out.pearlsNone')}</p>
        ) : (
          <ul class="pp-cards">
            {o.pearls.map((g, i) => (
              <li key={i} class="pp-pearl">
                <h4>{g.group}</h4>
                {g.texts.length > 0 && (
                  <ul>
                    {g.texts.map((t, j) => (
                      <li key={j}>{t}</li>
                    ))}
                  </ul>
                )}
                {g.mainPoints && (
                  <>
                    <p class="pp-label">{tp('p.out.mainPoints')}</p>
                    <Para text={g.mainPoints} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Part>

      <Part id="pp-out-followup" title={tp('p.out.followup')}>
        <FollowupView f={o.followup} />
        <p>
          <Link href={processPath(id, 'followup')}>{tp('p.out.followupEdit')}</Link>
        </p>
      </Part>

      <Part id="pp-out-actions" title={tp('p.out.actions')}>
        {o.actions.length === 0 ? (
          <p>{tp('p.act.none')}</p>
        ) : (
          <ActionsTable actions={o.actions} practices={o.practices} captionId="pp-out-act-caption" />
        )}
        <p>
          <Link href={`${processPath(id, 'followup')}#actions`}>{tp('p.out.actionsEdit')}</Link>
        </p>
      </Part>

      <Part id="pp-out-feedback" title={tp('p.out.feedback')}>
        <FeedbackOutputs feedback={o.feedback} />
      </Part>

      <ExportLinks id={id} onExport={onExport}>
        <ExportLog exports={o.exports} />
      </ExportLinks>
    </div>
  );
}
