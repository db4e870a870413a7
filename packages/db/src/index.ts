export const PACKAGE = '@steward/db';
