import { Edit } from 'react-admin';
import { useRole } from '../common/useRole';
import { coursePayload } from './coursePayload';
import { CourseForm } from './CourseForm';

const transform = (
  data: Record<string, unknown>,
  options?: { previousData?: Record<string, unknown> },
) => coursePayload(data, options?.previousData ?? {});

// Pessimistic, so the server's 403 and 422 come back to the form instead of being undone.
export const CourseEdit = () => {
  const role = useRole();
  return (
    <Edit transform={transform} mutationMode="pessimistic" redirect="show">
      <CourseForm isAdmin={role === 'admin'} />
    </Edit>
  );
};
