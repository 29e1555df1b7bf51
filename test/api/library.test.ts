import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LibraryPracticeView,
  LibrarySearchView,
  MeetupView,
  ProcessPracticesView,
  PublicMeetupView,
} from '../../src/protocol/library-schema.ts';
import { facilitator, http, orgId, startServer, type TestServer } from '../support/test-server.ts';
import { dialogue, setConsent, type Dialogue } from './library-fixtures.ts';

/*
 * The practice library and meetups through the API: publishing from a real session 2, Finnish
 * search, scopes and isolation between organisations, meetups and their public link. [SPEC L]
 */

let s: TestServer;
const ORG_B = 'Toinen kunta';
const PARTICIPANT = 'Maija Meikäläinen';
const consent = (processId: string, value: 'yes' | 'no' | 'later') => setConsent(s, processId, value);
const c = {} as Record<
  'owner' | 'commissioner' | 'coordinator' | 'peer' | 'orgAdmin' | 'ownerB' | 'commissionerB' | 'memberB' | 'admin',
  string
>;

const publish = (cookie: string, d: Dialogue, i: number, extra: Record<string, unknown> = {}) =>
  http<LibraryPracticeView>(s, 'POST', `/api/processes/${d.p.id}/library`, { practiceId: d.practices[i], ...extra }, { cookie });
const search = (cookie: string, query = '') => http<LibrarySearchView>(s, 'GET', `/api/library${query}`, undefined, { cookie });
const titles = (r: { body: LibrarySearchView }) => r.body.results.map((x) => x.title);

let a: Dialogue;
let b: Dialogue;
const pub: Record<string, string> = {};

beforeAll(async () => {
  s = await startServer();
  c.owner = await facilitator(s, 'owner@example.fi');
  c.commissioner = await facilitator(s, 'tilaaja@example.fi', { roles: ['commissioner'] });
  c.coordinator = await facilitator(s, 'koordinaattori@example.fi', { roles: ['coordinator'] });
  c.peer = await facilitator(s, 'peer@example.fi');
  c.orgAdmin = await facilitator(s, 'admin-a@example.fi', { roles: ['org_admin'] });
  await orgId(s, ORG_B);
  c.ownerB = await facilitator(s, 'owner-b@example.fi', { org: ORG_B });
  c.commissionerB = await facilitator(s, 'tilaaja-b@example.fi', { org: ORG_B, roles: ['commissioner'] });
  c.memberB = await facilitator(s, 'jasen-b@example.fi', { org: ORG_B, roles: ['coordinator'] });
  c.admin = await facilitator(s, 'root@example.fi', { roles: [], admin: true });
  a = await dialogue(s, PARTICIPANT, c.owner, 'tilaaja@example.fi', 'Perhekeskus Pohjoinen', 'Yhteistyö vanhempien kanssa', [
    {
      title: 'Tervetulosoitto vanhemmille',
      description: 'Soitamme jokaiselle perheelle ennen aloitusta, jotta vanhemmat tuntevat olevansa tervetulleita.',
      keywords: ['soitto', 'vanhemmat'],
      context: 'Päiväkodit ja koulut',
    },
    { title: 'Lasten oma hetki', description: 'Jokainen lapsi kertoo viikostaan.', keywords: ['lapset'], context: 'Koulu' },
    { title: 'Maija kertoi', description: 'Nimi tekstissä.', keywords: [], context: '' },
  ]);
  b = await dialogue(s, PARTICIPANT, c.ownerB, 'tilaaja-b@example.fi', 'Nuorisopalvelut', 'Nuorten kohtaaminen', [
    { title: 'Kuulumiskierros nuorille', description: 'Nuoret kertovat kuulumisensa.', keywords: ['nuoret'], context: 'Nuorisotila' },
    { title: 'Vanhempainilta yhdessä', description: 'Vanhempien ilta nuorisotilalla.', keywords: ['vanhemmat'], context: '' },
  ]);
}, 60_000);
afterAll(async () => {
  await s.stop();
});

