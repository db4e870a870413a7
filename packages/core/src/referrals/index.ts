export * from './payload.js';
export * from './consent.js';
export * from './lifecycle.js';
export * from './crypto.js';
export * from './keys.js';
