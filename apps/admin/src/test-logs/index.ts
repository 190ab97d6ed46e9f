import ScienceIcon from '@mui/icons-material/Science';
import { TestLogCreate, TestLogEdit } from './TestLogForm';
import { TestLogList } from './TestLogList';

/** Trainers and admins read the tests; pairs record and edit theirs. */
export const staffTestLogs = { list: TestLogList, icon: ScienceIcon };

export default { ...staffTestLogs, create: TestLogCreate, edit: TestLogEdit };