describe('[L1–L3] publishing good-practice records', () => {
  it('the commissioner publishes; the facilitator, coordinator and others may not', async () => {
    expect((await publish(c.owner, a, 0)).status).toBe(403);
    expect((await publish(c.coordinator, a, 0)).status).toBe(403);
    expect((await publish(c.peer, a, 0)).status).toBe(404);
    expect((await publish(c.commissionerB, a, 0)).status).toBe(404);
    expect((await publish(c.commissioner, a, 0, { practiceId: 'unknown-practice' })).status).toBe(404);
    const r = await publish(c.commissioner, a, 0, { sector: 'early_childhood' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      scope: 'org',
      title: 'Tervetulosoitto vanhemmille',
      keywords: ['soitto', 'vanhemmat'],
      theme: 'Yhteistyö vanhempien kanssa',
      sector: 'early_childhood',
      provenance: { unit: 'Perhekeskus Pohjoinen', process: 'Dialogi Perhekeskus Pohjoinen', method: 'hkd', date: expect.any(Number) },
      processId: a.p.id,
    });
    pub.a0 = r.body.id;
    expect((await publish(c.commissioner, a, 0)).body).toMatchObject({ error: 'already_exists' });
  });

  it('[L3] consent: "decide later" (or no commission) = own library only; "no" = nothing; "yes" = shared too', async () => {
    const shared = await publish(c.commissioner, a, 1, { scope: 'shared' });
    expect([shared.status, (shared.body as unknown as { error: string }).error]).toEqual([409, 'consent_required']);
    await consent(a.p.id, 'no');
    expect((await publish(c.commissioner, a, 1)).status).toBe(409);
    const view = await http<ProcessPracticesView>(s, 'GET', `/api/processes/${a.p.id}/practices`, undefined, { cookie: c.commissioner });
    expect(view.body).toMatchObject({ consentToShare: 'no', canPublish: false });
    expect(view.body.practices.map((p) => p.publication?.scope ?? null)).toEqual(['org', null, null]);
    await consent(a.p.id, 'yes');
    const ok = await publish(c.commissioner, a, 1, { scope: 'shared', sector: 'basic_education' });
    expect(ok.status).toBe(201);
    pub.a1 = ok.body.id;
    await consent(b.p.id, 'yes');
    pub.b0 = (await publish(c.commissionerB, b, 0, { scope: 'shared', sector: 'youth_work' })).body.id;
    pub.b1 = (await publish(c.commissionerB, b, 1, { sector: 'youth_work' })).body.id;
    expect(Object.values(pub).every(Boolean)).toBe(true);
  });

  it('[L4] a copy naming a participant is refused until edited; contact details need confirming', async () => {
    const named = await publish(c.commissioner, a, 2);
    expect([named.status, (named.body as unknown as { error: string }).error]).toEqual([422, 'participant_named']);
    const phone = await publish(c.commissioner, a, 2, { title: 'Soittokierros', description: 'Soita 040 123 4567.' });
    expect([phone.status, (phone.body as unknown as { error: string }).error]).toEqual([422, 'privacy_check']);
    const edited = await publish(c.commissioner, a, 2, { title: 'Kertomisen hetki', description: 'Jokainen kertoo vuorollaan.' });
    expect(edited.status).toBe(201);
    pub.a2 = edited.body.id;
  });
});

