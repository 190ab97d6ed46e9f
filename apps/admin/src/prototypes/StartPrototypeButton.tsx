import { Box, Typography } from '@mui/material';
import { useDataProvider, useGetIdentity, useRedirect, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { prototypeApi } from '../providers/prototypeApi';
import type { Pair } from '../types';

/**
 * A participant without a prototype opens their pair's: the pair is the one of their cohorts
 * (the api shows a participant only the cohorts their pair is enrolled in) they belong to.
 */
export const StartPrototype = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { identity } = useGetIdentity();
  const redirect = useRedirect();
  const open = async () => {
    const { data: cohorts } = await dataProvider.getList('cohorts', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: {},
    });
    for (const cohort of cohorts) {
      const { data: pairs } = await dataProvider.getList<Pair>('cohort-pairs', {
        pagination: { page: 1, perPage: 50 },
        sort: { field: 'id', order: 'ASC' },
        filter: { cohortId: cohort.id },
      });
      const mine = pairs.find((p) => [p.political.id, p.technical.id].includes(`${identity?.id}`));
      if (mine) return prototypeApi.open(mine.id);
    }
    throw new Error(translate('apprenance.prototypes.no_pair'));
  };
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography sx={{ mb: 2 }}>{translate('apprenance.prototypes.none_yet')}</Typography>
      <ActionButton
        label="apprenance.prototypes.start"
        variant="contained"
        action={open}
        onDone={(prototype) => redirect('edit', 'prototypes', prototype.id)}
      />
    </Box>
  );
};
