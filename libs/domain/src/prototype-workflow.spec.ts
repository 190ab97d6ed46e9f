import { PROTOTYPE_STATUSES, PrototypeStatus } from '@apprenance/db';
import { isEditable, workflowActor } from './prototype-workflow';

/** The expected state machine, written out here rather than read from the code. */
const ALLOWED: [PrototypeStatus, PrototypeStatus, 'member' | 'trainer'][] = [
  ['draft', 'submitted', 'member'],
  ['changes_requested', 'submitted', 'member'],
  ['submitted', 'presented', 'trainer'],
  ['presented', 'changes_requested', 'trainer'],
  ['presented', 'accepted', 'trainer'],
];

const allMoves = PROTOTYPE_STATUSES.flatMap((from) =>
  PROTOTYPE_STATUSES.map((to) => [from, to] as const),
);

describe('prototype workflow', () => {
  it.each(ALLOWED)('%s → %s is made by a %s', (from, to, actor) => {
    expect(workflowActor(from, to)).toBe(actor);
  });

  it.each(allMoves.filter(([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to)))(
    '%s → %s is made by nobody',
    (from, to) => {
      expect(workflowActor(from, to)).toBeUndefined();
    },
  );

  it.each([
    ['draft', true],
    ['submitted', false],
    ['presented', false],
    ['changes_requested', true],
    ['accepted', false],
  ] as const)('a %s prototype is editable: %s', (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });
});