describe('[L5–L7] reading and searching the library', () => {
  it('[L6] Finnish inflected forms find the record ("vanhemmille" finds "vanhemmat", and back)', async () => {
    expect(titles(await search(c.peer, '?q=vanhemmat'))).toContain('Tervetulosoitto vanhemmille');
    expect(titles(await search(c.peer, '?q=vanhempien'))).toContain('Tervetulosoitto vanhemmille');
    expect(titles(await search(c.peer, '?q=lapsille'))).toEqual(['Lasten oma hetki']);
    expect(titles(await search(c.peer, `?q=${encodeURIComponent('perheiden soittoja')}`))).toEqual(['Tervetulosoitto vanhemmille']);
    expect(titles(await search(c.peer, '?q=kouluissa'))).toEqual(['Lasten oma hetki', 'Tervetulosoitto vanhemmille']);
    expect(titles(await search(c.peer, '?q=avaruus'))).toEqual([]);
  });

  it("[L5] cross-organisation isolation: own library + shared records, never another organisation's own", async () => {
    // the theme "Yhteistyö vanhempien kanssa" matches too, with less weight than the title
    const [best, ...rest] = titles(await search(c.peer, '?q=vanhemmille'));
    expect([best, rest.sort()]).toEqual(['Tervetulosoitto vanhemmille', ['Kertomisen hetki', 'Lasten oma hetki']]);
    expect(titles(await search(c.memberB, '?q=vanhemmille'))).toEqual(['Vanhempainilta yhdessä', 'Lasten oma hetki']);
    expect(titles(await search(c.memberB)).sort()).toEqual(['Kuulumiskierros nuorille', 'Lasten oma hetki', 'Vanhempainilta yhdessä']);
    expect(titles(await search(c.admin)).sort()).toEqual(['Kuulumiskierros nuorille', 'Lasten oma hetki']);
    expect((await http(s, 'GET', `/api/library/${pub.a0}`, undefined, { cookie: c.memberB })).status).toBe(404);
    expect((await http(s, 'GET', `/api/library/${pub.b1}`, undefined, { cookie: c.coordinator })).status).toBe(404);
    const shared = await http<LibraryPracticeView>(s, 'GET', `/api/library/${pub.a1}`, undefined, { cookie: c.memberB });
    expect(shared.status).toBe(200);
    expect(shared.body.processId).toBeNull();
    const facets = (await search(c.memberB)).body.facets;
    expect(facets.orgs.map((o) => o.name)).toEqual(['Testiorganisaatio', ORG_B]);
    expect(facets.keywords).not.toContain('soitto');
    expect((await search('')).status).toBe(401);
  });

  it('[L7] filters by keyword, theme, sector, organisation and scope; bad filters are refused', async () => {
    expect(titles(await search(c.coordinator, '?keyword=Vanhemmat'))).toEqual(['Tervetulosoitto vanhemmille']);
    expect(titles(await search(c.coordinator, `?theme=${encodeURIComponent('nuorten kohtaaminen')}`))).toEqual([
      'Kuulumiskierros nuorille',
    ]);
    expect(titles(await search(c.coordinator, '?sector=youth_work'))).toEqual(['Kuulumiskierros nuorille']);
    const orgB = (await s.app.deps.store.orgs.byName(ORG_B))!.id;
    expect(titles(await search(c.coordinator, `?org=${orgB}`))).toEqual(['Kuulumiskierros nuorille']);
    expect(titles(await search(c.coordinator, '?scope=shared&q=lapset')).sort()).toEqual(['Lasten oma hetki']);
    expect((await search(c.coordinator, '?sector=space')).status).toBe(400);
    expect((await search(c.coordinator, '?nope=1')).status).toBe(400);
  });

  it('[L4] no answer names a participant or a participant id', async () => {
    const state = (await s.app.deps.engine.load(a.p.sessions.find((x) => x.kind === 'open_space')!.id))!.state;
    const pid = state.participants[0]!.id;
    for (const cookie of [c.peer, c.memberB, c.admin, c.commissioner]) {
      const text = JSON.stringify((await search(cookie)).body);
      expect(text).not.toContain('Maija');
      expect(text).not.toContain('Meikäläinen');
      expect(text).not.toContain(pid);
    }
  });
});

