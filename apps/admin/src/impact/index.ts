import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import InsightsIcon from '@mui/icons-material/Insights';
import QuizIcon from '@mui/icons-material/Quiz';
import { ConvictionPage } from './ConvictionPage';
import { FollowUpList } from './FollowUpList';
import { ImpactDashboardPage } from './ImpactDashboardPage';

/** Menu entries: each is a resource whose list is the page, so the menu shows it by role. */
export const followUps = { list: FollowUpList, icon: AssignmentTurnedInIcon };
export const impactDashboard = { list: ImpactDashboardPage, icon: InsightsIcon };
export const conviction = { list: ConvictionPage, icon: QuizIcon };
