import { DomainError } from '../domain/errors.ts';
import { monthlyHours } from '../domain/facilitator-hours.ts';
import { helsinkiDate, helsinkiMonth } from '../domain/helsinki-time.ts';
import { isHeld } from '../domain/programme-lifecycle.ts';
import { aggregateStats, totalsByPeriod } from '../domain/programme-stats.ts';
import type {
  CategoryPatch,
  CategoryView,
  DialogueView,
  DialoguesQuery,
  FacilitatorView,
  HoursView,
  ProfileBody,
  StatsQuery,
  StatsView,
} from '../protocol/programme-schema.ts';
import type { CategoryRow, CommissionRow, ProcessRow } from '../store/store.ts';
import { newId } from './crypto-util.ts';
import type { Who } from './followup-service.ts';
import { ProgrammeAccess } from './programme-access.ts';
import { emptyCommission } from './programme-service.ts';

/** Categories an organisation starts with; coordinators rename, add and archive them. [SPEC PR5] */
export const DEFAULT_CATEGORIES = ['Työyhteisö', 'Luokkadialogi', 'Vanhempainilta', 'Asukaskuuleminen', 'Erätauko', 'Muu'];

const DAY = 24 * 3600_000;

interface Dialogue {
  process: ProcessRow;
  c: CommissionRow;
  /** session 1: planned start, else the creation time */
  at: number;
}

/**
 * An organisation's programme as its coordinator sees it: categories, all dialogues (list,
 * calendar, filters), statistics and their CSV, the facilitator pool and monthly hours.
 * [SPEC PR5–PR10]
 */
export class ProgrammeOrgService {
  constructor(private readonly access: ProgrammeAccess) {}

  private get store() {
    return this.access.store;
  }

  /** Every member of the organisation reads the categories (the commission form needs them). */
  async categories(userId: string, orgId: string): Promise<CategoryView[]> {
    await this.access.orgRoles(userId, orgId);
    return (await this.categoryRows(orgId)).map(({ id, name, archived }) => ({ id, name, archived }));
  }

  private async categoryRows(orgId: string): Promise<CategoryRow[]> {
    const rows = await this.store.programme.categories(orgId);
    if (rows.length > 0) return rows;
    const at = this.access.now();
    const seeded = DEFAULT_CATEGORIES.map((name, i) => ({ id: newId(), orgId, name, archived: false, createdAt: at + i }));
    for (const c of seeded) await this.store.programme.putCategory(c);
    return seeded;
  }

  async createCategory(who: Who, orgId: string, name: string): Promise<CategoryView> {
    await this.access.requireOverseer(who.userId, orgId);
    const rows = await this.categoryRows(orgId);
    if (rows.some((c) => !c.archived && c.name.toLocaleLowerCase('fi') === name.toLocaleLowerCase('fi')))
      throw new DomainError('already_exists');
    const row: CategoryRow = { id: newId(), orgId, name, archived: false, createdAt: this.access.now() };
    await this.store.programme.putCategory(row);
    await this.access.audit(who, `org:${orgId}`, 'category.create', { name });
    return { id: row.id, name, archived: false };
  }

  /** Rename or archive (never delete: statistics keep the name). */
  async updateCategory(who: Who, orgId: string, categoryId: string, patch: CategoryPatch): Promise<CategoryView> {
    await this.access.requireOverseer(who.userId, orgId);
    const row = (await this.categoryRows(orgId)).find((c) => c.id === categoryId);
    if (!row) throw new DomainError('not_found');
    const next = { ...row, ...patch };
    await this.store.programme.putCategory(next);
    await this.access.audit(who, `org:${orgId}`, 'category.update', { id: categoryId, ...patch });
    return { id: next.id, name: next.name, archived: next.archived };
  }

  /** The organisation's dialogues with their commissions, each with its session-1 time. */
  private async all(orgId: string): Promise<Dialogue[]> {
    const commissions = new Map((await this.store.programme.commissionsOf(orgId)).map((c) => [c.processId, c]));
    return (await this.store.processes.listByOrg(orgId)).map((process) => {
      const c = commissions.get(process.id) ?? emptyCommission(process.id);
      const at = c.plans.find((p) => p.session === 'session1')?.startsAt ?? process.createdAt;
      return { process, c, at };
    });
  }

  /**
   * Coordinators and org admins see every dialogue of the organisation; a facilitator those
   * they run or are assigned to; a commissioner those they commissioned. [PR10]
   */
  async dialogues(userId: string, orgId: string, q: DialoguesQuery): Promise<DialogueView[]> {
    const roles = await this.access.orgRoles(userId, orgId);
    const commissioned = new Set((await this.store.members.processIdsOf(userId)).map((m) => m.processId));
    const visible = (d: Dialogue) =>
      ProgrammeAccess.oversees(roles) ||
      (roles.has('facilitator') && (d.process.ownerId === userId || ProgrammeAccess.assigned(d.c).has(userId))) ||
      commissioned.has(d.process.id);
    const cats = new Map((await this.categoryRows(orgId)).map((c) => [c.id, c.name]));
    const out: DialogueView[] = [];
    for (const d of (await this.all(orgId)).filter(visible).sort((a, b) => a.at - b.at)) {
      const view = await this.dialogueView(d, cats);
      if (matches(d, view, q)) out.push(view);
    }
    return out;
  }

