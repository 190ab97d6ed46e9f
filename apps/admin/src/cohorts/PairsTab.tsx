import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  SelectField,
  useList,
} from 'react-admin';
import { useIsStaff, useRole } from '../common/useRole';
import { pairStatusChoices } from '../choices';
import type { Pair } from '../types';
import { EnrolPairForm } from './EnrolPairForm';
import { MemberField } from './MemberField';
import { PairActions } from './PairActions';
import { useCohortItems } from './useCohortItems';

/** The cohort's pairs with their status and waitlist rank; trainers and admins act on them. */
export const PairsTab = () => {
  const { data, isPending } = useCohortItems<Pair>('cohort-pairs');
  const listContext = useList({ data, isPending });
  const isStaff = useIsStaff();
  const isAdmin = useRole() === 'admin';
  return (
    <ResourceContextProvider value="cohort-pairs">
      {isAdmin && <EnrolPairForm />}
      <ListContextProvider value={listContext}>
        <DataTable rowClick={false} bulkActionButtons={false} data-testid="pairs">
          <DataTable.Col source="territoryName" />
          <DataTable.Col source="status">
            <SelectField source="status" choices={pairStatusChoices} />
          </DataTable.Col>
          <DataTable.Col source="waitlistRank" />
          <DataTable.Col
            source="political"
            render={(pair: Pair) => <MemberField member={pair.political} />}
          />
          <DataTable.Col
            source="technical"
            render={(pair: Pair) => <MemberField member={pair.technical} />}
          />
          {isStaff && (
            <DataTable.Col
              label="apprenance.pairs.actions.title"
              render={(pair: Pair) => <PairActions pair={pair} />}
            />
          )}
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
