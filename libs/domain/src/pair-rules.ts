import type { ParticipantKind, Role } from '@apprenance/db';

/** What the pair rules need to know about a member. */
export interface PairMember {
  id: string;
  role: Role;
  kind: ParticipantKind | null;
  territoryId: string | null;
}

/** Field → problems, empty when the pair is valid. */
export type Problems = Record<string, string[]>;

/**
 * A pair is one political and one technical participant of the same territory, two distinct
 * people. Returns every problem at once so that a form or a CSV line can show them all.
 */
export function pairProblems(
  political: PairMember,
  technical: PairMember,
  fields = { political: 'politicalId', technical: 'technicalId' },
): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  if (political.id === technical.id) {
    add(fields.technical, 'must be a different person from the political member');
    return problems;
  }
  for (const [member, kind, field] of [
    [political, 'political', fields.political],
    [technical, 'technical', fields.technical],
  ] as const) {
    if (member.role !== 'participant') add(field, 'must be a participant');
    else if (member.kind !== kind) add(field, `must be a ${kind} participant, not ${member.kind}`);
  }
  if (political.territoryId && technical.territoryId !== political.territoryId) {
    add(fields.technical, 'must belong to the same territory as the political member');
  }
  return problems;
}

export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}
