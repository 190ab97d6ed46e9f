import { Box } from '@mui/material';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import { useFieldValue } from 'react-admin';

/**
 * Authors write Markdown; whatever HTML it holds (or produces) is sanitised before it reaches
 * the page, so a script or an event handler in a description never runs.
 */
export const renderMarkdown = (text: string) =>
  DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true }));

const prose = {
  overflowWrap: 'anywhere',
  '& img': { maxWidth: '100%' },
  '& pre': { overflowX: 'auto' },
  '& a': { color: 'primary.main' },
} as const;

/** Rendered Markdown text. */
export const Markdown = ({ text, testId }: { text: string; testId?: string }) => {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <Box sx={prose} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
};

/** A record's Markdown field, for show layouts. */
export const MarkdownField = ({ source }: { source: string; label?: string }) => {
  const value = useFieldValue({ source });
  return typeof value === 'string' && value ? (
    <Markdown text={value} testId={`markdown-${source}`} />
  ) : (
    <>—</>
  );
};
