import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ReferenceField, useTranslate } from 'react-admin';
import { prototypeApi } from '../providers/prototypeApi';
import { usePrototypeQuery } from '../prototypes/usePrototypeQuery';

/** Per tool: how many pairs tested it, their mean fit and who would use it. */
export const TestLogAggregate = (filter: { cohortId?: string; civicTechId?: string }) => {
  const translate = useTranslate();
  const rows = usePrototypeQuery(['test-log-aggregate', filter], () =>
    prototypeApi.aggregate(filter),
  );
  if (!rows.data?.length) {
    return <Typography variant="body2">{translate('apprenance.test_logs.no_tests')}</Typography>;
  }
  return (
    <Table size="small" data-testid="test-log-aggregate">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.test-logs.fields.civicTechId')}</TableCell>
          <TableCell>{translate('apprenance.test_logs.pairs')}</TableCell>
          <TableCell>{translate('apprenance.test_logs.mean_fit')}</TableCell>
          <TableCell>{translate('apprenance.test_logs.would_use')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.data.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <ReferenceField record={row} source="id" reference="civic-techs" link={false} />
            </TableCell>
            <TableCell>{row.pairs}</TableCell>
            <TableCell>{row.meanFit}</TableCell>
            <TableCell>
              {(['yes', 'maybe', 'no'] as const)
                .map(
                  (answer) =>
                    `${translate(`apprenance.would_use.${answer}`)} ${row.wouldUse[answer]}`,
                )
                .join(' · ')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
