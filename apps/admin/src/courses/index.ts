import SchoolIcon from '@mui/icons-material/School';
import { createElement } from 'react';
import { TitleRepresentation } from '../common/BilingualField';
import { CourseCreate } from './CourseCreate';
import { CourseEdit } from './CourseEdit';
import { CourseList } from './CourseList';
import { CourseShow } from './CourseShow';

/** What a participant gets: their own course, read-only (the api scopes the list). */
export const readOnlyCourses = {
  list: CourseList,
  show: CourseShow,
  icon: SchoolIcon,
  recordRepresentation: createElement(TitleRepresentation),
};

/** Trainers edit the content of the courses they are assigned to; they do not create courses. */
export const trainerCourses = { ...readOnlyCourses, edit: CourseEdit };

export default { ...trainerCourses, create: CourseCreate };
