export * from './model';
export * from './default-set';
export * from './score';
export * from './prefill';
export * from './texts/index';
export * from './item-texts/index';
