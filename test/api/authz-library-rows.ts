import type { LibraryPracticeView, MeetupView } from '../../src/protocol/library-schema.ts';
import { cid } from '../support/test-server.ts';
import { NO_ACCOUNT, everyone, read, signedIn, staff } from './authz-expect.ts';
import { facActor, send, type World } from './authz-fixtures.ts';
import type { HttpRow } from './authz-http-rows.ts';

/*
 * Matrix rows of the practice library and meetups [SPEC L]: the commissioner publishes and
 * changes its process's records (an org admin may also narrow or withdraw them); members of the
 * organisation read its library and meetups; coordinators and org admins manage meetups; the
 * public link is for everyone; another organisation sees nothing of the organisation's own.
 */

/** members of organisation A (the world's process's organisation) */
const MEMBERS = ['orgAdmin', 'coordinator', 'owner', 'peer', 'commissioner'] as const;
const memberRead = () => staff({ 200: [...MEMBERS], 404: ['admin', 'other'], 401: NO_ACCOUNT });
const recordChange = (status: number) =>
  staff({ [status]: ['commissioner', 'orgAdmin'], 403: ['owner', 'coordinator', 'peer'], 404: ['admin', 'other'], 401: NO_ACCOUNT });
const meetupManage = (status: number) =>
  staff({ [status]: ['coordinator', 'orgAdmin'], 403: ['owner', 'peer', 'commissioner'], 404: ['admin', 'other'], 401: NO_ACCOUNT });

/** A new good-practice record in the world's session 2 (written by its facilitator). */
async function newPractice(w: World): Promise<string> {
  const practiceId = cid('pr');
  await w.s.app.deps.engine.execute(w.s2, facActor(w), cid(), {
    type: 'practice.save',
    practiceId,
    groupId: w.participant.group,
    title: 'Tervetulosoitto vanhemmille',
    description: 'Soitetaan perheille.',
    keywords: ['soitto'],
    context: '',
  });
  return practiceId;
}

/** A new org-library record of the world's process, published by its commissioner. */
async function newRecord(w: World): Promise<string> {
  const r = await send(w.s, 'POST', `/api/processes/${w.p.id}/library`, {
    json: { practiceId: await newPractice(w) },
    headers: { cookie: w.cookie.commissioner },
  });
  if (r.status !== 201) throw new Error(`publish: ${r.status}`);
  return (r.body as LibraryPracticeView).id;
}

/** A new meetup of organisation A (with the public link on when asked). */
async function newMeetup(w: World, link = false): Promise<MeetupView> {
  const headers = { cookie: w.cookie.coordinator };
  const r = await send(w.s, 'POST', `/api/orgs/${w.orgA}/meetups`, { json: { title: 'Kohtaamo' }, headers });
  if (r.status !== 201) throw new Error(`meetup: ${r.status}`);
  const m = r.body as MeetupView;
  if (!link) return m;
  return (await send(w.s, 'PUT', `/api/meetups/${m.id}/link`, { json: { on: true }, headers })).body as MeetupView;
}

let shared: { record: string; meetup: MeetupView } | null = null;
/** One record and one meetup (link on) that the rows read, made once. */
async function fixtures(w: World): Promise<{ record: string; meetup: MeetupView }> {
  shared ??= { record: await newRecord(w), meetup: await newMeetup(w, true) };
  return shared;
}

export const LIBRARY_ROWS: HttpRow[] = [
  { route: 'GET /api/processes/:id/practices', expect: read(), req: (w) => ({ path: `/api/processes/${w.p.id}/practices` }) },
  {
    route: 'POST /api/processes/:id/library',
    expect: staff({ 201: ['commissioner'], 403: ['owner', 'coordinator', 'orgAdmin'], 404: ['admin', 'peer', 'other'], 401: NO_ACCOUNT }),
    req: async (w, _a, allowed) => ({
      path: `/api/processes/${w.p.id}/library`,
      json: { practiceId: allowed ? await newPractice(w) : 'no-such-practice' },
    }),
  },
  { route: 'GET /api/library', expect: signedIn(200), req: () => ({ path: '/api/library?q=vanhemmat' }) },
  { route: 'GET /api/library/:id', expect: memberRead(), req: async (w) => ({ path: `/api/library/${(await fixtures(w)).record}` }) },
  {
    route: 'PATCH /api/library/:id',
    expect: recordChange(200),
    req: async (w) => ({ path: `/api/library/${(await fixtures(w)).record}`, json: { scope: 'org' } }),
  },
  {
    route: 'DELETE /api/library/:id',
    expect: recordChange(204),
    req: async (w, _a, allowed) => ({ path: `/api/library/${allowed ? await newRecord(w) : (await fixtures(w)).record}` }),
  },
  { route: 'GET /api/orgs/:id/meetups', expect: memberRead(), req: (w) => ({ path: `/api/orgs/${w.orgA}/meetups` }) },
  {
    route: 'POST /api/orgs/:id/meetups',
    expect: meetupManage(201),
    req: (w) => ({ path: `/api/orgs/${w.orgA}/meetups`, json: { title: 'Uusi kohtaamo' } }),
  },
  { route: 'GET /api/meetups/:id', expect: memberRead(), req: async (w) => ({ path: `/api/meetups/${(await fixtures(w)).meetup.id}` }) },
  {
    route: 'PUT /api/meetups/:id',
    expect: meetupManage(200),
    req: async (w) => ({ path: `/api/meetups/${(await fixtures(w)).meetup.id}`, json: { title: 'Kohtaamo', place: 'Sali' } }),
  },
  {
    route: 'DELETE /api/meetups/:id',
    expect: meetupManage(204),
    req: async (w, _a, allowed) => ({ path: `/api/meetups/${allowed ? (await newMeetup(w)).id : (await fixtures(w)).meetup.id}` }),
  },
  {
    route: 'PUT /api/meetups/:id/link',
    // keeps the link on (no regenerate), so the public row's token stays valid
    expect: meetupManage(200),
    req: async (w) => ({ path: `/api/meetups/${(await fixtures(w)).meetup.id}/link`, json: { on: true } }),
  },
  {
    route: 'GET /api/public/meetups/:token',
    expect: everyone(200),
    req: async (w) => ({ path: `/api/public/meetups/${(await fixtures(w)).meetup.publicToken!}` }),
  },
];
