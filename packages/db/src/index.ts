export * from './database';
export * from './errors';
export * from './backup';
export * as schema from './schema/index';
export * from './repositories/index';
export {
  ORGANISATION_TYPES,
  ORGANISATION_STATUSES,
  MEMBERSHIP_ROLE_VALUES,
  type OrganisationType,
  type OrganisationStatus,
} from './schema/index';
