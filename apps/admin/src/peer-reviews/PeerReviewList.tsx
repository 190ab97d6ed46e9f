import { DataTable, DateField, List, useListContext } from 'react-admin';
import { cohortFilter } from '../common/cohortFilter';
import { useIsStaff } from '../common/useRole';
import type { PeerReview } from '../types';
import { ReviewAllocation } from './ReviewAllocation';
import { WriteReviewButton } from './WriteReviewButton';

const staffFilters = [cohortFilter];

const Reviews = ({ canWrite }: { canWrite: boolean }) => {
  const { filterValues } = useListContext();
  return (
    <>
      {!canWrite && <ReviewAllocation key={String(filterValues.cohortId)} />}
      <DataTable rowClick={false} bulkActionButtons={false} data-testid="peer-reviews">
        <DataTable.Col source="authorPairLabel" />
        <DataTable.Col source="reviewerPairLabel" />
        <DataTable.Col source="versionNumber" />
        <DataTable.Col source="submittedAt">
          <DateField source="submittedAt" emptyText="—" />
        </DataTable.Col>
        {canWrite && (
          <DataTable.Col
            label="apprenance.reviews.write"
            render={(review: PeerReview) => <WriteReviewButton review={review} />}
          />
        )}
      </DataTable>
    </>
  );
};

/** A pair's reviews to write; for trainers, a cohort's allocation, spread and late reviewers. */
export const PeerReviewList = () => {
  const isStaff = useIsStaff();
  return (
    <List
      filters={isStaff ? staffFilters : undefined}
      filter={isStaff ? undefined : { side: 'given' }}
      sort={{ field: 'createdAt', order: 'ASC' }}
      exporter={false}
      empty={false}
    >
      <Reviews canWrite={!isStaff} />
    </List>
  );
};
