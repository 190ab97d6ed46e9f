import { CIVIC_TECH_FIELDS, type CivicTechDto } from '../civic-techs/dto/civic-tech.dto';
import {
  MODULE_FIELDS,
  PHASE_FIELDS,
  PUBLIC_COURSE_FIELDS,
  PUBLIC_RESOURCE_FIELDS,
} from '../courses/dto/course-fields';
import { toCsv } from '../common/csv/csv-writer';
import type { PublicCourseDetailDto } from './dto/public.dto';

/** The licence under which the civic-tech catalogue itself is published. */
export const CATALOGUE_LICENCE = 'CC-BY-SA-4.0';

export interface CommonsSnapshot {
  generatedAt: Date;
  publicUrl: string;
  courses: PublicCourseDetailDto[];
  civicTechs: CivicTechDto[];
}

/** The files of the open-data export: one CSV per table, everything in JSON, and a README. */
export function commonsFiles(snapshot: CommonsSnapshot): Record<string, string> {
  const { courses, civicTechs } = snapshot;
  const phases = courses.flatMap((course) =>
    course.phases.map((phase) => ({ ...phase, courseId: course.id, courseSlug: course.slug })),
  );
  const modules = phases.flatMap((phase) =>
    phase.modules.map((module) => ({ ...module, courseId: phase.courseId, phase: phase.phase })),
  );
  const resources = modules.flatMap((module) =>
    module.resources.map((resource) => ({
      ...resource,
      moduleId: module.id,
      courseId: module.courseId,
      fileUrl: resource.fileUrl && `${snapshot.publicUrl}${resource.fileUrl}`,
    })),
  );
  return {
    'README.md': readme(snapshot),
    'courses.csv': toCsv(['id', ...PUBLIC_COURSE_FIELDS, 'updatedAt'], courses),
    'course_phases.csv': toCsv(
      ['courseId', 'courseSlug', ...PHASE_FIELDS, 'hoursBudget', 'daysBudget'],
      phases,
    ),
    'course_modules.csv': toCsv(['id', 'courseId', 'phase', ...MODULE_FIELDS], modules),
    'course_resources.csv': toCsv(
      [
        'id',
        'courseId',
        'moduleId',
        // Text bodies can be long and multi-line: commons.json carries them, the CSV does not.
        ...PUBLIC_RESOURCE_FIELDS.filter((field) => field !== 'body'),
        'fileUrl',
      ],
      resources,
    ),
    'civic_techs.csv': toCsv(['id', ...CIVIC_TECH_FIELDS], civicTechs),
    'commons.json': `${JSON.stringify(
      {
        generatedAt: snapshot.generatedAt,
        source: snapshot.publicUrl,
        catalogueLicence: CATALOGUE_LICENCE,
        courses,
        civicTechs,
      },
      null,
      2,
    )}\n`,
  };
}

function readme({ generatedAt, publicUrl, courses }: CommonsSnapshot): string {
  const licences = courses.map(
    (c) => `- ${c.titleFr} / ${c.titleEn} (\`${c.slug}\`): ${c.licence}`,
  );
  return `# Apprenance — open commons / communs ouverts

Generated ${generatedAt.toISOString()} from ${publicUrl}.

## Licence

- **Course content** (descriptions, phases, modules, text resources) is published under the
  licence of its course, an SPDX id given in the \`licence\` column of \`courses.csv\`:
${licences.map((line) => `  ${line}`).join('\n') || '  - (no published course)'}
- **Each resource** carries its own licence in the \`licence\` column of
  \`course_resources.csv\`; a linked or downloaded work stays under that licence.
- **The civic-tech catalogue** (\`civic_techs.csv\`) is published under ${CATALOGUE_LICENCE}
  (https://creativecommons.org/licenses/by-sa/4.0/). Each tool's own source code licence is
  its \`licence\` column.

Attribution: "Apprenance — ${publicUrl}".

## Licence (français)

Le contenu des formations est publié sous la licence de chaque formation (colonne \`licence\`
de \`courses.csv\`), chaque ressource sous sa propre licence ; le catalogue des civic-techs est
publié sous ${CATALOGUE_LICENCE}.

## Files

| file | one row per |
| --- | --- |
| \`courses.csv\` | published course |
| \`course_phases.csv\` | phase of a course (always three, in order) |
| \`course_modules.csv\` | module of a phase |
| \`course_resources.csv\` | resource of a module (metadata; files at \`fileUrl\`) |
| \`civic_techs.csv\` | civic-tech of the catalogue |
| \`commons.json\` | all of the above, nested |

CSV files are UTF-8, comma-separated, RFC 4180 quoting, with a header row. List cells
(\`categories\`, \`languages\`) are separated by \`;\`. Only published courses are included.
`;
}
