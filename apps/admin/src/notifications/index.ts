import { NotificationList } from './NotificationList';
import { UnreadBadgeIcon } from './UnreadBadgeIcon';

/** The in-app inbox: the person's own notifications (the api scopes the list). */
export default { list: NotificationList, icon: UnreadBadgeIcon };
