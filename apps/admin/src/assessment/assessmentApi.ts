import { httpClient } from '../providers/http';
import type { Phase } from '../types';
import type { Assessment, AssessmentCriterion, AssessmentStatus } from './types';

const send = async (path: string, body: unknown) =>
  (await httpClient(path, { method: 'PUT', body: JSON.stringify(body) })).json;

/** The assessment endpoints that are not react-admin records. */
export const assessmentApi = {
  /** Records (or changes) one participant's status for one phase. */
  record: (
    cohortId: string,
    input: { participantId: string; phase: Phase; status: AssessmentStatus; comment: string },
  ): Promise<Assessment> => send(`/cohorts/${encodeURIComponent(cohortId)}/assessments`, input),
  criteria: async (courseId: string): Promise<AssessmentCriterion[]> =>
    (await httpClient(`/courses/${encodeURIComponent(courseId)}/assessment-criteria`)).json,
  /** Replaces one phase's criteria, in order. */
  replaceCriteria: (
    courseId: string,
    phase: Phase,
    criteria: { labelFr: string; labelEn: string }[],
  ): Promise<AssessmentCriterion[]> =>
    send(`/courses/${encodeURIComponent(courseId)}/assessment-criteria`, { phase, criteria }),
};
