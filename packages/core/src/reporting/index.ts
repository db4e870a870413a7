export * from './model';
export * from './framework';
export * from './aggregate';
export * from './hxl';
export * from './upload';
export * from './kobo';
export * from './value-columns';
