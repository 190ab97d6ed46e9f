import { List } from 'react-admin';
import { cohortFilter } from '../common/cohortFilter';
import { useIsStaff } from '../common/useRole';
import { PrototypeBoard } from './PrototypeBoard';
import { StartPrototype } from './StartPrototypeButton';

const filters = [cohortFilter];

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
