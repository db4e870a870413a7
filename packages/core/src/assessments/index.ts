export * from './rating';
export * from './steps';
export * from './assessment';
export * from './triggers';
export * from './flow-map';
