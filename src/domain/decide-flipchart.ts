import type { AttachImageCommand, Command } from './commands.ts';
import { DomainError } from './errors.ts';
import type { SessionEvent } from './events.ts';
import { findGroup, requireOs } from './open-space.ts';
import { scanText } from './privacy-scan.ts';
import { LIMITS, type Actor, type OpenSpace, type PrivacyFinding, type SessionState } from './types.ts';

type FlipCommand = Extract<
  Command,
  {
    type:
      | 'flip.add'
      | 'flip.edit'
      | 'flip.remove'
      | 'flip.removeImage'
      | 'practice.save'
      | 'practice.remove'
      | 'pearl.add'
      | 'pearl.remove'
      | 'pearls.setPoints'
      | 'pearls.spotlight';
  }
>;

/** Group work happens while groups work and in the joint debrief (pearls). */
const WORK_PHASES = ['groups', 'pearls'];

/**
 * A participant writes on the flipchart of the group they are in now (after moving they can
 * no longer edit the old one; what they wrote stays there). The facilitator, also acting as
 * scribe, may write for any group. [SPEC O3, O4]
 */
function requireWriter(state: SessionState, actor: Actor, groupId: string): OpenSpace {
  const os = requireOs(state);
  if (!WORK_PHASES.includes(state.phase)) throw new DomainError('wrong_phase');
  findGroup(os, groupId);
  if (actor.role === 'facilitator') return os;
  if (actor.role !== 'participant') throw new DomainError('forbidden');
  if (os.members[actor.participantId] !== groupId) throw new DomainError('not_in_group');
  return os;
}

/** Trimmed text within 1…max characters (code points). */
function cleanText(text: string, max: number, field: string, allowEmpty = false): string {
  const v = text.trim();
  if (!v && !allowEmpty) throw new DomainError('note_empty');
  if ([...v].length > max) throw new DomainError('invalid_value', { field });
  return v;
}

/** The privacy scan on every text before it is saved; the writer confirms findings. [SPEC N3] */
function scanned(text: string, confirmed: boolean | undefined): PrivacyFinding[] {
  const findings = scanText(text);
  if (findings.length > 0 && !confirmed) throw new DomainError('privacy_check', { findings });
  return findings;
}

function addFlipItem(state: SessionState, actor: Actor, cmd: Extract<FlipCommand, { type: 'flip.add' }>, now: number): SessionEvent[] {
  const os = requireWriter(state, actor, cmd.groupId);
  if (os.items.some((i) => i.id === cmd.itemId)) throw new DomainError('id_taken');
  if (os.items.filter((i) => i.groupId === cmd.groupId).length >= LIMITS.flipItemsPerGroup) throw new DomainError('limit_reached');
  const text = cleanText(cmd.text, LIMITS.flipItemMax, 'text');
  const flags = scanned(text, cmd.confirmPrivacy);
  return [{ type: 'flip.added', item: { id: cmd.itemId, groupId: cmd.groupId, kind: cmd.kind, text, flags, createdAt: now } }];
}

function changeFlipItem(
  state: SessionState,
  actor: Actor,
  cmd: Extract<FlipCommand, { type: 'flip.edit' | 'flip.remove' }>,
): SessionEvent[] {
  const item = requireOs(state).items.find((i) => i.id === cmd.itemId);
  if (!item) throw new DomainError('not_found', { what: 'item' });
  requireWriter(state, actor, item.groupId);
  if (cmd.type === 'flip.remove') return [{ type: 'flip.removed', itemId: item.id }];
  const text = cleanText(cmd.text, LIMITS.flipItemMax, 'text');
  return [{ type: 'flip.edited', itemId: item.id, text, flags: scanned(text, cmd.confirmPrivacy) }];
}

