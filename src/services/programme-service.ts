import { DomainError } from '../domain/errors.ts';
import { monthlyHours } from '../domain/facilitator-hours.ts';
import { helsinkiMonth } from '../domain/helsinki-time.ts';
import { checkTransition, nextState } from '../domain/programme-lifecycle.ts';
import type { AssignmentBody, CommissionBody, CommissionView, HoursBody, HoursView, TransitionBody } from '../protocol/programme-schema.ts';
import type { CommissionRow, PlannedSession, ProcessRow } from '../store/store.ts';
import { newId } from './crypto-util.ts';
import type { Who } from './followup-service.ts';
import { ProgrammeAccess } from './programme-access.ts';

const DAY = 24 * 3600_000;

/** A commission not filled in yet: a draft with nothing answered. */
export function emptyCommission(processId: string): CommissionRow {
  return {
    processId,
    categoryId: null,
    method: 'hkd',
    participantGroups: [],
    plans: [],
    readiness: null,
    readinessOverride: '',
    agreedWith: '',
    agreedOn: null,
    consentToShare: 'later',
    participants: null,
    state: 'draft',
    updatedAt: 0,
    updatedBy: '',
  };
}

/**
 * A process in the organisation's programme: its commission form, its life cycle (who moved it
 * and when), the facilitators assigned to its sessions and the hours they recorded.
 * [SPEC PR1–PR4, PR8, PR9, PR10]
 */
export class ProgrammeService {
  constructor(private readonly access: ProgrammeAccess) {}

  private get store() {
    return this.access.store;
  }

  private async load(processId: string): Promise<{ row: CommissionRow; stored: boolean }> {
    const row = await this.store.programme.commission(processId);
    return row ? { row, stored: true } : { row: emptyCommission(processId), stored: false };
  }

  async commission(userId: string, processId: string): Promise<CommissionView> {
    const { process } = await this.access.read(userId, processId);
    return this.view(process, (await this.load(processId)).row);
  }

  async saveCommission(who: Who, processId: string, body: CommissionBody): Promise<CommissionView> {
    const process = await this.access.write(who.userId, processId);
    const { row } = await this.load(processId);
    const categories = await this.store.programme.categories(process.orgId);
    // a category of this organisation; an archived one only if the commission already had it
    const category = categories.find((c) => c.id === body.categoryId);
    if (body.categoryId !== null && (!category || (category.archived && row.categoryId !== category.id)))
      throw new DomainError('invalid_value', { field: 'categoryId' });
    const plans: PlannedSession[] = body.plans.map((p) => ({
      ...p,
      facilitatorIds: row.plans.find((old) => old.session === p.session)?.facilitatorIds ?? [],
    }));
    const next: CommissionRow = { ...row, ...body, plans, updatedAt: this.access.now(), updatedBy: who.userId };
    await this.store.programme.putCommission(next);
    await this.access.audit(who, `process:${processId}`, 'commission.save', {
      readiness: body.readiness,
      consentToShare: body.consentToShare,
    });
    return this.view(process, next);
  }

  /** One step forward; the readiness "no" needs `override` (kept with the commission and in the history). [PR2, PR3] */
  async transition(who: Who, processId: string, body: TransitionBody): Promise<CommissionView> {
    const process = await this.access.write(who.userId, processId);
    const { row, stored } = await this.load(processId);
    // the override answers the readiness check: it is given when leaving the draft
    const override = body.to === 'agreed' && body.override !== undefined ? body.override : row.readinessOverride;
    const refusal = checkTransition(row.state, body.to, { readiness: row.readiness, override, agreedWith: row.agreedWith });
    if (refusal) throw new DomainError(refusal);
    if (!stored || override !== row.readinessOverride)
      await this.store.programme.putCommission({
        ...row,
        readinessOverride: override,
        updatedAt: this.access.now(),
        updatedBy: who.userId,
      });
    const note = body.to === 'agreed' && row.readiness === 'no' ? override : '';
    const t = { processId, from: row.state, to: body.to, userId: who.userId, at: this.access.now(), note };
    if (!(await this.store.programme.transition(t))) throw new DomainError('illegal_transition');
    await this.access.audit(who, `process:${processId}`, 'programme.transition', { from: t.from, to: t.to, override: note !== '' });
    return this.view(process, { ...row, readinessOverride: override, state: body.to });
  }

