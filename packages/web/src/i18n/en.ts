/**
 * English: the source dictionary. Its keys and placeholders define the `Dictionary` type that
 * French and Arabic must satisfy completely (see `dictionary.ts`). Keys are grouped by area;
 * a plural message is an object of Intl.PluralRules categories with `{count}`.
 */
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
  'errors.csrf': 'This page is out of date. Reload it and try again.',
  'errors.database-unavailable': 'The database cannot be reached right now. Try again in a moment.',
  'errors.payload-too-large': 'What you sent is too large.',
  'errors.rate-limited': 'Too many requests. Wait a moment and try again.',
  'errors.network': 'Steward cannot be reached. Check your connection and try again.',
  'errors.unsupported-media-type': 'Steward could not read what was sent.',
  'errors.internal':
    'Steward ran into an unexpected problem. Try again; if it keeps happening, tell your administrator.',
  'errors.unknown': 'Something went wrong. Try again.',

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
  'home.noMembership':
    'You are not a member of any organisation yet. Ask your cluster coordinator to add you.',
  'home.open': 'Open',

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
} as const;
