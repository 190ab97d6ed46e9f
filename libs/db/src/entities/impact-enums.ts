/** When a participant rates their conviction: at enrolment, or at the end of the cohort. */
export const CONVICTION_MOMENTS = ['before', 'after'] as const;
export type ConvictionMoment = (typeof CONVICTION_MOMENTS)[number];

/** The statements of the conviction scale, each rated 1 (not at all) to 5 (completely). */
export const CONVICTION_ITEMS = ['collectiveIntelligence', 'freeSoftware', 'civicTech'] as const;
export type ConvictionItem = (typeof CONVICTION_ITEMS)[number];

/** Months after a cohort's end at which each pair's strategy is followed up. */
export const FOLLOW_UP_MILESTONES = [3, 6, 12] as const;
export type FollowUpMilestone = (typeof FOLLOW_UP_MILESTONES)[number];

/** Where a pair's strategy stands, worded like the URBACT action plans of seed 004. */
export const STRATEGY_STATUSES = [
  'adopted',
  'in_progress',
  'about_to_be_adopted',
  'unclear',
  'abandoned',
] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