  private async dialogueView(d: Dialogue, cats: Map<string, string>): Promise<DialogueView> {
    const names = await this.access.names(d.c.plans.flatMap((p) => p.facilitatorIds));
    return {
      processId: d.process.id,
      name: d.process.name,
      unit: d.process.unit,
      categoryId: d.c.categoryId,
      category: (d.c.categoryId && cats.get(d.c.categoryId)) || '',
      method: d.c.method,
      state: d.c.state,
      date: helsinkiDate(d.at),
      plans: d.c.plans.map(({ facilitatorIds, ...p }) => ({
        ...p,
        facilitators: facilitatorIds.map((id) => ({ userId: id, name: names.get(id) ?? '' })),
      })),
      participants: d.c.participants,
    };
  }

  /** Held dialogues and their participants per month or year × category × unit. Overseers only. [PR6] */
  async stats(userId: string, orgId: string, q: StatsQuery): Promise<StatsView> {
    await this.access.requireOverseer(userId, orgId);
    const cats = new Map((await this.categoryRows(orgId)).map((c) => [c.id, c.name]));
    const facts = (await this.all(orgId))
      .filter((d) => isHeld(d.c.state))
      .map((d) => ({
        at: d.at,
        category: (d.c.categoryId && cats.get(d.c.categoryId)) || '',
        unit: d.process.unit,
        participants: d.c.participants ?? 0,
      }));
    const rows = aggregateStats(facts, q.by).filter((r) => !q.year || r.period.startsWith(q.year));
    return { by: q.by, rows, totals: totalsByPeriod(rows) };
  }

  /** The pool: overseers see everyone with the facilitator role; a facilitator sees their own profile. [PR7] */
  async pool(userId: string, orgId: string): Promise<FacilitatorView[]> {
    const roles = await this.access.orgRoles(userId, orgId);
    if (!ProgrammeAccess.oversees(roles) && !roles.has('facilitator')) throw new DomainError('forbidden');
    const ids = [...(await this.access.poolIds(orgId))].filter((id) => ProgrammeAccess.oversees(roles) || id === userId);
    const profiles = new Map((await this.store.programme.profiles(orgId)).map((p) => [p.userId, p]));
    const out: FacilitatorView[] = [];
    for (const id of ids) {
      const u = await this.store.users.byId(id);
      const p = profiles.get(id);
      out.push({
        userId: id,
        name: u?.name ?? '',
        email: u?.email ?? '',
        languages: p?.languages ?? [],
        methods: p?.methods ?? [],
        availability: p?.availability ?? '',
        allowanceHours: p?.allowanceMinutes == null ? null : p.allowanceMinutes / 60,
      });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  }

  /** Overseers edit any pool profile; a facilitator their own, but not the allowance (it is agreed with them). [PR7] */
  async putProfile(who: Who, orgId: string, targetId: string, body: ProfileBody): Promise<FacilitatorView> {
    const roles = await this.access.orgRoles(who.userId, orgId);
    const overseer = ProgrammeAccess.oversees(roles);
    if (!overseer && (targetId !== who.userId || !roles.has('facilitator') || body.allowanceHours !== undefined))
      throw new DomainError('forbidden');
    if (!(await this.access.poolIds(orgId)).has(targetId)) throw new DomainError('user_not_found');
    const old = (await this.store.programme.profiles(orgId)).find((p) => p.userId === targetId);
    const allowanceMinutes =
      body.allowanceHours === undefined
        ? (old?.allowanceMinutes ?? null)
        : body.allowanceHours === null
          ? null
          : Math.round(body.allowanceHours * 60);
    const { allowanceHours: _a, ...fields } = body;
    await this.store.programme.putProfile({ orgId, userId: targetId, ...fields, allowanceMinutes, updatedAt: this.access.now() });
    await this.access.audit(who, `org:${orgId}`, 'facilitator.profile', { userId: targetId, allowanceMinutes });
    return (await this.pool(who.userId, orgId)).find((f) => f.userId === targetId)!;
  }

  /** Hours per facilitator in a Helsinki month against their allowance; overseers see all, a facilitator their own. [PR9] */
  async hours(userId: string, orgId: string, month: string): Promise<HoursView> {
    const pool = await this.pool(userId, orgId);
    const start = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
    const entries = (await this.store.programme.hoursOf(orgId, start - DAY, start + 32 * DAY)).filter((h) => helsinkiMonth(h.at) === month);
    const allowances = new Map(pool.map((f) => [f.userId, f.allowanceHours === null ? null : Math.round(f.allowanceHours * 60)]));
    const sums = new Map(monthlyHours(entries, allowances).map((m) => [m.userId, m]));
    const rows = pool.map((f) => {
      const m = sums.get(f.userId);
      return { userId: f.userId, name: f.name, hours: (m?.minutes ?? 0) / 60, allowanceHours: f.allowanceHours, over: m?.over ?? false };
    });
    return { month, rows };
  }
}

function matches(d: Dialogue, v: DialogueView, q: DialoguesQuery): boolean {
  if (q.unit !== undefined && v.unit !== q.unit) return false;
  if (q.category !== undefined && v.categoryId !== q.category) return false;
  if (q.method !== undefined && v.method !== q.method) return false;
  if (q.state !== undefined && v.state !== q.state) return false;
  if (q.facilitator !== undefined && d.process.ownerId !== q.facilitator && !ProgrammeAccess.assigned(d.c).has(q.facilitator)) return false;
  if (q.from !== undefined && v.date < q.from) return false;
  if (q.to !== undefined && v.date > q.to) return false;
  return true;
}
