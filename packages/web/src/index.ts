export const PACKAGE = '@steward/web';
