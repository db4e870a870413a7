export const PACKAGE = '@steward/cli';
