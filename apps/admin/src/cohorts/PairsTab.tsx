import {
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  SelectField,
  useGetIdentity,
  useList,
} from 'react-admin';
import { useIsStaff } from '../common/useRole';
import { pairStatusChoices } from '../choices';
import type { Pair } from '../types';
import { EnrolPairForm } from './EnrolPairForm';
import { ImportPairsButton } from './ImportPairsButton';
import { MemberField } from './MemberField';
import { PairActions } from './PairActions';
import { useCohortItems } from './useCohortItems';
import { isMemberOf, WithdrawOwnPairButton } from './WithdrawOwnPairButton';

/**
 * The cohort's pairs with their status and waitlist rank; trainers and admins enrol pairs of
 * existing accounts, act on pairs and import them from a CSV file; a participant may withdraw
 * their own pair.
 */
export const PairsTab = () => {
  const { cohort, data, isPending } = useCohortItems<Pair>('cohort-pairs');
  const { identity } = useGetIdentity();
  const listContext = useList({ data, isPending });
  const isStaff = useIsStaff();
  return (
    <ResourceContextProvider value="cohort-pairs">
      {isStaff && <EnrolPairForm />}
      {isStaff && cohort && <ImportPairsButton cohortId={cohort.id} />}
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
          <DataTable.Col
            label="apprenance.pairs.actions.title"
            render={(pair: Pair) =>
              isStaff ? (
                <PairActions pair={pair} />
              ) : (
                isMemberOf(pair, identity?.id) && <WithdrawOwnPairButton pair={pair} />
              )
            }
          />
        </DataTable>
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
