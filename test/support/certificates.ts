import { generateSigningKeyPem } from '@apprenance/certificates';
import { PHASES } from '@apprenance/db';
import type { TestApp } from './app';
import { Standing } from './standing';

let key: string | undefined;

/** A signing key for this test process: the worker signs with it, the api publishes it. */
export function signingEnv(): Record<string, string> {
  key ??= generateSigningKeyPem().privateKey;
  return { CERT_SIGNING_KEY: key, CERT_SIGNING_KEY_ID: 'test-key-1' };
}

export interface CertifiableCohort {
  cohortId: string;
  /** Participants who meet every rule. */
  eligible: string[];
  /** A participant who attended too little of the first phase. */
  ineligible: string;
}

/**
 * A cohort whose `pairs` pairs are eligible, plus one pair whose political member missed a
 * day of the first phase (so is not eligible, while the technical member is).
 */
export async function certifiableCohort(app: TestApp, pairs = 2): Promise<CertifiableCohort> {
  const standing = new Standing(app.dataSource);
  const { id: cohortId } = await app.factory.cohort();
  const sessions = await standing.sessions(cohortId, [2, 1, 1]);
  const eligible: string[] = [];
  const enrol = async (missFirstDay: boolean) => {
    const pair = await app.factory.placedPair(cohortId);
    await standing.prototype(cohortId, pair.id, 'accepted');
    for (const [m, participantId] of pair.members.entries()) {
      for (const phase of PHASES) {
        const days = phase === 'free_software_culture' ? 2 : 1;
        const absent = missFirstDay && m === 0 && phase === 'free_software_culture';
        await standing.attend(
          sessions.get(phase)!,
          participantId,
          Array.from({ length: days }, (_, i) => (absent && i === 0 ? 'absent' : 'present')),
        );
      }
      await standing.assess(cohortId, participantId, ['acquired', 'acquired', 'acquired']);
    }
    return pair.members;
  };
  for (let i = 0; i < pairs; i++) eligible.push(...(await enrol(false)));
  const [ineligible, other] = await enrol(true);
  eligible.push(other);
  return { cohortId, eligible, ineligible };
}
