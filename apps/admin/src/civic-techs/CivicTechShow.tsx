import { Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { LocalDateField } from '../common/LocalDateField';

const link = { target: '_blank', rel: 'noopener noreferrer' } as const;
const multiline = { whiteSpace: 'pre-wrap' } as const;

export const CivicTechShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="slug" />
      <TextField source="licence" />
      <UrlField source="repositoryUrl" {...link} />
      <UrlField source="websiteUrl" {...link} />
      <EnumChipsField source="categories" group="categories" />
      <EnumChipsField source="languages" />
      <TextField source="maintainer" />
      <TextField source="descriptionFr" sx={multiline} />
      <TextField source="descriptionEn" sx={multiline} />
      <LocalDateField source="lastCheckedOn" />
    </SimpleShowLayout>
  </Show>
);
