import MailIcon from '@mui/icons-material/MarkEmailRead';
import { MessageList } from './MessageList';

/** Admins follow every message's email delivery and send failed ones again. */
export default { list: MessageList, icon: MailIcon };