function savePractice(
  state: SessionState,
  actor: Actor,
  cmd: Extract<FlipCommand, { type: 'practice.save' }>,
  now: number,
): SessionEvent[] {
  const os = requireWriter(state, actor, cmd.groupId);
  const existing = os.practices.find((p) => p.id === cmd.practiceId);
  if (existing && existing.groupId !== cmd.groupId) throw new DomainError('id_taken');
  if (!existing && os.practices.filter((p) => p.groupId === cmd.groupId).length >= LIMITS.practicesPerGroup) {
    throw new DomainError('limit_reached');
  }
  const title = cleanText(cmd.title, LIMITS.practiceTitleMax, 'title');
  const description = cleanText(cmd.description, LIMITS.practiceTextMax, 'description', true);
  const context = cleanText(cmd.context, LIMITS.practiceTextMax, 'context', true);
  if (cmd.keywords.length > LIMITS.practiceKeywords) throw new DomainError('invalid_value', { field: 'keywords' });
  const keywords = [
    ...new Set(cmd.keywords.map((k) => cleanText(k.replace(/\s+/g, ' '), LIMITS.keywordMax, 'keywords', true)).filter(Boolean)),
  ];
  // one scan over all fields; offsets point into this joined text
  const flags = scanned([title, description, context, keywords.join(', ')].join('\n'), cmd.confirmPrivacy);
  const group = findGroup(os, cmd.groupId);
  const practice = {
    id: cmd.practiceId,
    groupId: group.id,
    offerId: group.offerId,
    title,
    description,
    keywords,
    context,
    flags,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  return [{ type: 'practice.saved', practice }];
}

export function decideImage(state: SessionState, actor: Actor, cmd: AttachImageCommand, now: number): SessionEvent[] {
  if (state.phase === 'closed') throw new DomainError('session_closed');
  const os = requireWriter(state, actor, cmd.groupId);
  if (os.images.some((i) => i.id === cmd.imageId)) throw new DomainError('id_taken');
  if (os.images.filter((i) => i.groupId === cmd.groupId).length >= LIMITS.imagesPerGroup) throw new DomainError('limit_reached');
  const alt = cleanText(cmd.alt, LIMITS.altMax, 'alt', true);
  const { imageId, groupId, kind, contentType, width, height } = cmd;
  return [{ type: 'flip.imageAdded', image: { id: imageId, groupId, kind, alt, contentType, width, height, createdAt: now } }];
}

export function decideFlipchart(state: SessionState, actor: Actor, cmd: FlipCommand, now: number): SessionEvent[] {
  switch (cmd.type) {
    case 'flip.add':
      return addFlipItem(state, actor, cmd, now);
    case 'flip.edit':
    case 'flip.remove':
      return changeFlipItem(state, actor, cmd);
    case 'flip.removeImage': {
      const image = requireOs(state).images.find((i) => i.id === cmd.imageId);
      if (!image) throw new DomainError('not_found', { what: 'image' });
      requireWriter(state, actor, image.groupId);
      return [{ type: 'flip.imageRemoved', imageId: image.id }];
    }
    case 'practice.save':
      return savePractice(state, actor, cmd, now);
    case 'practice.remove': {
      const p = requireOs(state).practices.find((x) => x.id === cmd.practiceId);
      if (!p) throw new DomainError('not_found', { what: 'practice' });
      requireWriter(state, actor, p.groupId);
      return [{ type: 'practice.removed', practiceId: p.id }];
    }
    case 'pearl.add': {
      const os = requireWriter(state, actor, cmd.groupId);
      if (os.pearls.some((p) => p.id === cmd.pearlId)) throw new DomainError('id_taken');
      if (os.pearls.filter((p) => p.groupId === cmd.groupId).length >= LIMITS.pearlsPerGroup) throw new DomainError('limit_reached');
      const text = cleanText(cmd.text, LIMITS.pearlMax, 'text');
      const flags = scanned(text, cmd.confirmPrivacy);
      return [{ type: 'pearl.added', pearl: { id: cmd.pearlId, groupId: cmd.groupId, text, flags, createdAt: now } }];
    }
    case 'pearl.remove': {
      const p = requireOs(state).pearls.find((x) => x.id === cmd.pearlId);
      if (!p) throw new DomainError('not_found', { what: 'pearl' });
      requireWriter(state, actor, p.groupId);
      return [{ type: 'pearl.removed', pearlId: p.id }];
    }
    case 'pearls.setPoints': {
      const os = requireOs(state);
      if (!['groups', 'pearls', 'followup'].includes(state.phase)) throw new DomainError('wrong_phase');
      findGroup(os, cmd.groupId);
      return [{ type: 'pearls.pointsSet', groupId: cmd.groupId, text: cleanText(cmd.text, LIMITS.mainPointsMax, 'text', true) }];
    }
    case 'pearls.spotlight': {
      const os = requireOs(state);
      if (state.phase !== 'pearls') throw new DomainError('wrong_phase');
      if (cmd.groupId !== null) findGroup(os, cmd.groupId);
      return [{ type: 'pearls.spotlit', groupId: cmd.groupId }];
    }
  }
}

/** The anonymous feedback form at the end of each session; one answer per person. [SPEC F1] */
export function decideFeedback(
  state: SessionState,
  actor: Actor,
  cmd: Extract<Command, { type: 'feedback.give' }>,
  now: number,
): SessionEvent[] {
  if (actor.role !== 'participant') throw new DomainError('forbidden');
  if (state.phase !== 'feedback') throw new DomainError('wrong_phase');
  if (state.feedback.some((f) => f.participantId === actor.participantId)) throw new DomainError('already_answered');
  if (cmd.scores.length !== LIMITS.feedbackStatements) throw new DomainError('invalid_value', { field: 'scores' });
  for (const s of cmd.scores) {
    if (s !== null && (!Number.isInteger(s) || s < 1 || s > 5)) throw new DomainError('invalid_value', { field: 'scores' });
  }
  const open = cleanText(cmd.open, LIMITS.feedbackOpenMax, 'open', true);
  if (open === '' && cmd.scores.every((s) => s === null)) throw new DomainError('note_empty');
  const flags = open ? scanned(open, cmd.confirmPrivacy) : [];
  return [{ type: 'feedback.given', answer: { participantId: actor.participantId, scores: [...cmd.scores], open, flags, createdAt: now } }];
}
