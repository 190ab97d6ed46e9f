import { ReferenceInput, SelectInput } from 'react-admin';

/** The list filter of a cohort's items (prototypes, reviews, test logs): one of the caller's cohorts. */
export const cohortFilter = (
  <ReferenceInput
    key="cohortId"
    source="cohortId"
    reference="cohorts"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <SelectInput optionText="name" />
  </ReferenceInput>
);
