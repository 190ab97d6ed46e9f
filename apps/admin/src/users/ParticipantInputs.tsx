import {
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { kindChoices } from '../choices';
import type { User } from '../types';

// The API sorts on named fields only, not on react-admin's default `id`.
const byName = { field: 'name', order: 'ASC' } as const;

/** The pair-related fields, shown only while the role is participant. */
export const ParticipantInputs = () => (
  <FormDataConsumer<Partial<User>>>
    {({ formData }) =>
      formData.role === 'participant' && (
        <>
          <SelectInput source="kind" choices={kindChoices} />
          <ReferenceInput source="territoryId" reference="territories" sort={byName}>
            <AutocompleteInput />
          </ReferenceInput>
          <TextInput source="position" />
        </>
      )
    }
  </FormDataConsumer>
);
