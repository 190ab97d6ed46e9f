import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { httpClient } from '../providers/http';

/** The inbox's menu icon, carrying the number of unread notifications. */
export const UnreadBadgeIcon = () => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: async () =>
      (await httpClient('/notifications/unread-count')).json as { count: number },
    refetchInterval: 60_000,
  });
  const count = data?.count ?? 0;
  return (
    <Badge
      badgeContent={count}
      color="error"
      aria-label={translate('apprenance.inbox.unread', { smart_count: count })}
    >
      <NotificationsIcon />
    </Badge>
  );
};
