export * from './contracts';
export * from './redis-connection';
