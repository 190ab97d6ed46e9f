import { useQuery } from '@tanstack/react-query';
import { assessmentApi } from './assessmentApi';
import type { AssessmentCriterion } from './types';

const NONE: AssessmentCriterion[] = [];

/**
 * A course's assessment rubric, cached by react-query so that react-admin's refresh after a
 * change reloads it.
 */
export function useAssessmentCriteria(courseId: string | undefined) {
  const { data } = useQuery({
    queryKey: ['assessment-criteria', courseId],
    queryFn: () => assessmentApi.criteria(courseId as string),
    enabled: !!courseId,
  });
  return data ?? NONE;
}
