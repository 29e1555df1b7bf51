import type { Actor } from '../../src/domain/types.ts';
import type { ProcessSummary } from '../../src/protocol/http-schema.ts';
import type { CommissionRow } from '../../src/store/store.ts';
import { cid, createProcess, http, join, type TestServer } from '../support/test-server.ts';

/* Fixtures of the practice library tests: a process run through session 2 with practices. [SPEC L] */

export interface Dialogue {
  p: ProcessSummary;
  practices: string[];
}

const me = async (s: TestServer, cookie: string) => (await http<{ id: string }>(s, 'GET', '/api/me', undefined, { cookie })).body.id;

/** A process run through session 2 with these practices written by the facilitator for one group. */
export async function dialogue(
  s: TestServer,
  participant: string,
  owner: string,
  commissionerEmail: string,
  unit: string,
  theme: string,
  practices: { title: string; description: string; keywords: string[]; context: string }[],
): Promise<Dialogue> {
  const fac: Actor = { role: 'facilitator', userId: await me(s, owner) };
  const exec = (sid: string, a: Actor, cmd: Record<string, unknown>) => s.app.deps.engine.execute(sid, a, cid(), cmd as never);
  const p0 = await createProcess(s, owner, { name: `Dialogi ${unit}`, unit });
  await exec(p0.sessions[0]!.id, fac, { type: 'session.close' });
  for (let i = 0; i < 100 && (await s.app.deps.store.sessions.byId(p0.sessions[0]!.id))!.closedAt === null; i++)
    await new Promise((r) => setTimeout(r, 10));
  const p = (await http<ProcessSummary>(s, 'POST', `/api/processes/${p0.id}/sessions`, { kind: 'open_space' }, { cookie: owner })).body;
  const os = p.sessions.find((x) => x.kind === 'open_space')!;
  const joined = await join(s, os.joinCode, participant);
  const joker = (await s.app.deps.engine.load(os.id))!.state.os!.offers[0]!.id;
  await exec(os.id, fac, { type: 'offer.rename', offerId: joker, name: theme });
  for (let i = 0; i < 2; i++) await exec(os.id, fac, { type: 'phase.next' });
  await exec(os.id, { role: 'participant', participantId: joined.participantId }, { type: 'os.choose', offerId: joker });
  await exec(os.id, fac, { type: 'phase.next' });
  const groupId = (await s.app.deps.engine.load(os.id))!.state.os!.members[joined.participantId]!;
  const ids: string[] = [];
  for (const pr of practices) {
    const practiceId = cid('pr');
    await exec(os.id, fac, { type: 'practice.save', practiceId, groupId, ...pr });
    ids.push(practiceId);
  }
  const set = await http(s, 'PUT', `/api/processes/${p.id}/commissioner`, { email: commissionerEmail }, { cookie: owner });
  if (set.status !== 200) throw new Error(`commissioner: ${set.status}`);
  return { p, practices: ids };
}

/** The commission's consent to share, written straight to the store (the commission form is another route's). */
export async function setConsent(s: TestServer, processId: string, value: CommissionRow['consentToShare']): Promise<void> {
  await s.app.deps.store.programme.putCommission({
    processId,
    categoryId: null,
    method: 'hkd',
    participantGroups: [],
    plans: [],
    readiness: 'yes',
    readinessOverride: '',
    agreedWith: '',
    agreedOn: null,
    consentToShare: value,
    participants: null,
    state: 'draft',
    updatedAt: 1,
    updatedBy: 'x',
  });
}
