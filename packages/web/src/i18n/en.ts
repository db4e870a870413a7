/**
 * English: the source dictionary. Its keys and placeholders define the `Dictionary` type that
 * French and Arabic must satisfy completely (see `dictionary.ts`). Keys are grouped by area;
 * a plural message is an object of Intl.PluralRules categories with `{count}`.
 */
import { retentionEn } from '../pages/retention/i18n/en';
import { guidanceEn } from '../guidance/i18n/en';
import { registryEn } from '../pages/registry/i18n/en';
import { ispEn } from '../pages/isp/i18n/en';
import { membersEn } from '../pages/members/i18n/en';
import { organisationsEn } from '../pages/organisations/i18n/en';
import { tokensEn } from '../pages/account/i18n/tokens-en';
import { directoryEn } from '../pages/directory/i18n/en';
import { catalogueEn } from '../pages/catalogue/i18n/en';
import { auditEn } from '../pages/audit/i18n/en';
import { sharingEn } from '../pages/sharing/i18n/en';
import { checkEngineEn } from '../pages/check-dataset/i18n/en';
import { accountEn } from '../pages/account/i18n/en';
import { navigationEn } from '../layout/i18n/en';
import { diagnosticEn } from '../pages/diagnostic/i18n/en';
import { incidentsEn } from '../pages/incidents/i18n/en';
import { assessmentsEn } from '../pages/assessments/i18n/en';
import { componentsEn } from '../components/i18n/en';
import { reportingEn } from '../pages/reporting/i18n/en';
import { figuresEn } from '../components/chart/i18n/en';
import { dashboardsEn } from '../pages/dashboards/i18n/en';
import { publicationsEn } from '../pages/publications/i18n/en';
import { referralsEn } from '../pages/referrals/i18n/en';
import { referralKeysEn } from '../pages/referrals/i18n/keys-en';
import { referralOverrideEn } from '../pages/referrals/i18n/override-en';

