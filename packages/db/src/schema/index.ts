export * from './organisations';
export * from './users';
export * from './auth';
export * from './audit';
export * from './reference';
export * from './isp';
export * from './registry';
export * from './sharing';
