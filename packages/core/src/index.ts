export const PACKAGE = '@steward/core';
