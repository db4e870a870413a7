export * from './model';
export * from './match';
export * from './conditions';
export * from './decide';
export * from './lint';
export * from './diff';
export * from './endorsement';
export * from './template';
