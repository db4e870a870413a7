/** English messages of the organisations page and the personal API tokens page (spread into `src/i18n/en.ts`). */
export const organisationsEn = {
  'orgs.readOnly':
    'Only cluster coordinators and administrators add or change organisations. Ask them if something here is wrong.',
  'orgs.manageIntro':
    'Add the organisations taking part in the response, keep their details right, and deactivate those that leave. Deactivating keeps their records; their members no longer act for them.',
  'orgs.add': 'Add an organisation',
  'orgs.edit': 'Edit',
  'orgs.editOf': 'Edit {name}',
  'orgs.deactivate': 'Deactivate',
  'orgs.deactivateOf': 'Deactivate {name}',
  'orgs.reactivate': 'Reactivate',
  'orgs.reactivateOf': 'Reactivate {name}',
  'orgs.member': 'Cluster member',
  'orgs.notMember': 'Not a cluster member',
  'orgs.col.focalPoints': 'Focal points',
  'orgs.col.referralKey': 'Referral key',
  'orgs.col.actions': 'Actions',
  'orgs.noFocalPoint': 'None yet',
  'orgs.focalRole.partner-focal-point': 'focal point',
  'orgs.focalRole.cluster-coordinator': 'coordinator',
  'orgs.noKey': 'No key: cannot receive referrals',
  'orgs.keySince': 'since {date}',
  'orgs.form.addTitle': 'Add an organisation',
  'orgs.form.editTitle': 'Edit {name}',
  'orgs.form.name': 'Name',
  'orgs.form.nameHint': 'The full name, as the organisation writes it.',
  'orgs.form.acronym': 'Acronym',
  'orgs.form.acronymHint':
    "Short name used across Steward and in referrals, e.g. IRC or AMODEFA. Letters and digits, with - . & / ' between them; no spaces.",
  'orgs.form.type': 'Type',
  'orgs.form.typeHint':
    'Cluster roles (coordinator, information management officer) exist only in the cluster lead and co-lead.',
  'orgs.form.member': 'Member of the cluster',
  'orgs.form.memberHint': 'Uncheck for organisations that share data with the cluster without being members.',
  'orgs.form.save': 'Save',
  'orgs.form.create': 'Add the organisation',
  'orgs.form.cancel': 'Cancel',
  'orgs.form.fixErrors': 'Correct the fields marked below.',
  'orgs.form.nameRequired': 'Enter the name (at most 200 characters).',
  'orgs.form.acronymRequired': 'Enter an acronym (at most 30 characters).',
  'orgs.form.acronymFormat': "Use letters and digits, with - . & / ' between them only; no spaces.",
  'orgs.form.acronymTaken': 'Another organisation already uses the acronym {acronym}. Choose another.',
  'orgs.form.typeLocked':
    'This organisation holds cluster roles, so it stays a cluster lead or co-lead. Move those roles first.',
  'orgs.added': '{acronym} was added.',
  'orgs.saved': '{acronym} was saved.',
  'orgs.deactivated': '{acronym} was deactivated.',
  'orgs.reactivated': '{acronym} was reactivated.',
  'orgs.confirm.deactivateTitle': 'Deactivate {acronym}?',
  'orgs.confirm.deactivateBody':
    'Its members will no longer act for {acronym}: they move to their other organisations, and API tokens for {acronym} stop working. Its registry entries, agreements and audit history are kept. You can reactivate it later.',
  'orgs.confirm.reactivateTitle': 'Reactivate {acronym}?',
  'orgs.confirm.reactivateBody': 'Its members will act for {acronym} again and its API tokens work again.',
  'errors.reason.acronym-taken': 'Another organisation already uses this acronym.',
  'errors.reason.cluster-roles-held':
    'This organisation holds cluster roles, so it stays a cluster lead or co-lead.',
  'errors.reason.own-organisation': 'You cannot deactivate the organisation you act for.',
  'errors.reason.last-coordinator-organisation':
    'This organisation holds the cluster’s last active coordinator: appoint a coordinator elsewhere first.',

  'can.readAudit': 'Check the audit log of your organisation',
} as const;
