export * from './model';
export * from './framework';
export * from './aggregate';
