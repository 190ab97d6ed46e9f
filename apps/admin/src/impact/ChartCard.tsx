import { Box, Paper, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { TextButton } from '../common/TextButton';

interface ChartCardProps {
  title: string;
  testId: string;
  /** The chart, drawn for sighted readers; the table below says the same for everyone. */
  chart: ReactNode;
  header: string[];
  rows: (string | number | null)[][];
  onDownload: () => void;
}

/**
 * One chart of the dashboard with its data as a table (the accessible alternative, folded
 * away under a summary) and a CSV download of the same data.
 */
export const ChartCard = ({ title, testId, chart, header, rows, onDownload }: ChartCardProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2 }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <TextButton label="impact.dashboard.download" onClick={onDownload} />
      </Stack>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{translate('impact.dashboard.empty')}</Typography>
      ) : (
        <>
          <Box component="figure" aria-labelledby={titleId} sx={{ m: 0 }}>
            {chart}
          </Box>
          <details>
            <summary>{translate('impact.dashboard.show_table')}</summary>
            <Box sx={{ overflowX: 'auto' }}>
              <table data-testid={`${testId}-table`}>
                <caption>{title}</caption>
                <thead>
                  <tr>
                    {header.map((cell) => (
                      <th key={cell} scope="col">
                        {cell}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={i}>
                      {row.map((cell, j) => (
                        <td key={j}>{cell ?? '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
          </details>
        </>
      )}
    </Paper>
  );
};
