import { AutocompleteInput, type RaRecord, ReferenceInput, required } from 'react-admin';
import { useBilingual } from '../common/BilingualField';

const byTitle = { field: 'titleFr', order: 'ASC' } as const;

/** A course picker with titles in the interface's language; `published` for a new cohort. */
// `source` lets a list's filter button name the filter; the input is always on `courseId`.
export const CourseInput = ({
  published = false,
}: {
  published?: boolean;
  source?: 'courseId';
}) => {
  const bilingual = useBilingual();
  return (
    <ReferenceInput
      source="courseId"
      reference="courses"
      sort={byTitle}
      filter={published ? { status: 'published' } : undefined}
    >
      <AutocompleteInput
        optionText={(course: RaRecord) => bilingual(course, 'title')}
        validate={published ? required() : undefined}
        sx={{ minWidth: 280 }}
      />
    </ReferenceInput>
  );
};
