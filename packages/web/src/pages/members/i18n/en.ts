/** English messages of the members page (spread into `src/i18n/en.ts`). */
export const membersEn = {
  'nav.members': 'Members and roles',
  'module.members.description':
    'Give people access to your organisation and change their roles, within the role-grant rules.',
  'members.title': 'Members and roles',
  'members.heading': 'Members and roles of {organisation}',
  'members.intro':
    'Give people access to your organisation and change their roles. You can give a role up to your own; cluster roles exist only in the cluster lead and co-lead organisations.',
  'members.noOrganisation': 'Choose the organisation you act for first.',
  'members.loadFailed': 'The members could not be loaded. {reason}',
  'members.caption': 'Members of the organisation and their roles',
  'members.col.name': 'Name',
  'members.col.email': 'E-mail',
  'members.col.role': 'Role',
  'members.col.actions': 'Actions',
  'members.roleOf': 'Role of {name}',
  'members.save': 'Change role',
  'members.remove': 'Remove',
  'members.you': '(you)',
  'members.changed': 'The role of {name} is now {role}.',
  'members.removed': '{name} is no longer a member.',
  'members.removeTitle': 'Remove {name}?',
  'members.removeText':
    '{name} ({email}) will no longer act for this organisation. Their account stays; you can add them again later.',
  'members.removeConfirm': 'Remove the member',
  'members.add.heading': 'Add a person',
  'members.add.email': 'E-mail address of their Steward account',
  'members.add.role': 'Role',
  'members.add.submit': 'Add',
  'members.added': '{email} is now a member.',
} as const;
