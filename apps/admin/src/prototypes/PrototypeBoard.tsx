import { Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useListContext, useTranslate } from 'react-admin';
import { PROTOTYPE_STATUSES, type Prototype } from '../types';

/** The cohort's prototypes as a board: one column per status, a card per pair. */
export const PrototypeBoard = () => {
  const { data = [] } = useListContext<Prototype>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ p: 2, overflowX: 'auto' }}>
      {PROTOTYPE_STATUSES.map((status) => {
        const cards = data.filter((p) => p.status === status);
        return (
          <Stack
            key={status}
            spacing={1}
            sx={{ minWidth: 200, flex: 1 }}
            data-testid={`board-${status}`}
          >
            <Typography variant="subtitle2" component="h2">
              {translate(`apprenance.prototype_statuses.${status}`)} ({cards.length})
            </Typography>
            {cards.map((prototype) => (
              <Card key={prototype.id} variant="outlined">
                <CardActionArea
                  component={Link}
                  to={createPath({ resource: 'prototypes', id: prototype.id, type: 'show' })}
                >
                  <CardContent>
                    <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                      {prototype.pairLabel}
                    </Typography>
                    <Typography variant="body2">{prototype.title || '—'}</Typography>
                    <Chip
                      size="small"
                      label={translate('apprenance.prototypes.version', {
                        number: prototype.currentVersion,
                      })}
                    />
                  </CardContent>
                </CardActionArea>
              </Card>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
};