describe('[L2] scope changes and withdrawal', () => {
  it('the commissioner narrows or widens (with consent); an org admin may withdraw; others may not', async () => {
    expect((await http(s, 'PATCH', `/api/library/${pub.a2}`, { scope: 'shared' }, { cookie: c.owner })).status).toBe(403);
    expect((await http(s, 'PATCH', `/api/library/${pub.a2}`, { scope: 'shared' }, { cookie: c.commissionerB })).status).toBe(404);
    const wide = await http<LibraryPracticeView>(s, 'PATCH', `/api/library/${pub.a2}`, { scope: 'shared' }, { cookie: c.commissioner });
    expect(wide.body.scope).toBe('shared');
    expect(titles(await search(c.memberB, '?q=kertomisen'))).toEqual(['Kertomisen hetki']);
    expect((await http(s, 'DELETE', `/api/library/${pub.a2}`, undefined, { cookie: c.coordinator })).status).toBe(403);
    expect((await http(s, 'DELETE', `/api/library/${pub.a2}`, undefined, { cookie: c.memberB })).status).toBe(404);
    expect((await http(s, 'DELETE', `/api/library/${pub.a2}`, undefined, { cookie: c.orgAdmin })).status).toBe(204);
    expect(titles(await search(c.memberB, '?q=kertomisen'))).toEqual([]);
    expect((await http(s, 'GET', `/api/library/${pub.a2}`, undefined, { cookie: c.commissioner })).status).toBe(404);
  });
});

