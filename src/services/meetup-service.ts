import { DomainError } from '../domain/errors.ts';
import type { MeetupBody, MeetupItemView, MeetupView, PublicMeetupView } from '../protocol/library-schema.ts';
import type { MeetupRow, Store } from '../store/store.ts';
import { hashToken, newId, newToken } from './crypto-util.ts';
import type { Who } from './followup-service.ts';
import { practiceView, visibleToOrg } from './library-service.ts';
import type { SecretBox } from './secret-box.ts';

/** A public link token looks like this (newToken: 32 bytes, base64url); anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const sealContext = (meetupId: string) => `meetup-link:${meetupId}`;

/**
 * Meetups (Kohtaamo): an organisation's event that presents practices from its own and the
 * shared library in a running order, with an optional public read-only link. Members of the
 * organisation read its meetups; its coordinators and org admins manage them; others get
 * not_found. The link's token is stored hashed (look-up) and sealed (shown again to the
 * organisation); turning the link off forgets both. [SPEC L8–L10]
 */
export class MeetupService {
  constructor(
    private readonly store: Store,
    private readonly secrets: SecretBox,
    private readonly now: () => number,
  ) {}

  /** The user's roles in the organisation: not_found without any; forbidden when managing needs more. */
  private async access(userId: string, orgId: string, manage: boolean): Promise<void> {
    const roles = (await this.store.orgs.rolesOf(userId)).filter((r) => r.orgId === orgId).map((r) => r.role);
    if (roles.length === 0) throw new DomainError('not_found');
    if (manage && !roles.includes('coordinator') && !roles.includes('org_admin')) throw new DomainError('forbidden');
  }

  private async meetup(userId: string, id: string, manage: boolean): Promise<MeetupRow> {
    const m = await this.store.meetups.byId(id);
    if (!m) throw new DomainError('not_found');
    await this.access(userId, m.orgId, manage);
    return m;
  }

  async list(userId: string, orgId: string): Promise<MeetupView[]> {
    await this.access(userId, orgId, false);
    const rows = await this.store.meetups.listByOrg(orgId);
    return Promise.all(rows.map((m) => this.view(m)));
  }

  async get(userId: string, id: string): Promise<MeetupView> {
    return this.view(await this.meetup(userId, id, false));
  }

  async create(who: Who, orgId: string, body: MeetupBody): Promise<MeetupView> {
    await this.access(who.userId, orgId, true);
    if ((await this.store.meetups.listByOrg(orgId)).length >= 500) throw new DomainError('limit_reached');
    await this.checkItems(orgId, body);
    const at = this.now();
    const m: MeetupRow = {
      id: newId(),
      orgId,
      ...fields(body),
      publicTokenHash: null,
      publicTokenSealed: null,
      createdBy: who.userId,
      createdAt: at,
      updatedAt: at,
    };
    await this.store.meetups.create(m);
    await this.store.meetups.setItems(m.id, body.items);
    await this.audit(who, orgId, 'meetup.create', { meetupId: m.id });
    return this.view(m);
  }

  /** Replaces the meetup's details and its running order. */
  async update(who: Who, id: string, body: MeetupBody): Promise<MeetupView> {
    const m = await this.meetup(who.userId, id, true);
    await this.checkItems(m.orgId, body);
    const next: MeetupRow = { ...m, ...fields(body), updatedAt: this.now() };
    await this.store.meetups.update(next);
    await this.store.meetups.setItems(id, body.items);
    await this.audit(who, m.orgId, 'meetup.update', { meetupId: id, items: body.items.length });
    return this.view(next);
  }

  async delete(who: Who, id: string): Promise<void> {
    const m = await this.meetup(who.userId, id, true);
    await this.store.meetups.delete(id);
    await this.audit(who, m.orgId, 'meetup.delete', { meetupId: id });
  }

  /** Turns the public link on (keeping the current one unless regenerate), or off. [SPEC L9] */
  async setLink(who: Who, id: string, on: boolean, regenerate: boolean): Promise<MeetupView> {
    const m = await this.meetup(who.userId, id, true);
    let next: MeetupRow = { ...m, publicTokenHash: null, publicTokenSealed: null, updatedAt: this.now() };
    if (on && m.publicTokenHash && !regenerate)
      next = { ...next, publicTokenHash: m.publicTokenHash, publicTokenSealed: m.publicTokenSealed };
    else if (on) {
      const token = newToken();
      next = { ...next, publicTokenHash: hashToken(token), publicTokenSealed: this.secrets.seal(token, sealContext(id)) };
    }
    await this.store.meetups.update(next);
    await this.audit(who, m.orgId, 'meetup.link', { meetupId: id, on, regenerate });
    return this.view(next);
  }

  /** What the public link shows; an unknown, malformed or disabled link is not_found, all alike. [SPEC L10] */
  async publicView(token: string): Promise<PublicMeetupView> {
    const m = TOKEN_SHAPE.test(token) ? await this.store.meetups.byTokenHash(hashToken(token)) : null;
    if (!m) throw new DomainError('not_found');
    const { title, date, place, description } = m;
    return { title, date, place, description, items: await this.items(m, []) };
  }

  /** Every item must be a record the organisation may show: its own or a shared one. */
  private async checkItems(orgId: string, body: MeetupBody): Promise<void> {
    for (const it of body.items) {
      const row = await this.store.library.byId(it.practiceId);
      if (!row || !visibleToOrg(row, orgId)) throw new DomainError('invalid_value', { field: 'items' });
    }
  }

  /** The running order; records withdrawn or no longer shared with the organisation drop out. */
  private async items(m: MeetupRow, readerOrgs: string[]): Promise<MeetupItemView[]> {
    const out: MeetupItemView[] = [];
    for (const it of await this.store.meetups.items(m.id)) {
      const row = await this.store.library.byId(it.practiceId);
      if (row && visibleToOrg(row, m.orgId)) out.push({ note: it.note, practice: practiceView(row, readerOrgs) });
    }
    return out;
  }

  private async view(m: MeetupRow): Promise<MeetupView> {
    return {
      id: m.id,
      orgId: m.orgId,
      title: m.title,
      date: m.date,
      place: m.place,
      description: m.description,
      items: await this.items(m, [m.orgId]),
      publicToken: m.publicTokenSealed ? this.secrets.open(m.publicTokenSealed, sealContext(m.id)) : null,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    };
  }

  private async audit(who: Who, orgId: string, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.store.audit.append({ at: this.now(), userId: who.userId, action, target: `org:${orgId}`, detail, ip: who.ip });
  }
}

function fields(b: MeetupBody): Pick<MeetupRow, 'title' | 'date' | 'place' | 'description'> {
  return { title: b.title, date: b.date, place: b.place, description: b.description };
}
