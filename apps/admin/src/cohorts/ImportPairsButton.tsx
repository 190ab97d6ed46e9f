import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Button as MuiButton,
  Typography,
} from '@mui/material';
import { type ChangeEvent, useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { TextButton } from '../common/TextButton';
import { cohortApi, type ImportReport } from '../providers/cohortApi';
import { canImport, errorLines, refusedLines } from './importReport';

const COLUMNS =
  'territory_name;territory_country;territory_level;political_name;political_email;' +
  'political_position;technical_name;technical_email;technical_position';

/**
 * Imports pairs from a CSV file: picking the file runs a dry run whose report lists what would
 * happen and every line's problems; the import itself then writes all the lines or none.
 */
export const ImportPairsButton = ({ cohortId }: { cohortId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [running, setRunning] = useState(false);

  const reset = (next: File | null) => {
    setFile(next);
    setReport(null);
    setProblems([]);
  };
  const send = async (chosen: File, dryRun: boolean) => {
    setRunning(true);
    try {
      return await cohortApi.importPairs(cohortId, chosen, dryRun);
    } catch (error) {
      setProblems(refusedLines(error));
      return undefined;
    } finally {
      setRunning(false);
    }
  };
  const check = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    reset(chosen);
    if (!chosen) return;
    const checked = await send(chosen, true);
    if (checked) {
      setReport(checked);
      setProblems(errorLines(checked.errors));
    }
  };
  const importAll = async () => {
    if (!file) return;
    const done = await send(file, false);
    if (!done) return;
    notify('apprenance.pairs.import.done', { type: 'success', messageArgs: { ...done } });
    close();
    refresh();
  };
  const close = () => {
    setOpen(false);
    reset(null);
  };

  return (
    <>
      <Button label="apprenance.pairs.import.button" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('apprenance.pairs.import.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" gutterBottom>
            {translate('apprenance.pairs.import.help')}
          </Typography>
          <Typography variant="caption" component="p" sx={{ fontFamily: 'monospace', mb: 2 }}>
            {COLUMNS}
          </Typography>
          <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('apprenance.pairs.import.choose')}
            <input type="file" accept=".csv,text/csv" hidden onChange={check} />
          </MuiButton>
          {file && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {file.name}
            </Typography>
          )}
          {report && (
            <Alert
              severity={canImport(report) ? 'success' : 'warning'}
              sx={{ mt: 2 }}
              data-testid="import-report"
            >
              {translate('apprenance.pairs.import.report', { ...report })}
            </Alert>
          )}
          {problems.length > 0 && (
            <List dense data-testid="import-problems">
              {problems.map((line) => (
                <ListItem key={line}>
                  <Typography variant="body2" color="error">
                    {line}
                  </Typography>
                </ListItem>
              ))}
            </List>
          )}
        </DialogContent>
        <DialogActions>
          <TextButton label="ra.action.close" onClick={close} />
          <TextButton
            label="apprenance.pairs.import.confirm"
            variant="contained"
            onClick={importAll}
            disabled={running || !canImport(report)}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
