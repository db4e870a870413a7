/**
 * English guidance texts (the catalogue in ../catalogue.ts) and the help centre's messages
 * (spread into `src/i18n/en.ts`). The cluster can replace any guidance text for its context
 * (help centre → edit); these are the defaults.
 */
export const guidanceEn = {
  'nav.help': 'Help centre',
  'module.help.description':
    'The advice Steward gives where you act, by topic and by data-responsibility principle, with checklists before risky actions.',
  'help.title': 'Help centre',
  'help.intro':
    'Every piece of advice shown beside Steward’s forms, in one place. Each says why a field matters, which data-responsibility principle it serves and where to read more.',
  'help.byTopic': 'By topic',
  'help.byPrinciple': 'By principle',
  'help.checklists': 'Checklists before risky actions',
  'help.checklistsIntro': 'Steward asks you to tick every item before it lets you go ahead.',
  'help.search': 'Filter the guidance',
  'help.noMatch': 'No guidance matches this filter.',
  'help.noneForPrinciple': 'No guidance for this principle yet.',
  'help.edit.title': 'Adapt the guidance to the cluster’s context',
  'help.edit.intro':
    'Cluster coordinators and IMOs can replace a text in one language; everyone then sees the adapted text. Reset returns to Steward’s default.',
  'help.edit.open': 'Adapt',
  'help.edit.language': 'Language',
  'help.edit.text': 'Adapted text',
  'help.edit.save': 'Save the adapted text',
  'help.edit.reset': 'Return to the default',
  'help.edit.saved': 'Saved. Everyone now sees this text.',
  'help.edit.resetDone': 'The default text is back.',
  'help.edit.heading': 'Adapt “{title}”',
  'help.edit.titleField': 'Adapted title',
  'help.edit.keepDefault': 'Text left as Steward’s default, or empty, stays the default.',
  'help.edit.previewOf': 'Preview: {title}',
  'help.edit.inLanguage': 'Language: {language}.',
  'help.edit.itemHeading': 'Adapt item {n}',
  'help.edit.itemField': 'Adapted wording',
  'help.edit.itemKeep': 'Only the wording changes: users must still tick this item before going ahead.',
  'help.edit.itemUnchanged': 'This is still Steward’s wording: change it first.',
  'help.edit.cancel': 'Cancel',
  'help.edit.unchanged': 'This is still Steward’s default text: change the title or the text first.',
  'guidance.why': 'Why this matters',
  'guidance.principles': 'Principles',
  'guidance.readMore': 'Read more: {source}',
  'guidance.custom': 'Adapted by the cluster',
  'guidance.checklist.hint': 'Tick every item to continue.',
  'guidance.checklist.incomplete': 'Tick every item of the checklist first.',
  'guidance.topic.registry': 'Registering data',
  'guidance.topic.sharing': 'Sharing data',
  'guidance.topic.publication': 'Publishing',
  'guidance.topic.referrals': 'Referrals',
  'guidance.topic.incidents': 'Data incidents',
  'guidance.topic.retention': 'Retention and destruction',
  'guidance.topic.assessments': 'Impact assessments',
  'guidance.registry.purpose.title': 'Purpose of the data',
  'guidance.registry.purpose.why':
    'Collect and keep only what a defined purpose needs. A clear purpose is what partners check before they ask for the data, and what limits how it may be used.',
  'guidance.registry.sensitivity.title': 'Sensitivity level',
  'guidance.registry.sensitivity.why':
    'The level decides, through the ISP, who may receive the data and on what terms. When unsure, choose the higher level: harm from disclosure cannot be undone.',
  'guidance.registry.personalData.title': 'Personal data',
  'guidance.registry.personalData.why':
    'Personal data stay with the partner that collected them and move only partner to partner, encrypted. The cluster receives aggregates only.',
  'guidance.registry.aggregation.title': 'Aggregation level',
  'guidance.registry.aggregation.why':
    'The finer the level (site, household, coordinates), the easier it is to recognise people. Small groups in a table can identify someone even without names.',
  'guidance.registry.retention.title': 'Retention period and destruction',
  'guidance.registry.retention.why':
    'Data kept longer than needed only add risk. Set how long, counted from which event, and how the data will be destroyed; Steward reminds you when the time comes.',
  'guidance.retention.approve.title': 'Approving destruction',
  'guidance.retention.approve.why':
    'Destruction in Steward cannot be undone: the files and their keys are destroyed. Check that no legal hold, open case or audit still needs the data.',
  'guidance.retention.confirmCopy.title': 'Destroying a shared copy',
  'guidance.retention.confirmCopy.why':
    'When an agreement’s retention ends, every copy your organisation received must be destroyed too. Confirm it here so the owner can account for every copy.',
  'guidance.sharing.purpose.title': 'Purpose of a request',
  'guidance.sharing.purpose.why':
    'The owner decides on the purpose and intended use you state. Ask for the least detailed data that serve it.',
  'guidance.sharing.conditions.title': 'Conditions of an agreement',
  'guidance.sharing.conditions.why':
    'Conditions bind the recipient: no onward sharing, aggregation before use, deletion at the end. The ISP’s own conditions always apply; add what this share needs.',
  'guidance.sharing.expiry.title': 'Agreement end date',
  'guidance.sharing.expiry.why':
    'An agreement that never ends keeps data in circulation after the need has passed. Choose the shortest period that serves the purpose.',
  'guidance.publication.threshold.title': 'Small numbers',
  'guidance.publication.threshold.why':
    'Counts below the cluster’s threshold are suppressed, and others as needed so that they cannot be worked out from totals. Never publish around the suppression.',
  'guidance.publication.precision.title': 'Location precision',
  'guidance.publication.precision.why':
    'Maps and tables finer than district level, or with coordinates, can point to people at risk. Publish at the coarsest level that serves the reader.',
  'guidance.referrals.consent.title': 'Consent to refer',
  'guidance.referrals.consent.why':
    'A referral shares a person’s information with another organisation: ask for informed consent, explain what is shared and with whom, and record the answer.',
  'guidance.referrals.minimum.title': 'Minimum information',
  'guidance.referrals.minimum.why':
    'Send only what the receiving service needs to act. Every extra detail is a risk to the person if the referral is lost or misused.',
  'guidance.incidents.report.title': 'Notifying an incident',
  'guidance.incidents.report.why':
    'Notify at once, including near misses: a quick notice lets partners act before harm spreads. Details can follow.',
  'guidance.incidents.severity.title': 'Severity',
  'guidance.incidents.severity.why':
    'Severity starts at the highest sensitivity of the data involved. Raise it freely; lowering it needs a reason that others can read.',
  'guidance.assessments.dia.title': 'Data impact assessment',
  'guidance.assessments.dia.why':
    'Assess the risks to people before collecting personal or highly sensitive data, publishing fine detail or starting a new flow between partners.',
  'guidance.checklist.publish.title': 'Before publishing',
  'guidance.checklist.publish.1': 'Small numbers are suppressed and cannot be recalculated from totals.',
  'guidance.checklist.publish.2': 'Locations are no finer than the readers need.',
  'guidance.checklist.publish.3': 'The owners of the data agreed to this publication.',
  'guidance.checklist.publish.4': 'Nothing published could expose people to harm if misread or misused.',
  'guidance.checklist.share-high.title': 'Before approving a share of High or Severe data',
  'guidance.checklist.share-high.1': 'The recipient’s purpose needs this data at this level of detail.',
  'guidance.checklist.share-high.2': 'The recipient can keep the data secure and will report incidents.',
  'guidance.checklist.share-high.3': 'The conditions and end date limit use to the stated purpose.',
  'guidance.checklist.share-high.4': 'Less sensitive data (aggregated or anonymised) would not do.',
  'guidance.checklist.referral-no-consent.title': 'Before referring without consent',
  'guidance.checklist.referral-no-consent.1':
    'The person cannot consent and the referral is in their vital or best interest.',
  'guidance.checklist.referral-no-consent.2': 'Only the minimum information is sent.',
  'guidance.checklist.referral-no-consent.3': 'A supervisor or case manager agreed.',
  'guidance.checklist.referral-no-consent.4':
    'The reason is recorded and the person will be told when possible.',
  'guidance.checklist.destroy.title': 'Before approving destruction',
  'guidance.checklist.destroy.1':
    'The retention period has ended and no legal hold or open case needs the data.',
  'guidance.checklist.destroy.2': 'Anything still needed has been aggregated or anonymised first.',
  'guidance.checklist.destroy.3': 'Partners holding copies will be asked to destroy them.',
} as const;
