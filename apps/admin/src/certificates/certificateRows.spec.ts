import type { Certificate, Eligibility } from './certificateApi';
import { batchProgress, canIssue, certificateRows, reasonMessage } from './certificateRows';

const person = (participantId: string, eligible = true): Eligibility => ({
  participantId,
  displayName: participantId.toUpperCase(),
  eligible,
  reasons: eligible ? [] : [{ code: 'prototype_not_accepted', prototypeStatus: 'submitted' }],
});
const certificate = (id: string, participantId: string, status: Certificate['status']) =>
  ({ id, participantId, status }) as Certificate;

describe('certificate rows', () => {
  it('puts each participant’s valid certificate apart from the past ones', () => {
    const rows = certificateRows(
      [person('a'), person('b'), person('c', false)],
      [
        certificate('1', 'a', 'superseded'),
        certificate('2', 'a', 'issued'),
        certificate('3', 'b', 'revoked'),
      ],
    );
    expect(rows.map((r) => [r.id, r.current?.id, r.past.map((c) => c.id), canIssue(r)])).toEqual([
      ['a', '2', ['1'], false],
      ['b', undefined, ['3'], true],
      ['c', undefined, [], false],
    ]);
  });

  it.each([
    [{ total: 0, counts: {} }, 100],
    [{ total: 4, counts: { pending: 4 } }, 0],
    [{ total: 3, counts: { pending: 1, issued: 2 } }, 67],
    [{ total: 3, counts: { pending: 0, issued: 2, failed: 1 } }, 100],
  ])('a batch %p is %p %% done', (batch, percent) => {
    expect(batchProgress(batch)).toBe(percent);
  });

  it.each([
    [
      {
        code: 'attendance_below_minimum',
        phase: 'civic_tech_testing',
        ratePercent: 50,
        minimumPercent: 80,
      },
      [
        'apprenance.certificates.reasons.attendance_below_minimum',
        { phase: 'civic_tech_testing', rate: 50, minimum: 80 },
      ],
    ],
    [
      { code: 'prototype_not_accepted', prototypeStatus: null },
      ['apprenance.certificates.reasons.prototype_not_accepted', { status: 'none' }],
    ],
    [
      { code: 'phase_not_acquired', phase: 'strategic_application', status: null },
      ['apprenance.certificates.reasons.phase_not_acquired', { phase: 'strategic_application' }],
    ],
  ] as const)('words %p', (reason, message) => {
    expect(reasonMessage(reason)).toEqual(message);
  });
});
