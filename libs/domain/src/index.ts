export * from './attendance-rates';
export * from './pair-rules';
export * from './seats';
export * from './session-schedule';
export * from './prototype-workflow';
export * from './review-allocation';
export * from './content-diff';
