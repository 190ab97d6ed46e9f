export * from './storage';
export * from './create-storage';
export { LocalStorage } from './local.storage';
export { S3Storage } from './s3.storage';
