/**
 * Messages of trainer assessment (the cohort's assessment grid, eligibility, the course's
 * rubric), kept apart from `fr.ts`/`en.ts` so that this work does not collide with others'.
 */
export const assessmentFr = {
  assessment: {
    tab: 'Évaluation',
    participant: 'Participant·e',
    eligibility: 'Certificat',
    statuses: { acquired: 'Acquis', not_yet: 'Pas encore', none: 'Non évalué' },
    attendance: 'Présence',
    edit: 'Évaluer %{name} — %{phase}',
    saved: 'Évaluation enregistrée',
    eligible: 'Éligible',
    not_eligible: 'Non éligible',
    no_participants: 'Aucun binôme inscrit.',
    rule: 'Éligible au certificat\u00a0: au moins %{percent}\u00a0% de présence dans chaque phase et chaque phase acquise.',
    rule_with_prototype:
      'Éligible au certificat\u00a0: au moins %{percent}\u00a0% de présence dans chaque phase, le prototype du binôme accepté et chaque phase acquise.',
    reasons: {
      attendance_below_minimum:
        'Présence insuffisante en %{phase}\u00a0: %{rate}\u00a0% (minimum %{minimum}\u00a0%)',
      prototype_not_accepted: 'Prototype pas encore accepté (%{status})',
      prototype_missing: 'Le binôme n’a pas de prototype',
      phase_not_acquired: '%{phase}\u00a0: pas encore acquise',
      phase_not_assessed: '%{phase}\u00a0: pas encore évaluée',
    },
    rubric: {
      tab: 'Grille d’évaluation',
      help: 'Ce qu’un·e participant·e doit savoir faire pour qu’une phase soit acquise.',
      empty: 'Aucun critère pour cette phase.',
      edit: 'Modifier les critères',
      edit_title: 'Critères de la phase\u00a0: %{phase}',
      saved: 'Critères enregistrés',
    },
  },
  resources: {
    assessments: { fields: { status: 'Statut', comment: 'Commentaire' } },
    'assessment-criteria': {
      fields: {
        criteria: 'Critères',
        labelFr: 'Critère en français',
        labelEn: 'Critère en anglais',
      },
    },
  },
};

export type AssessmentMessages = typeof assessmentFr;

export const assessmentEn: AssessmentMessages = {
  assessment: {
    tab: 'Assessment',
    participant: 'Participant',
    eligibility: 'Certificate',
    statuses: { acquired: 'Acquired', not_yet: 'Not yet', none: 'Not assessed' },
    attendance: 'Attendance',
    edit: 'Assess %{name} — %{phase}',
    saved: 'Assessment saved',
    eligible: 'Eligible',
    not_eligible: 'Not eligible',
    no_participants: 'No pair enrolled.',
    rule: 'Eligible for the certificate: at least %{percent}% attendance in every phase, and every phase acquired.',
    rule_with_prototype:
      "Eligible for the certificate: at least %{percent}% attendance in every phase, the pair's prototype accepted, and every phase acquired.",
    reasons: {
      attendance_below_minimum: 'Attendance too low in %{phase}: %{rate}% (minimum %{minimum}%)',
      prototype_not_accepted: 'Prototype not accepted yet (%{status})',
      prototype_missing: 'The pair has no prototype',
      phase_not_acquired: '%{phase}: not acquired yet',
      phase_not_assessed: '%{phase}: not assessed yet',
    },
    rubric: {
      tab: 'Assessment rubric',
      help: 'What a participant must be able to do for a phase to be acquired.',
      empty: 'No criterion for this phase.',
      edit: 'Edit the criteria',
      edit_title: 'Criteria of the phase: %{phase}',
      saved: 'Criteria saved',
    },
  },
  resources: {
    assessments: { fields: { status: 'Status', comment: 'Comment' } },
    'assessment-criteria': {
      fields: {
        criteria: 'Criteria',
        labelFr: 'Criterion in French',
        labelEn: 'Criterion in English',
      },
    },
  },
};
