import type { AttendanceStatus, PrototypeStatus } from '@apprenance/db';
import { PHASES } from '@apprenance/db';
import { CohortsModule } from '../cohorts/cohorts.module';
import { createServiceContext, ServiceContext } from '../../../../test/support/service';
import { Standing } from '../../../../test/support/standing';
import { AssessmentModule } from './assessment.module';
import { EligibilityReason, EligibilityService } from './eligibility.service';

type Statuses = ('acquired' | 'not_yet' | null)[];
const ALL: Statuses = ['acquired', 'acquired', 'acquired'];
const p = 'present' as const;
const a = 'absent' as const;
const e = 'excused' as const;

/**
 * The seeded cohort: sessions of 2, 3 and 1 day(s), a course minimum of 80 % that requires an
 * accepted prototype. Each participant: attendance per phase, the trainer's statuses, and the
 * reasons expected (worked out by hand), in the service's order.
 */
const PAIRS: {
  prototype: PrototypeStatus | null;
  members: [AttendanceStatus[][], Statuses, EligibilityReason[]][];
}[] = [
  {
    prototype: 'accepted',
    members: [
      [[[p, p], [p, p, p], [p]], ALL, []],
      [
        [[p, p], [p, p, a], [p]],
        ALL,
        [
          {
            code: 'attendance_below_minimum',
            phase: 'civic_tech_testing',
            ratePercent: 66.7,
            minimumPercent: 80,
          },
        ],
      ],
    ],
  },
  {
    prototype: 'presented',
    members: [
      [
        [[p, p], [p, p, p], [p]],
        ALL,
        [{ code: 'prototype_not_accepted', prototypeStatus: 'presented' }],
      ],
      [
        [[p, p], [p, p, p], [p]],
        [null, 'acquired', 'not_yet'],
        [
          { code: 'prototype_not_accepted', prototypeStatus: 'presented' },
          { code: 'phase_not_acquired', phase: 'free_software_culture', status: null },
          { code: 'phase_not_acquired', phase: 'strategic_application', status: 'not_yet' },
        ],
      ],
    ],
  },
  {
    prototype: null,
    members: [
      [[[p, p], [p, p, p], [p]], ALL, [{ code: 'prototype_not_accepted', prototypeStatus: null }]],
      [
        // An excused day is not attended; a day not recorded neither.
        [[p, e], [p, p, p], []],
        ALL,
        [
          {
            code: 'attendance_below_minimum',
            phase: 'free_software_culture',
            ratePercent: 50,
            minimumPercent: 80,
          },
          {
            code: 'attendance_below_minimum',
            phase: 'strategic_application',
            ratePercent: 0,
            minimumPercent: 80,
          },
          { code: 'prototype_not_accepted', prototypeStatus: null },
        ],
      ],
    ],
  },
];

describe('certificate eligibility (service level)', () => {
  let ctx: ServiceContext;
  let eligibility: EligibilityService;
  let standing: Standing;

  beforeAll(async () => {
    ctx = await createServiceContext([CohortsModule, AssessmentModule]);
    eligibility = ctx.module.get(EligibilityService);
    standing = new Standing(ctx.dataSource);
  });
  afterAll(() => ctx.close());

  /** A cohort with `pairCount` enrolled pairs and sessions of these day counts. */
  async function cohort(pairCount: number, days = [2, 3, 1]) {
    const { id } = await ctx.factory.cohort();
    const pairs = [];
    for (let i = 0; i < pairCount; i++) pairs.push(await ctx.factory.placedPair(id));
    return { id, pairs, sessions: await standing.sessions(id, days) };
  }

  /** How many statements reach Postgres while `work` runs on the manager it is given. */
  async function statementsOf(
    work: (manager: import('typeorm').EntityManager) => Promise<unknown>,
  ) {
    const runner = ctx.dataSource.createQueryRunner();
    const query = jest.spyOn(runner, 'query');
    try {
      await work(runner.manager);
      return query.mock.calls.length;
    } finally {
      await runner.release();
    }
  }

  it('gives every enrolled participant their reasons, in enrolment order', async () => {
    const seeded = await cohort(PAIRS.length);
    const expected = [];
    for (const [i, spec] of PAIRS.entries()) {
      const pair = seeded.pairs[i];
      if (spec.prototype) await standing.prototype(seeded.id, pair.id, spec.prototype);
      for (const [m, [attendance, statuses, reasons]] of spec.members.entries()) {
        const participantId = pair.members[m];
        for (const [k, phase] of PHASES.entries()) {
          await standing.attend(seeded.sessions.get(phase)!, participantId, attendance[k]);
        }
        await standing.assess(seeded.id, participantId, statuses);
        expected.push({ participantId, pairId: pair.id, eligible: !reasons.length, reasons });
      }
    }
    const got = await eligibility.forCohort(seeded.id);
    expect(got.map(({ displayName: _, ...rest }) => rest)).toEqual(expected);
    expect(got.every((row) => row.displayName.startsWith('participant '))).toBe(true);
  });

  it('answers for one participant, and null for someone not enrolled', async () => {
    const seeded = await cohort(1);
    const [first] = seeded.pairs[0].members;
    const outsider = await ctx.factory.user();
    const one = await eligibility.forParticipant(seeded.id, first);
    expect(one).toMatchObject({ participantId: first, eligible: false });
    expect(one?.reasons.map((r) => r.code)).toEqual([
      'attendance_below_minimum',
      'attendance_below_minimum',
      'attendance_below_minimum',
      'prototype_not_accepted',
      'phase_not_acquired',
      'phase_not_acquired',
      'phase_not_acquired',
    ]);
    expect(await eligibility.forParticipant(seeded.id, outsider.id)).toBeNull();
  });

  it('leaves out pairs that are not enrolled, and a cohort without pairs is empty', async () => {
    const seeded = await cohort(2);
    const [left, stays] = seeded.pairs;
    await ctx.dataSource.query(`UPDATE cohort_pairs SET status = 'withdrawn' WHERE id = $1`, [
      left.id,
    ]);
    expect((await eligibility.forCohort(seeded.id)).map((row) => row.participantId)).toEqual(
      stays.members,
    );
    expect(await eligibility.forCohort((await cohort(0)).id)).toEqual([]);
  });

  it('counts a phase without sessions as 0 % attended', async () => {
    const seeded = await cohort(1, [1, 1, 0]);
    const [first] = seeded.pairs[0].members;
    await standing.attend(seeded.sessions.get('free_software_culture')!, first, [p]);
    await standing.attend(seeded.sessions.get('civic_tech_testing')!, first, [p]);
    const attendance = (await eligibility.forParticipant(seeded.id, first))?.reasons.filter(
      (r) => r.code === 'attendance_below_minimum',
    );
    expect(attendance).toEqual([
      {
        code: 'attendance_below_minimum',
        phase: 'strategic_application',
        ratePercent: 0,
        minimumPercent: 80,
      },
    ]);
  });

  // One pair is the smallest cohort, five pairs (ten participants) the largest.
  it.each([1, 5])('reads a cohort of %i pair(s) in one SQL statement', async (pairCount) => {
    const seeded = await cohort(pairCount);
    let rows = 0;
    const statements = await statementsOf(async (manager) => {
      rows = (await eligibility.forCohort(seeded.id, manager)).length;
    });
    expect({ rows, statements }).toEqual({ rows: pairCount * 2, statements: 1 });
  });
});
