import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/Event';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useNotify, useTranslate } from 'react-admin';
import { TextButton } from '../common/TextButton';
import { cohortApi } from '../providers/cohortApi';

/** The same feed for calendar apps that subscribe through the `webcal:` scheme. */
const webcalUrl = (url: string) => url.replace(/^https?:/, 'webcal:');

/**
 * Issues the caller's secret calendar feed URL and shows it once. Issuing replaces the previous
 * link, so that subscribers of the old one stop receiving updates: the person confirms first.
 */
export const CalendarLinkButton = ({ cohortId }: { cohortId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const issue = () => {
    setAsking(false);
    cohortApi
      .calendarLink(cohortId)
      .then(setUrl)
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  const copy = () =>
    navigator.clipboard
      .writeText(url ?? '')
      .then(() => notify('screens.calendar.copied', { type: 'success' }))
      .catch(() => notify('screens.calendar.copy_failed', { type: 'warning' }));
  return (
    <>
      <Button label="apprenance.calendar.button" onClick={() => setAsking(true)}>
        <EventIcon />
      </Button>
      <Confirm
        isOpen={asking}
        title="apprenance.calendar.title"
        content="screens.calendar.rotate_warning"
        onConfirm={issue}
        onClose={() => setAsking(false)}
      />
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
          <Stack direction="row" sx={{ mt: 1, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextButton label="screens.calendar.copy" icon={<ContentCopyIcon />} onClick={copy} />
            {url && <Link href={webcalUrl(url)}>{translate('screens.calendar.subscribe')}</Link>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <TextButton label="ra.action.close" onClick={() => setUrl(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
