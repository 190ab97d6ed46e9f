import GroupsIcon from '@mui/icons-material/Groups';
import { CohortCreate } from './CohortCreate';
import { CohortEdit } from './CohortEdit';
import { CohortList } from './CohortList';
import { CohortShow } from './CohortShow';

/** What a participant gets: their own cohort, read-only (the api scopes the list). */
export const readOnlyCohorts = {
  list: CohortList,
  show: CohortShow,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};

/** Admins and trainers create and run cohorts. */
export default { ...readOnlyCohorts, create: CohortCreate, edit: CohortEdit };
