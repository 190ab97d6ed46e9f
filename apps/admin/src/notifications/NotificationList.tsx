import { Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  TopToolbar,
  useListContext,
  useLocaleState,
  useRefresh,
} from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { httpClient } from '../providers/http';
import type { InboxItem } from '../types';

const markRead = (ids?: string[]) =>
  httpClient('/notifications/read', { method: 'POST', body: JSON.stringify({ ids }) });

const MarkAllRead = () => {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return (
    <ActionButton
      label="apprenance.inbox.mark_all_read"
      action={() => markRead()}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: ['notifications'] });
        refresh();
      }}
    />
  );
};

const Message = ({ item }: { item: InboxItem }) => (
  <>
    <Typography variant="subtitle2" component="p" sx={{ fontWeight: item.readAt ? 400 : 700 }}>
      {item.subject}
    </Typography>
    <Typography variant="body2" component="p">
      {item.text}
    </Typography>
  </>
);

const Items = () => {
  const { data } = useListContext<InboxItem>();
  const queryClient = useQueryClient();
  // Opening a notification marks it read, then follows its link.
  const open = (id: string) => {
    const item = data?.find((d) => d.id === id);
    void markRead([id]).then(() => queryClient.invalidateQueries({ queryKey: ['notifications'] }));
    return item ? item.link.replace(/^\/#/, '') : false;
  };
  return (
    <Datagrid rowClick={(id) => open(String(id))} bulkActionButtons={false}>
      <FunctionField<InboxItem>
        label="apprenance.inbox.message"
        render={(item) => <Message item={item} />}
      />
      <LocalizedDateField source="createdAt" showTime />
    </Datagrid>
  );
};

/** The person's notifications, in the language of the screen, newest first. */
export const NotificationList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filter={{ locale }}
      sort={{ field: 'id', order: 'DESC' }}
      actions={
        <TopToolbar>
          <Button label="apprenance.preferences.title" component={Link} to="/preferences" />
          <MarkAllRead />
        </TopToolbar>
      }
      empty={false}
    >
      <Items />
    </List>
  );
};
