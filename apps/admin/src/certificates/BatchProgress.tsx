import { Box, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { type Batch, certificateApi } from './certificateApi';
import { batchProgress } from './certificateRows';

const POLL_MS = 1_000;

/** A live bar of a batch: polls it until no certificate of it is pending, then `onComplete`. */
export const BatchProgress = ({
  batchId,
  onComplete,
}: {
  batchId: string;
  onComplete: () => void;
}) => {
  const translate = useTranslate();
  const [batch, setBatch] = useState<Batch>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const next = await certificateApi.batch(batchId).catch(() => undefined);
      if (stopped) return;
      if (next) setBatch(next);
      if (next?.complete) onComplete();
      else timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [batchId, onComplete]);
  const percent = batch ? batchProgress(batch) : 0;
  const label = translate('apprenance.certificates.progress', {
    done: batch ? batch.total - batch.counts.pending : 0,
    total: batch?.total ?? '…',
    failed: batch?.counts.failed ?? 0,
  });
  return (
    <Box sx={{ my: 2 }} data-testid="batch-progress">
      <Typography variant="body2" id={`batch-${batchId}`}>
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-labelledby={`batch-${batchId}`}
        sx={{ height: 10, borderRadius: 1 }}
      />
    </Box>
  );
};
