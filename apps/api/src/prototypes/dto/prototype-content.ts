import { CANVAS_CONDITIONS, CanvasCondition, LifeStage } from '@apprenance/db';

/** A chosen catalogue tool and how the pair adapts it to its territory. */
export interface ChosenCivicTech {
  civicTechId: string;
  adaptation: string;
}

/** The editable fields of a prototype, always complete (empty strings where unwritten). */
export interface DraftContent {
  title: string;
  problem: string;
  targetPublic: string;
  civicTechs: ChosenCivicTech[];
  lifeStage: LifeStage | null;
  conditions: Record<CanvasCondition, string>;
  risks: string;
  firstSteps: string;
}

export interface AttachmentSnapshot {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/** What a version freezes: the draft and the attachments as they were. */
export interface VersionContent extends DraftContent {
  attachments: AttachmentSnapshot[];
}

export const EMPTY_DRAFT: DraftContent = {
  title: '',
  problem: '',
  targetPublic: '',
  civicTechs: [],
  lifeStage: null,
  conditions: Object.fromEntries(CANVAS_CONDITIONS.map((c) => [c, ''])) as Record<
    CanvasCondition,
    string
  >,
  risks: '',
  firstSteps: '',
};

/** The stored draft with every field present, whatever was saved before. */
export function completeDraft(stored: Partial<DraftContent>): DraftContent {
  return {
    ...EMPTY_DRAFT,
    ...stored,
    conditions: { ...EMPTY_DRAFT.conditions, ...(stored.conditions ?? {}) },
  };
}

const REQUIRED_TEXT = ['title', 'problem', 'targetPublic', 'firstSteps'] as const;

/** The fields a submission still lacks, each with its message; empty when it may be submitted. */
export function missingForSubmission(draft: DraftContent): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  const required = ['is required to submit'];
  for (const field of REQUIRED_TEXT) if (!draft[field].trim()) missing[field] = required;
  if (!draft.civicTechs.length) missing.civicTechs = ['must name at least one civic-tech'];
  if (!draft.lifeStage) missing.lifeStage = required;
  for (const condition of CANVAS_CONDITIONS) {
    if (!draft.conditions[condition].trim()) missing[`conditions.${condition}`] = required;
  }
  return missing;
}
