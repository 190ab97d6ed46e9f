import {
  SelectField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  useRecordContext,
} from 'react-admin';
import { prototypeStatusChoices } from '../choices';
import type { Prototype } from '../types';
import { CanvasFields } from './CanvasFields';
import { HistoryTab } from './HistoryTab';
import { PrototypeActions } from './PrototypeActions';
import { ReviewsTab } from './ReviewsTab';
import { VersionsTab } from './VersionsTab';

const Draft = () => {
  const prototype = useRecordContext<Prototype>();
  return prototype ? <CanvasFields content={prototype} prototypeId={prototype.id} /> : null;
};

export const PrototypeShow = () => (
  <Show actions={<PrototypeActions />}>
    {/* Four tabs do not fit a phone's width: they scroll rather than widen the page. */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
      <TabbedShowLayout.Tab label="apprenance.prototypes.tabs.draft">
        <TextField source="pairLabel" />
        <SelectField source="status" choices={prototypeStatusChoices} />
        <Draft />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.prototypes.tabs.versions" path="versions">
        <VersionsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.prototypes.tabs.history" path="history">
        <HistoryTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.prototypes.tabs.reviews" path="reviews">
        <ReviewsTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
