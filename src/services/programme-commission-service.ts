import { DomainError } from '../domain/errors.ts';
import { createProcessBody } from '../protocol/http-schema.ts';
import type { CommissionView, CreateCommissionBody } from '../protocol/programme-schema.ts';
import type { CommissionRow, PlannedSession } from '../store/store.ts';
import type { Who } from './followup-service.ts';
import type { ProcessService } from './process-service.ts';
import type { ProgrammeAccess } from './programme-access.ts';
import { emptyCommission, type ProgrammeService } from './programme-service.ts';

/**
 * A coordinator (or org admin) commissions a dialogue for a facilitator of the pool: the process
 * is created from the HKD template in this organisation with the facilitator as its owner, the
 * commission is saved as a draft, the facilitator is assigned to session 1, and the audit log
 * records the coordinator as its creator. [SPEC PR11]
 */
export class ProgrammeCommissionService {
  constructor(
    private readonly access: ProgrammeAccess,
    private readonly processes: ProcessService,
    private readonly programme: ProgrammeService,
  ) {}

  async create(who: Who, orgId: string, body: CreateCommissionBody): Promise<CommissionView> {
    await this.access.requireOverseer(who.userId, orgId);
    const { facilitatorId, name, unit, purpose, lang, ...fields } = body;
    if (!(await this.access.poolIds(orgId)).has(facilitatorId)) throw new DomainError('not_a_facilitator');
    if (fields.categoryId !== null) {
      const category = (await this.access.store.programme.categories(orgId)).find((c) => c.id === fields.categoryId);
      if (!category || category.archived) throw new DomainError('invalid_value', { field: 'categoryId' });
    }
    // the owner's organisation is asked for explicitly: the process lands in this organisation
    const summary = await this.processes.createFromHkd(facilitatorId, createProcessBody.parse({ name, unit, purpose, lang, orgId }));
    const process = (await this.access.store.processes.byId(summary.id))!;
    const plans: PlannedSession[] = fields.plans.map((p) => ({ ...p, facilitatorIds: p.session === 'session1' ? [facilitatorId] : [] }));
    if (!plans.some((p) => p.session === 'session1'))
      plans.unshift({ session: 'session1', startsAt: null, place: '', online: false, facilitatorIds: [facilitatorId] });
    const row: CommissionRow = {
      ...emptyCommission(process.id),
      ...fields,
      plans,
      state: 'draft',
      updatedAt: this.access.now(),
      updatedBy: who.userId,
    };
    await this.access.store.programme.putCommission(row);
    await this.access.audit(who, `process:${process.id}`, 'commission.create', { orgId, facilitatorId, createdBy: who.userId });
    await this.access.audit(who, `process:${process.id}`, 'programme.assign', { session: 'session1', userIds: [facilitatorId] });
    return this.programme.view(process, row);
  }
}
