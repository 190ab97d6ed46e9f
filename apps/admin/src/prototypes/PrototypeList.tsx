import { List, ReferenceInput, SelectInput } from 'react-admin';
import { useIsStaff } from '../common/useRole';
import { PrototypeBoard } from './PrototypeBoard';
import { StartPrototype } from './StartPrototypeButton';

const filters = [
  <ReferenceInput
    key="cohortId"
    source="cohortId"
    reference="cohorts"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** Trainers see their cohorts' prototypes as a board by status; a pair sees its own. */
export const PrototypeList = () => {
  const isStaff = useIsStaff();
  return (
    <List
      filters={isStaff ? filters : undefined}
      sort={{ field: 'createdAt', order: 'ASC' }}
      perPage={200}
      pagination={false}
      exporter={false}
      empty={isStaff ? undefined : <StartPrototype />}
    >
      <PrototypeBoard />
    </List>
  );
};
