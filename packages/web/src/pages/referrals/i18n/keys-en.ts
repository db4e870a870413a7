/** English messages of the referral key setup page (/referrals/keys), spread into `src/i18n/en.ts`. */
export const referralKeysEn = {
  'refkeys.nav': 'Keys',
  'refkeys.title': 'Referral keys',
  'refkeys.intro':
    'Referrals are encrypted on the sender’s device and decrypted only on the devices of the receiving organisation’s authorised members. Set up your key and your organisation’s key here.',
  'refkeys.cancel': 'Cancel',
  'refkeys.empty.noOrgKey':
    'Your organisation has no referral key yet: partners cannot send it referrals, and it cannot send any, until a focal point creates it.',
  'refkeys.empty.link': 'Set up referral keys',
  'refkeys.empty.noUserKey':
    'You have no referral key yet. You create it yourself, on this device, with a passphrase only you know.',
  'refkeys.empty.createLink': 'Create your referral key',
  'refkeys.passphrase.new': 'New referral passphrase',
  'refkeys.passphrase.hint':
    'At least {min} characters: several words, or a mix of letters, digits and symbols. Not your sign-in password. It is never sent: if you lose it, nobody can recover your key.',
  'refkeys.passphrase.confirm': 'Type the passphrase again',
  'refkeys.passphrase.show': 'Show the passphrases as I type',
  'refkeys.passphrase.mismatch': 'The two passphrases differ.',
  'refkeys.passphrase.problem.too-short': 'Too short.',
  'refkeys.passphrase.problem.too-simple':
    'Too easy to guess: use at least four words, or mix capitals, digits and symbols, or make it longer.',
  'refkeys.passphrase.problem.repetitive': 'A repetition or a sequence is easy to guess.',
  'refkeys.passphrase.problem.personal': 'Do not use your name or e-mail address.',
  'refkeys.passphrase.strength.weak': 'Strength: not acceptable',
  'refkeys.passphrase.strength.fair': 'Strength: acceptable',
  'refkeys.passphrase.strength.good': 'Strength: good',
  'refkeys.passphrase.strength.strong': 'Strength: strong',
  'refkeys.user.title': 'Your referral key',
  'refkeys.user.none': 'You have no referral key yet.',
  'refkeys.user.createIntro':
    'Your browser creates a key pair now. Its private part is locked with your passphrase before anything is sent: the server receives the public key and the locked private key only.',
  'refkeys.user.create': 'Create my key',
  'refkeys.user.creating': 'Creating the key (a few seconds)…',
  'refkeys.user.created':
    'Your referral key is ready. Its fingerprint is {fingerprint}: a holder of your organisation’s key can now grant it to you after comparing this fingerprint with you.',
  'refkeys.change.title': 'Change the passphrase',
  'refkeys.change.intro':
    'Your key is unlocked here with the current passphrase and locked again with the new one. The key itself does not change: you keep reading every referral, old and new.',
  'refkeys.change.current': 'Current passphrase',
  'refkeys.change.wrongCurrent': 'This is not the current passphrase of your key.',
  'refkeys.change.submit': 'Change the passphrase',
  'refkeys.change.busy': 'Changing (a few seconds)…',
  'refkeys.change.done': 'Passphrase changed. Use the new one from now on.',
  'refkeys.replace.title': 'Forgotten passphrase? Replace your key',
  'refkeys.replace.warning':
    'A new key replaces the old one: your copy of the organisation key goes with it, and a holder must grant it to you again before you can read referrals. Nothing already encrypted is lost for your organisation.',
  'refkeys.replace.understood': 'I understand that I must be granted the organisation key again',
  'refkeys.replace.confirmNeeded': 'Tick the box to confirm.',
  'refkeys.replace.submit': 'Replace my key',
  'refkeys.org.title': 'The referral key of {organisation}',
  'refkeys.org.none':
    '{organisation} has no referral key yet: partners cannot send it encrypted referrals, and it cannot send any.',
  'refkeys.org.ownKeyFirst': 'Create your own key first (above); then you can create the organisation’s key.',
  'refkeys.org.askFocalPoint':
    'A partner focal point of your organisation creates it on this page. Meanwhile, create your own key so that it can be granted to you.',
  'refkeys.org.createIntro':
    'As focal point, you create your organisation’s key. It is created on this device and granted to you first; you then grant it to colleagues who have their own key.',
  'refkeys.org.prepare': 'Prepare the organisation key',
  'refkeys.org.preparing': 'Preparing (a few seconds)…',
  'refkeys.org.create': 'Create the organisation key',
  'refkeys.org.saving': 'Saving…',
  'refkeys.org.created':
    'The organisation key is created (fingerprint {fingerprint}). Partners can now send you referrals. Grant it to your colleagues below.',
  'refkeys.org.youHold': 'You hold this key: you can read your organisation’s referrals on this device.',
  'refkeys.org.askGrant':
    'You do not hold this key yet: ask a colleague who holds it to grant it to you (compare your key fingerprint with them).',
  'refkeys.org.createOwnFirst': 'Create your own key first (above), then ask a holder to grant you this key.',
  'refkeys.recovery.before':
    'A recovery code will be shown once. If every holder loses their key and the recovery code is lost too, referrals already received can never be read again.',
  'refkeys.recovery.title': 'Save the recovery code',
  'refkeys.recovery.intro':
    'This code can restore the referral key of {organisation} if every holder loses access. It is shown only now and is never sent to the server.',
  'refkeys.recovery.download': 'Download the recovery code (text file)',
  'refkeys.recovery.keep':
    'Print it or write it down and keep it locked away, apart from any device. Delete the downloaded file once printed.',
  'refkeys.recovery.saved': 'I have saved the recovery code somewhere safe',
  'refkeys.recovery.confirmNeeded': 'Confirm that you saved the recovery code first.',
  'refkeys.recovery.cancel': 'Start again',
  'refkeys.recovery.fileTitle': 'Steward: recovery code of the referral key of {organisation}',
  'refkeys.recovery.fileFingerprint': 'Key fingerprint',
  'refkeys.recovery.fileCode': 'Recovery code',
  'refkeys.recovery.fileAdvice':
    'Print this and keep it locked away, apart from any device; then delete this file. Whoever has this code can read the organisation’s referrals with a copy of the database.',
  'refkeys.members.title': 'Who holds the key',
  'refkeys.members.intro':
    'Caseworkers and focal points of your organisation. Before granting, compare the fingerprint with the person, in person or by phone.',
  'refkeys.members.name': 'Name',
  'refkeys.members.role': 'Role',
  'refkeys.members.fingerprint': 'Key fingerprint',
  'refkeys.members.access': 'Access',
  'refkeys.members.actions': 'Actions',
  'refkeys.members.you': '(you)',
  'refkeys.members.noKey': 'No key yet',
  'refkeys.members.holder': 'Holds the key',
  'refkeys.members.waiting': 'Waiting to be granted',
  'refkeys.members.noAccess': 'Has no key of their own',
  'refkeys.members.grant': 'Grant to {name}',
  'refkeys.members.revoke': 'Revoke {name}',
  'refkeys.members.unlockToGrant': 'Unlock your key (above) to grant',
  'refkeys.members.empty': 'Your organisation has no caseworker or focal point.',
  'refkeys.members.granted': '{name} now holds the organisation key.',
  'refkeys.members.revoked': '{name} no longer holds the organisation key.',
  'refkeys.grant.title': 'Grant the organisation key to {name}',
  'refkeys.grant.text':
    'Compare this fingerprint with the one {name} sees on their own keys page (in person or by phone). Grant only if they match.',
  'refkeys.grant.confirm': 'The fingerprints match: grant',
  'refkeys.revoke.title': 'Revoke {name}’s access to the organisation key',
  'refkeys.revoke.text':
    '{name}’s copy of the organisation key is removed from the server: they can no longer open it on a device. Referrals they already read cannot be taken back.',
  'refkeys.revoke.rotation':
    'They may still have the key on a device they used: rotate the key right after (below) so that future referrals use a new key they never had.',
  'refkeys.revoke.confirm': 'Revoke',
  'refkeys.rotate.title': 'Rotate the organisation key',
  'refkeys.rotate.intro':
    'A new organisation key replaces the current one for new referrals. It is granted to the current holders, and the old keys are kept inside it so that every earlier referral stays readable. Partners will see a new fingerprint.',
  'refkeys.rotate.prepare': 'Prepare the new key',
  'refkeys.rotate.submit': 'Rotate the key',
  'refkeys.rotate.unlockFirst': 'Unlock your key (above) to rotate the organisation key.',
  'refkeys.rotate.afterRevoke':
    'Now rotate the organisation key (below), so that {name} cannot read future referrals with a copy they may have kept.',
  'refkeys.rotate.done':
    'The organisation key was rotated (new fingerprint {fingerprint}). Unlock your key again to go on.',
  'refkeys.how.title': 'How referral keys work',
  'refkeys.how.device':
    'Your key is created on your device; your passphrase and private key never leave it. The server stores only what it cannot read.',
  'refkeys.how.org':
    'Your organisation’s key opens the referrals it sends and receives. Each holder has a copy locked with their own key; only a holder can grant it.',
  'refkeys.how.fingerprints':
    'A fingerprint is a short summary of a public key. Compare fingerprints out of band to be sure nobody swapped a key.',
  'refkeys.how.limit':
    'Whoever controls the server could change the web application itself: for the most sensitive work, also use the command-line tool.',
  'errors.reason.referral.no-receiver-key':
    'This organisation has no referral key yet, so it cannot receive encrypted referrals. Its focal point sets it up on the Referral keys page; choose another organisation or contact them.',
  'errors.reason.referral.focal-point-required':
    'Only a partner focal point of your organisation revokes access to the organisation key.',
  'refkeys.rotate.required':
    'A member who held this key left, lost their referral role, was disabled or had their copy revoked. No referral can be sent from or to {organisation} until a focal point who holds the key rotates it.',
  'errors.code.referral.rotation_required':
    'Your organisation must rotate its referral key before sending: a member who held it left or lost access. A focal point rotates it on the Referral keys page.',
  'errors.code.referral.receiver_rotation_required':
    'The receiving organisation must rotate its referral key before it can receive referrals (a member who held it left). Try again later or contact its focal point.',
  'refkeys.recover.title': 'I have the recovery code',
  'refkeys.recover.intro':
    'If nobody who holds your organisation’s key can grant it to you (they left, or lost their passphrase), type the recovery code printed when the key was created or last rotated. It is checked on this device and never sent.',
  'refkeys.recover.code': 'Recovery code',
  'refkeys.recover.submit': 'Recover the key',
  'refkeys.recover.working': 'Checking the code on this device…',
  'refkeys.recover.empty': 'Type the recovery code.',
  'refkeys.recover.done': 'Recovered: you now hold your organisation’s key (fingerprint {fingerprint}).',
  'refkeys.recover.doneRotate':
    'Recovered: you now hold your organisation’s key (fingerprint {fingerprint}). A member who held it left: unlock your key, then rotate the organisation key below.',
  'refkeys.recover.wrongCode':
    'This code does not open your organisation’s current key. Check it: a code printed before the last rotation no longer works. Nothing was changed.',
  'refkeys.recover.mismatch':
    'The recovery copy does not match your organisation’s current key or its history. Nothing was changed: tell your organisation’s focal points.',
  'errors.code.referral.holder_required':
    'Only a holder of your organisation’s current key can rotate it: ask a holder to grant it to you, or recover it with the printed code. Nothing was changed.',
  'errors.code.referral.focal_point_required': 'Only a partner focal point of the organisation can do this.',
  'errors.code.referral.recovery_proof_failed':
    'The recovery proof is wrong or has expired. Nothing was changed: start the recovery again.',
  'errors.code.referral.already_holder':
    'You already hold your organisation’s current key: there is nothing to recover.',
  'errors.code.referral.no_recovery_copy': 'There is no recovery copy of your organisation’s current key.',
  'errors.code.referral.recovery_key_changed':
    'Your organisation’s key changed while you were recovering it. Start again with the newest recovery code.',
  'errors.code.referral.no_user_key': 'Create your own referral key first.',
} as const;
