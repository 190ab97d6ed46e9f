import { Link } from '@mui/material';
import { useNotify } from 'react-admin';
import { downloadFile } from '../providers/cohortApi';
import type { CourseResource } from '../types';

/** A course resource: a link opens, a file downloads (with the token), a text shows its title. */
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
  return <span>{resource.title}</span>;
};
