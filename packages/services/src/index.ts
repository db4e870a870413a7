export const PACKAGE = '@steward/services';
