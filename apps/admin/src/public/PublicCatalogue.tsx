import { Card, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import type { CivicTech } from '../types';
import { PublicLayout } from './PublicLayout';
import { useApiGet } from '../common/useApiGet';

/** The civic-tech catalogue: free tools, their licences and where to find them. */
export const PublicCatalogue = () => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { data: tools, error } = useApiGet<CivicTech[]>(
    '/public/civic-techs?_start=0&_end=200&_sort=name&_order=ASC',
  );
  return (
    <PublicLayout title={translate('screens.public.catalogue')} error={error}>
      <Stack sx={{ gap: 2 }} data-testid="public-catalogue">
        {tools?.map((tool) => (
          <Card key={tool.id} variant="outlined" component="article">
            <CardContent>
              <Typography component="h2" variant="h6">
                {tool.name}
              </Typography>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {bilingual(tool, 'description')}
              </Typography>
              <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 1 }}>
                <Chip size="small" label={tool.licence} />
                {tool.categories.map((category) => (
                  <Chip
                    key={category}
                    size="small"
                    variant="outlined"
                    label={translate(`apprenance.categories.${category}`)}
                  />
                ))}
              </Stack>
              <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
                <Link href={tool.repositoryUrl}>
                  {translate('screens.public.source_of', { name: tool.name })}
                </Link>
                {tool.websiteUrl && (
                  <Link href={tool.websiteUrl}>
                    {translate('screens.public.website_of', { name: tool.name })}
                  </Link>
                )}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </PublicLayout>
  );
};
