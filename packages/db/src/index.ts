export * from './database';
export * from './errors';
export * as schema from './schema/index';
export * from './repositories/index';
