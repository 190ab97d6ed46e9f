import { Stack } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Form,
  required,
  SaveButton,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { errorMessage } from '../common/ActionButton';
import { submissionErrors } from '../common/submissionErrors';
import { useApiGet } from '../common/useApiGet';
import { cohortApi } from '../providers/cohortApi';
import type { Cohort, ParticipantKind } from '../types';

interface Candidate {
  id: string;
  displayName: string;
  email: string;
  territoryId: string | null;
}

const NONE: Candidate[] = [];
const candidateText = (c: Candidate) => `${c.displayName} (${c.email})`;

/** Who may still join a pair of the cohort, as the api says (not already holding a place). */
const useCandidates = (cohortId: string, kind: ParticipantKind, territoryId?: string | null) => {
  const territory = territoryId ? `&territoryId=${encodeURIComponent(territoryId)}` : '';
  const path = `/cohorts/${encodeURIComponent(cohortId)}/candidates?kind=${kind}${territory}`;
  return useApiGet<Candidate[]>(path).data ?? NONE;
};

/**
 * Enrols a pair of existing participants (waitlisted when the cohort is full). The pickers offer
 * only people free to enrol, and the civil servant of the elected official's territory; the api
 * checks the pair's rules and names the wrong member.
 */
export const EnrolPairForm = () => {
  const cohort = useRecordContext<Cohort>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [politicalId, setPoliticalId] = useState<string | null>(null);
  const cohortId = cohort?.id ?? '';
  const politicals = useCandidates(cohortId, 'political');
  const territoryId = politicals.find((c) => c.id === politicalId)?.territoryId;
  const technicals = useCandidates(cohortId, 'technical', territoryId);
  if (!cohort) return null;
  const enrol = async (values: Record<string, unknown>) => {
    try {
      const pair = await cohortApi.enrol(cohort.id, {
        politicalId: String(values.politicalId),
        technicalId: String(values.technicalId),
      });
      notify(`apprenance.pairs.enrolled_as.${pair.status}`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      return submissionErrors(error);
    }
  };
  return (
    <Form onSubmit={enrol} resource="cohort-pairs">
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
        <AutocompleteInput
          source="politicalId"
          choices={politicals}
          optionText={candidateText}
          onChange={(id: string | null) => setPoliticalId(id)}
          validate={required()}
          sx={{ minWidth: 260 }}
        />
        <AutocompleteInput
          source="technicalId"
          choices={territoryId ? technicals : NONE}
          optionText={candidateText}
          validate={required()}
          sx={{ minWidth: 260 }}
        />
        <SaveButton
          label="apprenance.pairs.enrol"
          sx={{ mt: 1, whiteSpace: 'nowrap', flexShrink: 0 }}
        />
      </Stack>
    </Form>
  );
};
