/** Where a pair's prototype stands; `changes_requested` holds an editable draft again. */
export const PROTOTYPE_STATUSES = [
  'draft',
  'submitted',
  'presented',
  'changes_requested',
  'accepted',
] as const;
export type PrototypeStatus = (typeof PROTOTYPE_STATUSES)[number];

/** The statuses a trainer moves a prototype to, always with a comment. */
export const TRAINER_TARGETS = ['presented', 'changes_requested', 'accepted'] as const;
export type TrainerTarget = (typeof TRAINER_TARGETS)[number];

/** The life stage of citizen–authority collaboration a prototype targets (seed 004). */
export const LIFE_STAGES = ['before', 'launch', 'during', 'maintenance'] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];

/** The seven conditions of collaboration of seed 004, each planned by the pair. */
export const CANVAS_CONDITIONS = [
  'workOnOneself',
  'knowEachOther',
  'gatherResources',
  'commitFormally',
  'coBuildProjects',
  'runProjects',
  'socialLifeAndContext',
] as const;
export type CanvasCondition = (typeof CANVAS_CONDITIONS)[number];

/** Whether a pair would use a civic-tech it tested on its territory. */
export const WOULD_USE = ['yes', 'no', 'maybe'] as const;
export type WouldUse = (typeof WOULD_USE)[number];