describe('[L8–L10] meetups (Kohtaamo)', () => {
  let meetup: MeetupView;
  const body = () => ({
    title: 'Kohtaamo 2027',
    date: '2027-04-20',
    place: 'Kaupungintalo',
    description: 'Työpaikat kertovat oppimastaan.',
    items: [
      { practiceId: pub.b0, note: 'Nuorisopalvelut aloittaa' },
      { practiceId: pub.a0, note: '' },
      { practiceId: pub.a1, note: 'Lopuksi' },
    ],
  });

  it('coordinators and org admins create meetups from their own and shared records, in a running order', async () => {
    const orgA = await orgId(s);
    expect((await http(s, 'POST', `/api/orgs/${orgA}/meetups`, body(), { cookie: c.peer })).status).toBe(403);
    expect((await http(s, 'POST', `/api/orgs/${orgA}/meetups`, body(), { cookie: c.memberB })).status).toBe(404);
    const bad = { ...body(), items: [{ practiceId: pub.b1, note: '' }] };
    expect((await http(s, 'POST', `/api/orgs/${orgA}/meetups`, bad, { cookie: c.coordinator })).status).toBe(400);
    const r = await http<MeetupView>(s, 'POST', `/api/orgs/${orgA}/meetups`, body(), { cookie: c.coordinator });
    expect(r.status).toBe(201);
    meetup = r.body;
    expect(meetup.items.map((i) => [i.practice.title, i.note])).toEqual([
      ['Kuulumiskierros nuorille', 'Nuorisopalvelut aloittaa'],
      ['Tervetulosoitto vanhemmille', ''],
      ['Lasten oma hetki', 'Lopuksi'],
    ]);
    expect(meetup.publicToken).toBeNull();
    const reordered = { ...body(), items: [...body().items].reverse() };
    const u = await http<MeetupView>(s, 'PUT', `/api/meetups/${meetup.id}`, reordered, { cookie: c.orgAdmin });
    expect(u.body.items.map((i) => i.practice.title)).toEqual([
      'Lasten oma hetki',
      'Tervetulosoitto vanhemmille',
      'Kuulumiskierros nuorille',
    ]);
    const list = await http<MeetupView[]>(s, 'GET', `/api/orgs/${orgA}/meetups`, undefined, { cookie: c.peer });
    expect(list.body.map((m) => m.id)).toEqual([meetup.id]);
    expect((await http(s, 'GET', `/api/meetups/${meetup.id}`, undefined, { cookie: c.memberB })).status).toBe(404);
  });

  it('[L9, L10] the public link: on, shown again, regenerated, off; the same 404 when unknown or off', async () => {
    const on = await http<MeetupView>(s, 'PUT', `/api/meetups/${meetup.id}/link`, { on: true }, { cookie: c.coordinator });
    const token = on.body.publicToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await http<MeetupView>(s, 'GET', `/api/meetups/${meetup.id}`, undefined, { cookie: c.peer })).body.publicToken).toBe(token);
    const pub1 = await http<PublicMeetupView>(s, 'GET', `/api/public/meetups/${token}`);
    expect(pub1.status).toBe(200);
    expect(pub1.body.title).toBe('Kohtaamo 2027');
    expect(pub1.body.items.map((i) => i.practice.provenance.unit)).toEqual([
      'Perhekeskus Pohjoinen',
      'Perhekeskus Pohjoinen',
      'Nuorisopalvelut',
    ]);
    expect(pub1.body.items.every((i) => i.practice.processId === null)).toBe(true);
    expect(JSON.stringify(pub1.body)).not.toMatch(/Maija|Meikäläinen|publicToken|@example/);
    const again = await http<MeetupView>(
      s,
      'PUT',
      `/api/meetups/${meetup.id}/link`,
      { on: true, regenerate: true },
      { cookie: c.coordinator },
    );
    expect(again.body.publicToken).not.toBe(token);
    const gone = await http(s, 'GET', `/api/public/meetups/${token}`);
    const unknown = await http(s, 'GET', `/api/public/meetups/${'x'.repeat(43)}`);
    const malformed = await http(s, 'GET', '/api/public/meetups/abc');
    expect([gone.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
    expect(gone.body).toEqual(unknown.body);
    expect(malformed.body).toEqual(unknown.body);
    await http(s, 'PUT', `/api/meetups/${meetup.id}/link`, { on: false }, { cookie: c.coordinator });
    expect((await http(s, 'GET', `/api/public/meetups/${again.body.publicToken}`)).status).toBe(404);
  });

  it('a record that stops being shared, or is withdrawn, leaves the meetup', async () => {
    await http(s, 'PATCH', `/api/library/${pub.b0}`, { scope: 'org' }, { cookie: c.commissionerB });
    let m = await http<MeetupView>(s, 'GET', `/api/meetups/${meetup.id}`, undefined, { cookie: c.coordinator });
    expect(m.body.items.map((i) => i.practice.title)).toEqual(['Lasten oma hetki', 'Tervetulosoitto vanhemmille']);
    await http(s, 'DELETE', `/api/library/${pub.a1}`, undefined, { cookie: c.commissioner });
    m = await http<MeetupView>(s, 'GET', `/api/meetups/${meetup.id}`, undefined, { cookie: c.coordinator });
    expect(m.body.items.map((i) => i.practice.title)).toEqual(['Tervetulosoitto vanhemmille']);
    expect((await http(s, 'DELETE', `/api/meetups/${meetup.id}`, undefined, { cookie: c.coordinator })).status).toBe(204);
    expect((await http(s, 'GET', `/api/meetups/${meetup.id}`, undefined, { cookie: c.coordinator })).status).toBe(404);
  });
});

describe('[L1, D7] retention', () => {
  it("erasing the process's raw content keeps its published copies", async () => {
    const close = await http(s, 'POST', `/api/processes/${a.p.id}/close`, { closed: true }, { cookie: c.owner });
    expect(close.status).toBe(204);
    expect((await http(s, 'POST', `/api/processes/${a.p.id}/erase`, undefined, { cookie: c.orgAdmin })).status).toBe(204);
    const r = await http<LibraryPracticeView>(s, 'GET', `/api/library/${pub.a0}`, undefined, { cookie: c.peer });
    expect(r.status).toBe(200);
    expect(r.body.description).toContain('Soitamme jokaiselle perheelle');
    expect(titles(await search(c.peer, '?q=vanhemmille'))).toEqual(['Tervetulosoitto vanhemmille']);
    // nothing is left to publish from an erased process
    expect((await publish(c.commissioner, a, 1)).status).toBe(404);
  });
});
