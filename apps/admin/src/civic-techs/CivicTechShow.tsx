import {
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { LocalDateField } from '../common/LocalDateField';
import { TestLogAggregate } from '../test-logs/TestLogAggregate';

const link = { target: '_blank', rel: 'noopener noreferrer' } as const;
const multiline = { whiteSpace: 'pre-wrap' } as const;

/** What pairs of every cohort found when they tested the tool (phase 2). */
const CivicTechTests = () => {
  const tool = useRecordContext();
  return tool ? (
    <Labeled label="apprenance.test_logs.across_cohorts">
      <TestLogAggregate civicTechId={String(tool.id)} />
    </Labeled>
  ) : null;
};

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
      <CivicTechTests />
    </SimpleShowLayout>
  </Show>
);
