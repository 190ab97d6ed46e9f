import { PHASES, type CoursePhase } from '../types';

type CourseData = Record<string, unknown> & { phases?: CoursePhase[] };

/** What the api takes for a phase: no id or position (the order of the list is the order). */
const phaseInput = ({
  phase,
  objectivesFr,
  objectivesEn,
  hoursBudget,
  daysBudget,
}: CoursePhase) => ({
  phase,
  objectivesFr: objectivesFr ?? '',
  objectivesEn: objectivesEn ?? '',
  hoursBudget: Number(hoursBudget ?? 0),
  daysBudget: Number(daysBudget ?? 0),
});

const samePhases = (a: CoursePhase[], b: CoursePhase[] = []) =>
  JSON.stringify(a.map(phaseInput)) === JSON.stringify(b.map(phaseInput));

/**
 * The course as the api takes it (cleared text fields stay `''`, never `null`: see
 * `emptyIfCleared`): phases reduced to their input fields, in the fixed order, and
 * left out of an edit when they did not change (the api replaces all three when they are sent).
 */
export function coursePayload(data: CourseData, previous?: CourseData): CourseData {
  const { phases, ...fields } = withoutBlankNewSlug(data, previous);
  if (!phases) return fields;
  if (previous && samePhases(phases, previous.phases)) return fields;
  const ordered = PHASES.map((name) => phases.find((p) => p.phase === name)).filter(
    (phase): phase is CoursePhase => phase !== undefined,
  );
  return { ...fields, phases: ordered.map(phaseInput) };
}

/** A new course without a slug gets one from its French title; an empty one would be refused. */
function withoutBlankNewSlug(data: CourseData, previous?: CourseData): CourseData {
  if (previous || data.slug !== '') return data;
  const { slug: _blank, ...rest } = data;
  return rest;
}

/** The three phases of a new course, in order; days default to the format's (short: ½ day). */
export const newPhases = (): CoursePhase[] =>
  PHASES.map((phase) => ({
    phase,
    objectivesFr: '',
    objectivesEn: '',
    hoursBudget: 0,
    daysBudget: 0.5,
  }));
