import { List, ListItem, ListItemText } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { prototypeApi } from '../providers/prototypeApi';
import type { Prototype } from '../types';
import { usePrototypeQuery } from './usePrototypeQuery';

/** Every move of the workflow with who made it and the trainer's comment. */
export const HistoryTab = () => {
  const prototype = useRecordContext<Prototype>();
  const translate = useTranslate();
  const events = usePrototypeQuery(
    ['events', prototype?.id, prototype?.status, prototype?.currentVersion],
    () => prototypeApi.events(prototype!.id),
    prototype !== undefined,
  );
  return (
    <List dense data-testid="history">
      {(events.data ?? []).map((event) => (
        <ListItem key={event.id} divider>
          <ListItemText
            primary={`${translate(`apprenance.prototype_statuses.${event.to}`)} · v${event.versionNumber} · ${event.actorName ?? ''}`}
            secondary={event.comment || null}
          />
        </ListItem>
      ))}
    </List>
  );
};
