export * from './env.schema';
export * from './signing-keys';
