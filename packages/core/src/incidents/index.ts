export * from './incident';
export * from './summary';
