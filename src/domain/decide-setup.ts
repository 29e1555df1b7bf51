import type { Command } from './commands.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { hostIds, regroupForCount, smallestGroup, splitBalanced } from './grouping.ts';
import { tableId, templateTable } from './hkd-template.ts';
import { LANGS, LIMITS, type SessionState, type Table } from './types.ts';

type SetupCommand = Extract<
  Command,
  { type: 'session.configure' | 'table.update' | 'tables.setCount' | 'groups.split' | 'participant.move' | 'table.setHost' }
>;

function requireBeforeRounds(state: SessionState): void {
  if (state.phase !== 'lobby' && state.phase !== 'opening') throw new DomainError('wrong_phase');
}

function findTable(state: SessionState, id: string): Table {
  const t = state.tables.find((x) => x.id === id);
  if (!t) throw new DomainError('not_found', { what: 'table' });
  return t;
}

/** Balanced split of everyone who is not a host. [SPEC G1] */
export function splitEvent(state: SessionState, seed: number): SessionEvent {
  const hosts = hostIds(state);
  const ids = state.participants.filter((p) => !hosts.has(p.id)).map((p) => p.id);
  const dealt = splitBalanced(ids, state.tables.length, seed);
  const groups: Record<string, number | null> = {};
  for (const p of state.participants) groups[p.id] = dealt[p.id] ?? p.group;
  return { type: 'groups.split', groups };
}

export function decideSetup(state: SessionState, cmd: SetupCommand, seed: number): SessionEvent[] {
  switch (cmd.type) {
    case 'session.configure': {
      const roundMinutes = cmd.roundMinutes ?? state.settings.roundMinutes;
      if (roundMinutes < LIMITS.minRoundMinutes || roundMinutes > LIMITS.maxRoundMinutes) {
        throw new DomainError('invalid_value', { field: 'roundMinutes' });
      }
      const second = cmd.screenSecondLang === undefined ? (state.settings.screenSecondLang ?? null) : cmd.screenSecondLang;
      if (second !== null && !(LANGS as readonly string[]).includes(second)) {
        throw new DomainError('invalid_value', { field: 'screenSecondLang' });
      }
      const settings = {
        roundMinutes,
        showNotesOnScreen: cmd.showNotesOnScreen ?? state.settings.showNotesOnScreen,
        namesInReports: cmd.namesInReports ?? state.settings.namesInReports ?? false,
        childMode: cmd.childMode ?? state.settings.childMode ?? false,
        screenSecondLang: second,
      };
      return [{ type: 'session.configured', settings }];
    }
    case 'table.update': {
      const t = findTable(state, cmd.tableId);
      return [
        {
          type: 'table.updated',
          tableId: t.id,
          title: cmd.title ?? t.title,
          questions: cmd.questions ?? t.questions,
          meetingUrl: cmd.meetingUrl === undefined ? t.meetingUrl : cmd.meetingUrl,
        },
      ];
    }
    case 'tables.setCount': {
      requireBeforeRounds(state);
      if (cmd.count < LIMITS.minTables || cmd.count > LIMITS.maxTables) throw new DomainError('invalid_value', { field: 'count' });
      const tables = Array.from({ length: cmd.count }, (_, i) => state.tables[i] ?? templateTable(i, tableId(i)));
      const groups = state.grouped ? regroupForCount(state, cmd.count) : {};
      return [{ type: 'tables.countSet', tables, groups }];
    }
    case 'groups.split':
      requireBeforeRounds(state);
      return [splitEvent(state, seed)];
    case 'participant.move': {
      if (!state.participants.some((p) => p.id === cmd.participantId)) throw new DomainError('not_found', { what: 'participant' });
      if (cmd.group < 0 || cmd.group >= state.tables.length) throw new DomainError('invalid_value', { field: 'group' });
      return [{ type: 'participant.moved', participantId: cmd.participantId, group: cmd.group }];
    }
    case 'table.setHost': {
      findTable(state, cmd.tableId);
      if (cmd.participantId !== null && !state.participants.some((p) => p.id === cmd.participantId)) {
        throw new DomainError('not_found', { what: 'participant' });
      }
      const events: SessionEvent[] = [{ type: 'table.hostSet', tableId: cmd.tableId, participantId: cmd.participantId }];
      // a released host who has no group joins the smallest group, so nobody is left without a table [SPEC G5]
      const released = state.tables.find((t) => t.id === cmd.tableId)!.hostId;
      const releasedP = state.participants.find((p) => p.id === released);
      if (state.grouped && releasedP && released !== cmd.participantId && releasedP.group === null) {
        events.push({ type: 'participant.moved', participantId: releasedP.id, group: smallestGroup(state) });
      }
      return events;
    }
  }
}
