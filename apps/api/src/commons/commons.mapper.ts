import type { CourseEntity, CoursePhaseEntity, CourseResourceEntity } from '@apprenance/db';
import type { ModuleRow } from '../courses/dto/course-module.dto';
import {
  PublicCourseDetailDto,
  PublicCourseDto,
  PublicModuleDto,
  PublicPhaseDto,
  PublicResourceDto,
} from './dto/public.dto';

export const PUBLIC_BASE = '/api/v1/public';

export function publicFileUrl(resourceId: string): string {
  return `${PUBLIC_BASE}/resources/${resourceId}/file`;
}

export function toPublicPhase(phase: CoursePhaseEntity): PublicPhaseDto {
  return {
    phase: phase.phase,
    position: phase.position,
    objectivesFr: phase.objectivesFr,
    objectivesEn: phase.objectivesEn,
    hoursBudget: Number(phase.hoursBudget),
    daysBudget: Number(phase.daysBudget),
  };
}

export function toPublicCourse(course: CourseEntity, phases: CoursePhaseEntity[]): PublicCourseDto {
  const { id, slug, titleFr, titleEn, summaryFr, summaryEn, descriptionFr, descriptionEn } = course;
  const { format, licence, minAttendancePercent, requireAcceptedPrototype, updatedAt } = course;
  return {
    id,
    slug,
    titleFr,
    titleEn,
    summaryFr,
    summaryEn,
    descriptionFr,
    descriptionEn,
    format,
    licence,
    minAttendancePercent,
    requireAcceptedPrototype,
    phases: phases.map(toPublicPhase),
    updatedAt,
  };
}

export function toPublicResource(resource: CourseResourceEntity): PublicResourceDto {
  const { id, position, kind, title, description, language, licence, url, body } = resource;
  const { fileName, contentType, sizeBytes, sha256 } = resource;
  return {
    id,
    position,
    kind,
    title,
    description,
    language,
    licence,
    url,
    body,
    fileName,
    contentType,
    sizeBytes,
    sha256,
    fileUrl: kind === 'file' ? publicFileUrl(id) : null,
  };
}

/** A course with its phases, their modules and the modules' resources, all in order. */
export function toPublicCourseDetail(
  course: CourseEntity,
  phases: CoursePhaseEntity[],
  modules: ModuleRow[],
  resources: CourseResourceEntity[],
): PublicCourseDetailDto {
  const toModule = (module: ModuleRow): PublicModuleDto => ({
    id: module.id,
    position: module.position,
    titleFr: module.titleFr,
    titleEn: module.titleEn,
    summaryFr: module.summaryFr,
    summaryEn: module.summaryEn,
    resources: resources.filter((r) => r.moduleId === module.id).map(toPublicResource),
  });
  return {
    ...toPublicCourse(course, []),
    phases: phases.map((phase) => ({
      ...toPublicPhase(phase),
      modules: modules.filter((m) => m.phaseId === phase.id).map(toModule),
    })),
  };
}
