import EventIcon from '@mui/icons-material/Event';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { cohortApi } from '../providers/cohortApi';

/** Issues the caller's secret calendar feed URL (replacing the previous one) and shows it once. */
export const CalendarLinkButton = ({ cohortId }: { cohortId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  const issue = () =>
    cohortApi
      .calendarLink(cohortId)
      .then(setUrl)
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  return (
    <>
      <Button label="apprenance.calendar.button" onClick={issue}>
        <EventIcon />
      </Button>
      <Dialog open={url !== null} onClose={() => setUrl(null)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('apprenance.calendar.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" gutterBottom>
            {translate('apprenance.calendar.help')}
          </Typography>
          <TextField
            value={url ?? ''}
            fullWidth
            slotProps={{
              htmlInput: { readOnly: true, 'aria-label': translate('apprenance.calendar.title') },
            }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setUrl(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