export const en = {
  'app.name': 'Steward',
  'app.tagline': 'Data responsibility for the Protection Cluster',
  'title.format': '{page} · Steward',
  'title.signIn': 'Sign in',
  'title.home': 'Home',
  'title.organisations': 'Organisations',
  'title.notFound': 'Page not found',
  'title.loading': 'Loading',

  'common.loading': 'Loading…',
  'common.skipToContent': 'Skip to main content',
  'common.retry': 'Try again',
  'common.yes': 'Yes',
  'common.no': 'No',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.organisations': 'Organisations',
  'nav.checkDataset': 'Check a dataset',

  'header.organisation': 'Organisation',
  'header.language': 'Language',
  'header.accountMenu': 'Account menu',
  'header.signedInAs': 'Signed in as',
  'header.signOut': 'Sign out',
  'header.switched': 'You are now working in {organisation}.',
  'header.switchFailed': 'The organisation could not be changed. {reason}',

  'signIn.heading': 'Sign in',
  'signIn.intro': 'Use the account your organisation gave you.',
  'signIn.email': 'Email address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.emailRequired': 'Enter your email address.',
  'signIn.emailInvalid': 'Enter an email address like name@example.org.',
  'signIn.passwordRequired': 'Enter your password.',
  'signIn.problem': 'There is a problem',
  'signIn.sessionEnded': 'Your session has ended. Sign in again to continue.',
  'signIn.signedOut': 'You have signed out.',
  'signIn.privacy': 'Steward records every sign-in in its audit log.',

  'errors.invalid-credentials': 'The email address or password is not right.',
  'errors.account-locked': {
    one: 'Too many failed attempts. Your account is locked for {count} more minute.',
    other: 'Too many failed attempts. Your account is locked for {count} more minutes.',
  },
  'errors.account-locked-soon': 'Too many failed attempts. Your account is locked for a short while.',
  'errors.account-disabled': 'This account is disabled. Ask your organisation’s focal point for help.',
  'errors.unauthenticated': 'Your session has ended. Sign in again.',
  'errors.forbidden': 'You do not have permission to do this.',
  'errors.not-found': 'We could not find what you asked for.',
  'errors.validation': 'Some of the information is not valid.',
  'errors.conflict': 'This conflicts with something that already exists.',
  'errors.dia-required':
    'A signed-off data impact assessment is needed first. Start one under Impact assessments, then name it here.',
  'errors.csrf': 'This page is out of date. Reload it and try again.',
  'errors.database-unavailable': 'The database cannot be reached right now. Try again in a moment.',
  'errors.payload-too-large': 'What you sent is too large.',
  // Upload limits (issue 7 §2): one message per limit, named in the error's details.limit.
  'errors.limit-exceeded': 'The file is over one of Steward’s upload limits.',
  'errors.limit.fileBytes': 'The file is larger than {max} bytes, Steward’s limit for one file.',
  'errors.limit.rows': 'The file has more than {max} rows, Steward’s limit for this kind of file.',
  'errors.limit.columns': 'The file has more than {max} columns, Steward’s limit.',
  'errors.limit.cellChars':
    'A cell of the file is longer than {max} characters, Steward’s limit for one cell.',
  'errors.limit.uncompressedBytes': 'The workbook unpacks to more than {max} bytes, Steward’s limit.',
  'errors.limit.compressionRatio':
    'A part of the workbook unpacks to more than {max} times its packed size (a “zip bomb”): over Steward’s limit.',
  'errors.limit.errorsKept': 'Only the first {max} problems are listed.',
  'errors.limit.parseMemoryMb': 'Reading the file needs more than {max} MB of memory, Steward’s limit.',
  'errors.limit.directoryImportServices':
    'The file holds more than {max} services, Steward’s limit for one import: split it into several files.',
  'errors.rate-limited': 'Too many requests. Wait a moment and try again.',
  'errors.network': 'Steward cannot be reached. Check your connection and try again.',
  'errors.unsupported-media-type': 'Steward could not read what was sent.',
  'errors.internal':
    'Steward ran into an unexpected problem. Try again; if it keeps happening, tell your administrator.',
  'errors.unknown': 'Something went wrong. Try again.',
  'errors.role-grant-refused': 'This role change is not allowed.',
  'errors.reason.cannot-manage-members': 'Your role does not manage the members of an organisation.',
  'errors.reason.not-own-organisation': 'You can manage the members of your own organisation only.',
  'errors.reason.cluster-role-outside-lead':
    'Cluster roles (cluster coordinator, cluster IMO) exist only in the cluster lead or co-lead organisations.',
  'errors.reason.role-above-own': 'You cannot give a role above your own.',
  'errors.reason.member-above-own': 'You cannot change or remove someone whose role is above your own.',
  'errors.reason.no-figures':
    'There are no approved figures for these months and filters, so there is nothing to publish. Choose other months, or approve the partners’ reports first.',
  'errors.reason.last-coordinator':
    'This is the cluster’s last coordinator: appoint another coordinator first.',

  'role.admin': 'System administrator',
  'role.cluster-coordinator': 'Cluster coordinator',
  'role.cluster-imo': 'Cluster information management officer',
  'role.partner-focal-point': 'Partner focal point',
  'role.partner-im-officer': 'Partner information management officer',
  'role.caseworker': 'Caseworker',
  'role.viewer': 'Viewer',
  'roleAbout.admin': 'You look after this Steward installation: accounts, organisations and the audit log.',
  'roleAbout.cluster-coordinator':
    'You lead the cluster’s data-responsibility work: the Information Sharing Protocol, partners and incidents.',
  'roleAbout.cluster-imo':
    'You manage the cluster’s information: the data registry, aggregate reports and dashboards.',
  'roleAbout.partner-focal-point':
    'You represent your organisation in the cluster and decide what it shares and with whom.',
  'roleAbout.partner-im-officer':
    'You manage your organisation’s data: registering datasets, checking them and sharing aggregates.',
  'roleAbout.caseworker':
    'You work with the people your organisation assists: referrals to services, always with consent.',
  'roleAbout.viewer': 'You can read what your organisation is allowed to see, without changing it.',

  'can.signIn': 'Sign in and switch between your organisations',
  'can.seeOrganisations': 'See the organisations taking part in the response',
  'can.manageOrganisations': 'Add organisations and record whether they are cluster members',
  'can.manageMembers': 'Give people access to your organisation and change their roles',
  'can.manageTokens': 'Create personal API tokens for scripts and the command line',
  'can.verifyAudit': 'Check that the audit log has not been altered',
  'can.read': 'Read your organisation’s information',

  'home.welcome': 'Welcome, {name}',
  'home.signedInAs': 'Signed in as {email}',
  'home.organisationHeading': 'Your organisation',
  'home.roleIn': 'Your role in {organisation}',
  'home.otherMemberships': {
    one: 'You are also a member of {count} other organisation. Switch with the organisation menu at the top.',
    other:
      'You are also a member of {count} other organisations. Switch with the organisation menu at the top.',
  },
  'home.canHeading': 'What you can do',
  'home.modulesHeading': 'Modules',
  'home.modulesEmpty':
    'Modules will appear here as they are switched on: the data registry, the Information Sharing Protocol, dataset checks, reports, referrals and incidents.',
  'home.activityHeading': 'Recent activity',
  'home.activityEmpty':
    'Datasets, shares and referrals of {organisation} will appear here once you start using the modules.',
  'home.activityAll': 'The whole audit log',
  'home.noMembership':
    'You are not a member of any organisation yet. Ask your cluster coordinator to add you.',
  'home.open': 'Open',
  'home.auditHeading': 'Audit log head',
  'home.auditEntries': {
    one: 'The audit log holds {count} entry; the newest, of {date}, has this fingerprint:',
    other: 'The audit log holds {count} entries; the newest, of {date}, has this fingerprint:',
  },
  'home.auditEmpty': 'The audit log is empty.',
  'home.auditFailed': 'The audit log head could not be loaded.',
  'home.auditWitness':
    'Every organisation sees this fingerprint. Note it from time to time: a later one that does not continue the same log shows that the log was rewritten.',

  'module.checkDataset.description':
    'Measure the re-identification risk of a dataset and protect it before sharing. The data never leaves your browser.',

  'orgs.heading': 'Organisations',
  'orgs.intro': 'The organisations taking part in this response, as you are allowed to see them.',
  'orgs.count': { one: '{count} organisation', other: '{count} organisations' },
  'orgs.empty': 'No organisations yet. When organisations join the response, they will be listed here.',
  'orgs.loadFailed': 'The organisations could not be loaded. {reason}',
  'orgs.col.name': 'Name',
  'orgs.col.acronym': 'Acronym',
  'orgs.col.type': 'Type',
  'orgs.col.member': 'Cluster member',
  'orgs.col.status': 'Status',
  'orgs.caption': 'Organisations in the response',

  'orgType.cluster-lead': 'Cluster lead',
  'orgType.cluster-co-lead': 'Cluster co-lead',
  'orgType.un-agency': 'UN agency',
  'orgType.international-ngo': 'International NGO',
  'orgType.national-ngo': 'National NGO',
  'orgType.government': 'Government',
  'orgType.other': 'Other',
  'orgStatus.active': 'Active',
  'orgStatus.inactive': 'Inactive',
  'orgStatus.suspended': 'Suspended',

  'notFound.heading': 'Page not found',
  'notFound.body': 'There is no page at this address. Check the address, or go back to the home page.',
  'notFound.home': 'Go to the home page',

  'boot.failed': 'Steward could not start. {reason}',

  // ---- Check a dataset (disclosure-control page, pages/check-dataset) ----
  'check.title': 'Check a dataset',
  'check.heading': 'Check a dataset',
  'check.intro':
    'Measure how easily people in a dataset could be re-identified, then protect it before you share it. The file is read and processed in this browser only: it is never uploaded.',
  'check.file.heading': 'Your file',
  'check.file.drop': 'Drop a CSV or Excel (XLSX) file here, or choose one.',
  'check.file.choose': 'Choose a file',
  'check.file.local': 'The file stays on this computer. Steward does not send it anywhere.',
  'check.file.loaded': '{name}: {records} records, {columns} columns',
  'check.step.reading': 'Reading the file…',
  'check.step.detecting': 'Looking for identifying columns…',
  'check.step.measuring': 'Measuring the risk…',
  'check.step.suppressing': 'Suppressing values…',
  'check.step.writing': 'Preparing the protected file…',
  'check.roles.heading': 'Column roles',
  'check.roles.intro':
    'Steward proposes a role for each column. Key variables are facts someone could know about a person (age, sex, location…). Check the proposal and change what is wrong.',
  'check.roles.caption': 'Columns of the file with their proposed roles',
  'check.roles.col.column': 'Column',
  'check.roles.col.finding': 'What Steward found',
  'check.roles.col.role': 'Role',
  'check.roles.roleFor': 'Role of {column}',
  'check.roles.confirm': 'Confirm roles and measure the risk',
  'check.roles.noKeys': 'Choose at least one key variable to measure the risk.',
  'check.role.key': 'Key variable',
  'check.role.direct-identifier': 'Direct identifier',
  'check.role.sensitive': 'Sensitive variable',
  'check.role.weight': 'Sampling weight',
  'check.role.household': 'Household id',
  'check.role.numeric': 'Numeric',
  'check.role.other': 'Other',
  'check.kind.person-name': 'Looks like names of people',
  'check.kind.phone': 'Looks like phone numbers',
  'check.kind.email': 'Looks like e-mail addresses',
  'check.kind.id-document': 'Looks like identity-document numbers',
  'check.kind.record-id': 'A unique number for every record',
  'check.kind.date-of-birth': 'Looks like dates of birth',
  'check.kind.date': 'Dates',
  'check.kind.gps-latitude': 'GPS latitude',
  'check.kind.gps-longitude': 'GPS longitude',
  'check.kind.gps-pair': 'GPS coordinates',
  'check.kind.free-text': 'Free text, which may name people',
  'check.kind.key-variable': 'A likely key variable',
  'check.kind.sensitive': 'A sensitive variable',
  'check.kind.weight': 'A sampling weight',
  'check.kind.household-id': 'A household identifier',
  'check.kind.numeric': 'A numeric variable',
  'check.kind.other': 'Nothing identifying found',
  'check.kind.gpsPrecision': '({decimals} decimals, about {metres} m)',
  'check.kind.confidence': 'confidence {confidence}',
  'check.report.heading': 'Risk report',
  'check.report.keys': 'Key variables: {keys}',
  'check.report.records': 'Records',
  'check.report.classes': 'Groups of identical keys',
  'check.report.uniques': 'Unique records',
  'check.report.violations': 'Records in groups smaller than {k}',
  'check.report.weightedViolations': 'Records whose estimated population group is smaller than {k}',
  'check.report.globalRisk': 'Average re-identification risk',
  'check.report.globalRiskWeighted': 'Average re-identification risk (weighted by {weight})',
  'check.report.expected': 'Expected re-identifications',
  'check.report.highRisk': 'High-risk records',
  'check.report.findings': 'Columns that identify people directly',
  'check.report.was': '(was {value})',
  'check.treat.heading': 'Protect the dataset',
  'check.treat.intro':
    'Local suppression blanks as few key values as possible so that every record shares its key values with at least k − 1 others.',
  'check.treat.k': 'Minimum group size (k)',
  'check.treat.importance': 'Importance of the key variables',
  'check.treat.importanceHint': 'The first variable is the most important: its values are blanked last.',
  'check.treat.up': 'Move {column} up',
  'check.treat.down': 'Move {column} down',
  'check.treat.removeDirect': 'Remove the direct identifiers ({columns})',
  'check.treat.apply': 'Protect and prepare the download',
  'check.result.heading': 'Protected dataset',
  'check.result.suppressions': {
    one: '{count} value was blanked.',
    other: '{count} values were blanked.',
  },
  'check.result.removed': 'Removed columns: {columns}',
  'check.result.after': 'Risk after protection',
  'check.result.download': 'Download {name}',
  'check.error.empty-file': 'The file is empty: it has no data rows.',
  'check.error.encoding': 'The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.',
  'check.error.ragged-rows': 'Some rows do not have as many fields as the header, at line(s) {lines}.',
  'check.error.unterminated-quote': 'A quoted field starting at line {lines} is never closed.',
  'check.error.duplicate-header': 'The header names column “{column}” twice.',
  'check.error.invalid-xlsx': 'The workbook cannot be read. Save it as CSV UTF-8 and try again.',
  'check.error.unsupported-xlsx':
    'Excel files cannot be read here yet. Save the sheet as CSV UTF-8 and try again.',
  'check.error.sheet-not-found': 'The workbook has no sheet to read.',
  'check.error.no-keys': 'Choose at least one key variable.',
  'check.error.several-weights': 'Only one column can be the sampling weight.',
  'check.error.unknown-column': 'The column “{column}” is not in the file.',
  'check.error.invalid-option': 'The chosen roles cannot be measured: {reason}',
  'check.error.bad-k': 'The minimum group size must be at least 2.',
  'check.error.suppression-failed': 'The dataset could not be protected: {reason}',
  'check.error.no-file': 'Choose a file first.',
  'check.error.internal': 'Something went wrong while processing the file. {reason}',

  // ---- Registry, ISP, requests and agreements (issue 4; messages in pages/*/i18n/en.ts) ----
  ...registryEn,
  ...ispEn,
  ...membersEn,
  ...organisationsEn,
  ...tokensEn,
  ...directoryEn,
  ...catalogueEn,
  ...auditEn,
  ...sharingEn,
  ...checkEngineEn,
  ...accountEn,
  ...navigationEn,
  ...diagnosticEn,
  ...incidentsEn,
  ...assessmentsEn,
  ...componentsEn,
  ...reportingEn,
  ...figuresEn,
  ...dashboardsEn,
  ...guidanceEn,
  ...retentionEn,
  ...publicationsEn,
  ...referralsEn,
  ...referralKeysEn,
  ...referralOverrideEn,
} as const;
