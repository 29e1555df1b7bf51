// What the steps of the session-1 browser test share: the server, the pages, the phones and
// the server-side state (read straight from the engine, never from the UI under test).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Note, SessionState } from '../../src/domain/types.ts';
import { axeScan, describeViolations } from '../support/browser.ts';
import type { TestServer } from '../support/test-server.ts';
import type { Phone } from './phones.ts';

export const TABLES = 4;

export interface Run {
  s: TestServer;
  sessionId: string;
  code: string;
  console: Page;
  screen: Page;
  phones: Phone[];
  /** hosts[i] hosts table i */
  hosts: Phone[];
  /** everyone else: they move with their group */
  members: Phone[];
}

export async function stateOf(run: Run): Promise<SessionState> {
  const loaded = await run.s.app.deps.engine.load(run.sessionId);
  if (!loaded) throw new Error('session not in the store');
  return loaded.state;
}

export function groupOf(state: SessionState, p: Phone): number {
  const g = state.participants.find((x) => x.id === p.id)?.group;
  if (g === null || g === undefined) throw new Error(`${p.who} has no group`);
  return g;
}

/** [SPEC R1] computed here on purpose, not with the product's rotation helper. */
export function tableOf(state: SessionState, p: Phone, round: number): number {
  return (groupOf(state, p) + round) % TABLES;
}

/** The console's label for a person: the given name, or "Osallistuja N" by join order. */
export function labelOf(state: SessionState, p: Phone): string {
  const i = state.participants.findIndex((x) => x.id === p.id);
  return state.participants[i]?.name ?? `Osallistuja ${i + 1}`;
}

/** A note as other phones and the projector show it: flagged parts hidden as "•••". */
export function masked(note: Note): string {
  let out = '';
  let at = 0;
  for (const f of [...note.flags].sort((a, b) => a.start - b.start)) {
    out += `${note.text.slice(at, f.start)}•••`;
    at = f.end;
  }
  return out + note.text.slice(at);
}

/** axe-core with the WCAG 2.1 A/AA rules; a soft assertion, so one screen's findings don't hide the rest. */
export async function expectNoAxe(page: Page, what: string): Promise<void> {
  const v = await axeScan(page);
  expect.soft(v, `axe violations on ${what}:\n${describeViolations(v)}`).toEqual([]);
}
