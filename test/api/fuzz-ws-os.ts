// The Open Space part of the WebSocket fuzzing: proposals and renames, flipchart items,
// practices, pearls, main points and image alt texts, in a session 2 made from the fuzzed café.
import type { Actor, SessionState } from '../../src/domain/types.ts';
import { LIMITS } from '../../src/domain/types.ts';
import { cid, join } from '../support/test-server.ts';
import { fuzzImageAlt } from './fuzz-images.ts';
import { collapsed, few, field, OVER, sample } from './fuzz-strings.ts';
import { capAccepted, longField, nameField, run, state, textField, type WsRun } from './fuzz-ws-cases.ts';
import { FuzzSocket, fuzzWsField } from './fuzz-ws.ts';

/** The Open Space: proposals and renames, flipchart items, practices, pearls and main points. */
export async function fuzzOpenSpace(r: WsRun, userId: string): Promise<void> {
  const { s, cookie } = r;
  const session = r.proc.sessions.find((x) => x.kind === 'open_space')!;
  const sid = session.id;
  const fac: Actor = { role: 'facilitator', userId };
  const exec = (cmd: Record<string, unknown>) => s.app.deps.engine.execute(sid, fac, cid(), cmd as never);
  const c = await join(s, session.joinCode);
  const P = new FuzzSocket(s, sid, { as: 'participant', token: c.token });
  const F = new FuzzSocket(s, sid, { as: 'facilitator', cookie });
  const joker = (await state(s, sid)).os!.offers.find((o) => o.origin === 'joker')!.id;
  let id = '';
  const withId = (prefix: string) => (id = cid(prefix));
  const offerName = nameField(LIMITS.offerNameMax);
  const existing = (await state(s, sid)).os!.offers.length;
  await run(
    r,
    sid,
    [
      {
        name: 'offer.propose name (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({ type: 'offer.propose', offerId: withId('of'), name: x, confirmPrivacy: true }),
        expect: offerName,
        read: (st) => st.os!.offers.find((o) => o.id === id)?.name,
      },
      {
        name: 'offer.rename name (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'offer.rename', offerId: joker, name: x }),
        expect: offerName,
        read: (st) => st.os!.offers.find((o) => o.id === joker)?.name,
      },
    ],
    { 'offer.propose name (participant)': capAccepted([...OVER, ...sample(40)], offerName, LIMITS.maxOffers - existing) },
  );
  for (let i = 0; i < 3; i++) await exec({ type: 'phase.next' }); // opening, marketplace, groups
  await s.app.deps.engine.execute(sid, { role: 'participant', participantId: c.participantId }, cid(), {
    type: 'os.choose',
    offerId: joker,
  });
  const groupId = (await state(s, sid)).os!.members[c.participantId]!;
  const item = cid('it');
  await P.command({ type: 'flip.add', itemId: item, groupId, kind: 'text', text: 'Alku' });
  const practice = cid('pr');
  const title = longField(LIMITS.practiceTitleMax);
  const body = textField(LIMITS.practiceTextMax);
  const keyword = field({ schemaMax: LIMITS.keywordMax * 4, max: LIMITS.keywordMax, norm: collapsed, allowEmpty: true });
  const pr = (st: SessionState) => st.os!.practices.find((p) => p.id === practice);
  await run(
    r,
    sid,
    [
      {
        name: 'flip.edit text (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({ type: 'flip.edit', itemId: item, text: x, confirmPrivacy: true }),
        expect: longField(LIMITS.flipItemMax),
        read: (st) => st.os!.items.find((i) => i.id === item)?.text,
      },
      {
        name: 'flip.add text (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({ type: 'flip.add', itemId: withId('fi'), groupId, kind: 'keyword', text: x, confirmPrivacy: true }),
        expect: longField(LIMITS.flipItemMax),
        read: (st) => st.os!.items.find((i) => i.id === id)?.text,
      },
      {
        name: 'practice.save title+description+context (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({
          type: 'practice.save',
          practiceId: practice,
          groupId,
          title: x,
          description: x,
          keywords: [],
          context: x,
          confirmPrivacy: true,
        }),
        expect: (x) => (title(x) !== null && body(x) !== null ? title(x) : null),
        read: (st) => [pr(st)?.title, pr(st)?.description, pr(st)?.context],
        shape: (v) => [v, v, v],
      },
      {
        name: 'practice.save keywords (participant)',
        sock: P,
        sessionId: sid,
        cmd: (x) => ({
          type: 'practice.save',
          practiceId: practice,
          groupId,
          title: 'T',
          description: '',
          keywords: [x, ` ${x} `],
          context: '',
          confirmPrivacy: true,
        }),
        expect: (x) => (keyword(x) !== null && keyword(` ${x} `) !== null ? keyword(x) : null),
        read: (st) => pr(st)?.keywords,
        shape: (v) => (v ? [v] : []),
      },
      {
        name: 'pearls.setPoints text (facilitator)',
        sock: F,
        sessionId: sid,
        cmd: (x) => ({ type: 'pearls.setPoints', groupId, text: x }),
        expect: textField(LIMITS.mainPointsMax),
        read: (st) => st.os!.mainPoints[groupId],
      },
    ],
    {
      'flip.add text (participant)': sample(60),
      'practice.save keywords (participant)': sample(60),
      'pearls.setPoints text (facilitator)': sample(60),
    },
  );
  // three pearls per group: each accepted one is removed again before the next
  const pearl = longField(LIMITS.pearlMax);
  for (const x of sample(60)) {
    let pearlId = '';
    await fuzzWsField(
      s,
      {
        name: 'pearl.add text (participant)',
        sock: P,
        sessionId: sid,
        cmd: (v) => ({ type: 'pearl.add', pearlId: (pearlId = cid('pe')), groupId, text: v, confirmPrivacy: true }),
        expect: pearl,
        read: (st) => st.os!.pearls.find((p) => p.id === pearlId)?.text,
      },
      [x],
      r.f,
    );
    if (pearl(x) !== null) await P.command({ type: 'pearl.remove', pearlId });
  }
  r.counts.push(`pearl.add text (participant): ${sample(60).length} tried`);
  const alts = await fuzzImageAlt(s, { sessionId: sid, token: c.token, groupId, sock: P }, r.f);
  r.counts.push(`image alt (participant, query string): ${few().length} tried, ${alts} accepted`);
  P.close();
  F.close();
}