  /** Coordinators (and org admins) assign pool facilitators to a planned session. [PR8] */
  async assign(who: Who, processId: string, body: AssignmentBody): Promise<CommissionView> {
    const { process } = await this.access.read(who.userId, processId);
    await this.access.requireOverseer(who.userId, process.orgId);
    const pool = await this.access.poolIds(process.orgId);
    if (body.userIds.some((id) => !pool.has(id))) throw new DomainError('user_not_found');
    const { row } = await this.load(processId);
    const others = row.plans.filter((p) => p.session !== body.session);
    const plan = row.plans.find((p) => p.session === body.session) ?? { session: body.session, startsAt: null, place: '', online: false };
    const plans = [...others, { ...plan, facilitatorIds: [...new Set(body.userIds)] }];
    const next = { ...row, plans, updatedAt: this.access.now(), updatedBy: who.userId };
    await this.store.programme.putCommission(next);
    await this.access.audit(who, `process:${processId}`, 'programme.assign', { session: body.session, userIds: body.userIds });
    return this.view(process, next);
  }

  /**
   * Hours for a session. A facilitator records their own on a process they run or are assigned
   * to; coordinators record anyone's from the pool. Answers the month's sum against the allowance. [PR9]
   */
  async addHours(who: Who, processId: string, body: HoursBody): Promise<HoursView['rows'][number] & { month: string }> {
    const r = await this.access.read(who.userId, processId);
    const roles = await this.access.orgRoles(who.userId, r.process.orgId);
    const target = body.userId ?? who.userId;
    const own = target === who.userId && (r.role === 'facilitator' || r.role === 'assigned');
    if (!own && !ProgrammeAccess.oversees(roles)) throw new DomainError('forbidden');
    if (!(await this.access.poolIds(r.process.orgId)).has(target)) throw new DomainError('user_not_found');
    const minutes = Math.round(body.hours * 60);
    const at = this.access.now();
    const row = { id: newId(), orgId: r.process.orgId, processId, session: body.session, userId: target, at: body.at, minutes };
    await this.store.programme.addHours({ ...row, createdAt: at, createdBy: who.userId });
    await this.access.audit(who, `process:${processId}`, 'hours.add', { userId: target, session: body.session, minutes });
    return this.monthOf(r.process.orgId, target, body.at);
  }

  private async monthOf(orgId: string, userId: string, at: number): Promise<HoursView['rows'][number] & { month: string }> {
    const month = helsinkiMonth(at);
    const entries = (await this.store.programme.hoursOf(orgId, at - 32 * DAY, at + 32 * DAY)).filter((h) => h.userId === userId);
    const profile = (await this.store.programme.profiles(orgId)).find((p) => p.userId === userId);
    const sums = monthlyHours(entries, new Map([[userId, profile?.allowanceMinutes ?? null]]));
    const m = sums.find((s) => s.month === month)!;
    const name = (await this.access.names([userId])).get(userId) ?? '';
    const allowanceHours = m.allowanceMinutes === null ? null : m.allowanceMinutes / 60;
    return { month, userId, name, hours: m.minutes / 60, allowanceHours, over: m.over };
  }

  async view(process: ProcessRow, c: CommissionRow): Promise<CommissionView> {
    const history = await this.store.programme.history(process.id);
    const names = await this.access.names([...c.plans.flatMap((p) => p.facilitatorIds), ...history.map((h) => h.userId)]);
    const category = c.categoryId ? (await this.store.programme.categories(process.orgId)).find((x) => x.id === c.categoryId) : null;
    return {
      processId: process.id,
      name: process.name,
      unit: process.unit,
      categoryId: c.categoryId,
      category: category?.name ?? '',
      method: c.method as CommissionView['method'],
      participantGroups: c.participantGroups as CommissionView['participantGroups'],
      plans: c.plans.map(({ facilitatorIds, ...p }) => ({
        ...p,
        facilitators: facilitatorIds.map((userId) => ({ userId, name: names.get(userId) ?? '' })),
      })),
      readiness: c.readiness,
      readinessOverride: c.readinessOverride,
      needsOverride: c.readiness === 'no' && c.readinessOverride.trim() === '',
      agreedWith: c.agreedWith,
      agreedOn: c.agreedOn,
      consentToShare: c.consentToShare,
      participants: c.participants,
      state: c.state,
      next: nextState(c.state),
      history: history.map((h) => ({ from: h.from, to: h.to, at: h.at, user: names.get(h.userId) ?? '', note: h.note })),
      updatedAt: c.updatedAt || null,
    };
  }
}
