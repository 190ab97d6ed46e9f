export * from './attendance-rates';
export * from './pair-rules';
export * from './seats';
export * from './session-schedule';
export * from './messages';
export * from './session-reminders';
