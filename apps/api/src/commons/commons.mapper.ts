import type { CourseEntity, CoursePhaseEntity, CourseResourceEntity } from '@apprenance/db';
import { pick } from '../common/pick';
import {
  MODULE_FIELDS,
  PUBLIC_COURSE_FIELDS,
  PUBLIC_RESOURCE_FIELDS,
} from '../courses/dto/course-fields';
import type { ModuleRow } from '../courses/dto/course-module.dto';
import { toPhaseFields } from '../courses/dto/course.dto';
import {
  PublicCourseDetailDto,
  PublicCourseDto,
  PublicModuleDto,
  PublicResourceDto,
} from './dto/public.dto';

export const PUBLIC_BASE = '/api/v1/public';

export function publicFileUrl(resourceId: string): string {
  return `${PUBLIC_BASE}/resources/${resourceId}/file`;
}

export function toPublicCourse(course: CourseEntity, phases: CoursePhaseEntity[]): PublicCourseDto {
  return {
    id: course.id,
    ...pick(course, PUBLIC_COURSE_FIELDS),
    phases: phases.map(toPhaseFields),
    updatedAt: course.updatedAt,
  };
}

export function toPublicResource(resource: CourseResourceEntity): PublicResourceDto {
  const { id, kind } = resource;
  return {
    id,
    ...pick(resource, PUBLIC_RESOURCE_FIELDS),
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
    ...pick(module, MODULE_FIELDS),
    resources: resources.filter((r) => r.moduleId === module.id).map(toPublicResource),
  });
  return {
    ...toPublicCourse(course, []),
    phases: phases.map((phase) => ({
      ...toPhaseFields(phase),
      modules: modules.filter((m) => m.phaseId === phase.id).map(toModule),
    })),
  };
}
