import type { PrototypeStatus } from '@apprenance/db';

/** Who may make a move: the pair's members submit, the cohort's trainers (and admins) decide. */
export type WorkflowActor = 'member' | 'trainer';

const MOVES: Record<PrototypeStatus, Partial<Record<PrototypeStatus, WorkflowActor>>> = {
  draft: { submitted: 'member' },
  submitted: { presented: 'trainer' },
  presented: { changes_requested: 'trainer', accepted: 'trainer' },
  changes_requested: { submitted: 'member' },
  accepted: {},
};

/** Who may move a prototype from one status to another; undefined when nobody may. */
export function workflowActor(
  from: PrototypeStatus,
  to: PrototypeStatus,
): WorkflowActor | undefined {
  return MOVES[from][to];
}

/** The pair edits its draft only while it is not under review. */
export function isEditable(status: PrototypeStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}
