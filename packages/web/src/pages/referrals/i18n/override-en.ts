/** English messages of the consent override (issue 9), spread into `src/i18n/en.ts`. */
export const referralOverrideEn = {
  'refoverride.title': 'Consent override',
  'refoverride.offer': 'Send with a consent override',
  'refoverride.offerHint':
    'The consent record does not cover this referral. You hold the consent-override permission: you may send it on another legal basis, and another focal point of your organisation must approve it before anything reaches the receiver.',
  'refoverride.notHolder':
    'Only a partner focal point can send a referral that the consent does not cover (a consent override, approved by a second focal point). Correct the consent record, or ask your focal point.',
  'refoverride.legalBasis': 'Legal basis instead of consent',
  'refoverride.chooseBasis': 'Choose the legal basis of the override.',
  'refoverride.justification': 'Justification',
  'refoverride.justificationHint':
    'Why the data must be shared without valid consent ({min} to {max} characters). It is encrypted with the referral: both organisations can read it, the server cannot.',
  'refoverride.justificationLength': 'Write a justification of {min} to {max} characters.',
  'refoverride.notNeeded': 'The consent record covers this referral: send it without an override.',
  'refoverride.sendButton': 'Ask for approval',
  'refoverride.requested':
    'The referral waits for a second focal point of your organisation to approve the consent override. Nothing has reached the receiver yet.',
  'refoverride.status': 'Override',
  'refoverride.status.pending': 'Waiting for approval',
  'refoverride.status.approved': 'Approved',
  'refoverride.status.refused': 'Refused',
  'refoverride.requestedBy': 'Asked by',
  'refoverride.requestedAt': 'Asked on',
  'refoverride.decidedBy': 'Decided by',
  'refoverride.decidedAt': 'Decided on',
  'refoverride.lockedJustification': 'Unlock your referral key to read the justification.',
  'refoverride.decideIntro':
    'Read the justification first. Approving sends the referral to {organisation} now; refusing keeps it inside your organisation for good.',
  'refoverride.approve': 'Approve and send',
  'refoverride.refuse': 'Refuse',
  'refoverride.ownRequest':
    'You asked for this override: another focal point of your organisation approves or refuses it.',
  'refoverride.needsHolder': 'A partner focal point of your organisation approves or refuses it.',
  'refoverride.approvedDone': 'Approved: the referral was sent to {organisation}.',
  'refoverride.refusedDone': 'Refused: the referral stays in your organisation and will not be sent.',
  'refoverride.received':
    'Sent without consent covering it, on the legal basis “{basis}”, after a second person of the sending organisation approved it.',
  'refoverride.pendingNotice': {
    one: '{count} consent override waits for approval.',
    other: '{count} consent overrides wait for approval.',
  },
  'errors.code.referral.override_permission':
    'Only a partner focal point (consent-override permission) can send or approve a referral without covering consent.',
  'errors.code.referral.override_same_person':
    'A consent override needs a second person: another focal point of your organisation approves it.',
  'errors.code.referral.override_decided': 'This consent override was decided already. Reload the page.',
  'errors.code.referral.override_not_needed':
    'The consent record covers this referral: no override is needed.',
  'errors.code.referral.override_required':
    'The consent record does not cover this referral: it needs a consent override.',
  'errors.code.referral.override_legal_basis': 'Consent itself cannot be the legal basis of an override.',
  'refoverride.status.cancelled': 'Cancelled',
  'refoverride.cancel': 'Cancel my request',
  'refoverride.cancelHint':
    'Cancelling keeps the referral inside your organisation for good: no one can approve it any more.',
  'refoverride.cancelledDone': 'Cancelled: the referral stays in your organisation and will not be sent.',
  'errors.code.referral.override_not_requester':
    'Only the person who asked for this consent override can cancel it.',
} as const;
