import { Dialog, DialogActions, DialogContent, DialogTitle, Link } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { Markdown } from '../common/Markdown';
import { TextButton } from '../common/TextButton';
import { downloadFile } from '../providers/cohortApi';
import type { CourseResource } from '../types';

/** A course resource: a link opens, a file downloads (with the token), a text opens to read. */
export const ResourceLink = ({ resource }: { resource: CourseResource }) => {
  const notify = useNotify();
  if (resource.kind === 'link' && resource.url) {
    return (
      <Link href={resource.url} target="_blank" rel="noopener noreferrer">
        {resource.title}
      </Link>
    );
  }
  if (resource.kind === 'file') {
    const download = () =>
      downloadFile(
        `/api/v1/course-resources/${encodeURIComponent(resource.id)}/file`,
        resource.fileName ?? resource.title,
      ).catch((error: Error) => notify(error.message, { type: 'error' }));
    return (
      <Link component="button" type="button" onClick={download}>
        {resource.title}
      </Link>
    );
  }
  return <TextResource resource={resource} />;
};

/** A text resource opens in a dialog with its Markdown rendered (full screen on a phone). */
const TextResource = ({ resource }: { resource: CourseResource }) => {
  const [open, setOpen] = useState(false);
  const titleId = `resource-title-${resource.id}`;
  return (
    <>
      <Link component="button" type="button" onClick={() => setOpen(true)}>
        {resource.title}
      </Link>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="md"
        aria-labelledby={titleId}
      >
        <DialogTitle id={titleId}>{resource.title}</DialogTitle>
        <DialogContent>
          <Markdown text={resource.body ?? ''} testId="resource-body" />
        </DialogContent>
        <DialogActions>
          <TextButton label="ra.action.close" onClick={() => setOpen(false)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
