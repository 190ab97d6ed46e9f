import { Create } from 'react-admin';
import { coursePayload } from './coursePayload';
import { CourseForm } from './CourseForm';

const transform = (data: Record<string, unknown>) => coursePayload(data);

export const CourseCreate = () => (
  <Create transform={transform} redirect="show">
    <CourseForm isNew isAdmin />
  </Create>
);
