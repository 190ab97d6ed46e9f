/** The impact API's shapes, as the web app reads them. */
export const STRATEGY_STATUSES = [
  'adopted',
  'in_progress',
  'about_to_be_adopted',
  'unclear',
  'abandoned',
] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

export const CONVICTION_ITEMS = ['collectiveIntelligence', 'freeSoftware', 'civicTech'] as const;
export type ConvictionItem = (typeof CONVICTION_ITEMS)[number];

export type ShareKey = 'adopted' | 'inProgress' | 'aboutToBeAdopted' | 'unclear' | 'abandoned';
export const SHARE_OF: Record<StrategyStatus, ShareKey> = {
  adopted: 'adopted',
  in_progress: 'inProgress',
  about_to_be_adopted: 'aboutToBeAdopted',
  unclear: 'unclear',
  abandoned: 'abandoned',
};

export type StatusShares = Record<ShareKey | 'fundingSecured', number | null>;

export interface AdoptionRow extends StatusShares {
  courseId: string;
  courseTitleFr: string;
  courseTitleEn: string;
  format: 'short' | 'deep';
  milestone: number;
  pairs: number | null;
  suppressed: boolean;
}

export interface CivicTechUse {
  civicTechId: string;
  name: string;
  tested: number;
  deployed: number;
}

export type ConvictionShift = {
  cohortId: string | null;
  cohortLabel: string;
  respondentsBefore: number;
  respondentsAfter: number;
} & Record<`${ConvictionItem}${'Before' | 'After'}`, number | null>;

export interface PhaseAttendance {
  phase: string;
  present: number;
  recorded: number;
  rate: number | null;
}

export interface CertificatesMonth {
  month: string;
  issued: number;
}

export interface Dashboard {
  baseline: StatusShares;
  adoption: AdoptionRow[];
  civicTechs: CivicTechUse[];
  conviction: ConvictionShift[];
  attendance: PhaseAttendance[];
  certificates: CertificatesMonth[];
}

export type ImpactChart = 'adoption' | 'civic-techs' | 'conviction' | 'attendance' | 'certificates';

export interface PublicImpactCourse {
  courseId: string;
  titleFr: string;
  titleEn: string;
  format: 'short' | 'deep';
}

export interface ConvictionSlot {
  cohortId: string;
  cohortName: string;
  moment: 'before' | 'after';
  state: 'not_open' | 'open' | 'closed';
  opensAt: string | null;
  closesAt: string | null;
  answers: Record<ConvictionItem, number> | null;
}

export interface FollowUpRecord {
  status: StrategyStatus;
  fundingSecured: boolean;
  fundingAmount: number | null;
  fundingSource: string | null;
  civicTechIds: string[];
  whatChanged: string;
  documentUrl: string | null;
}

export interface FollowUpSlot {
  id: string;
  pairId: string;
  pairLabel: string;
  cohortId: string;
  cohortName: string;
  milestone: number;
  dueAt: string;
  state: 'upcoming' | 'due' | 'overdue' | 'recorded';
  record: FollowUpRecord | null;
}
