export const PACKAGE = '@steward/api';
