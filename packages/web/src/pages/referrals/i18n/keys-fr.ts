import type { referralKeysEn } from './keys-en';

type Messages = { readonly [K in keyof typeof referralKeysEn]: string };

/** Messages français de la page des clés de référencement (/referrals/keys). */
export const referralKeysFr: Messages = {
  'refkeys.nav': 'Clés',
  'refkeys.title': 'Clés de référencement',
  'refkeys.intro':
    'Les référencements sont chiffrés sur l’appareil de l’expéditeur et déchiffrés seulement sur les appareils des membres autorisés de l’organisation destinataire. Configurez ici votre clé et celle de votre organisation.',
  'refkeys.cancel': 'Annuler',
  'refkeys.empty.noOrgKey':
    'Votre organisation n’a pas encore de clé de référencement : les partenaires ne peuvent pas lui envoyer de référencement, et elle ne peut pas en envoyer, tant qu’un point focal ne l’a pas créée.',
  'refkeys.empty.link': 'Configurer les clés de référencement',
  'refkeys.empty.noUserKey':
    'Vous n’avez pas encore de clé de référencement. Vous la créez vous-même, sur cet appareil, avec une phrase secrète que vous seul connaissez.',
  'refkeys.empty.createLink': 'Créer votre clé de référencement',
  'refkeys.passphrase.new': 'Nouvelle phrase secrète de référencement',
  'refkeys.passphrase.hint':
    'Au moins {min} caractères : plusieurs mots, ou un mélange de lettres, chiffres et symboles. Pas votre mot de passe de connexion. Elle n’est jamais envoyée : si vous la perdez, personne ne peut récupérer votre clé.',
  'refkeys.passphrase.confirm': 'Saisissez à nouveau la phrase secrète',
  'refkeys.passphrase.show': 'Afficher les phrases secrètes pendant la saisie',
  'refkeys.passphrase.mismatch': 'Les deux phrases secrètes diffèrent.',
  'refkeys.passphrase.problem.too-short': 'Trop courte.',
  'refkeys.passphrase.problem.too-simple':
    'Trop facile à deviner : utilisez au moins quatre mots, ou mélangez majuscules, chiffres et symboles, ou allongez-la.',
  'refkeys.passphrase.problem.repetitive': 'Une répétition ou une suite est facile à deviner.',
  'refkeys.passphrase.problem.personal': 'N’utilisez ni votre nom ni votre adresse e-mail.',
  'refkeys.passphrase.strength.weak': 'Robustesse : insuffisante',
  'refkeys.passphrase.strength.fair': 'Robustesse : acceptable',
  'refkeys.passphrase.strength.good': 'Robustesse : bonne',
  'refkeys.passphrase.strength.strong': 'Robustesse : forte',
  'refkeys.user.title': 'Votre clé de référencement',
  'refkeys.user.none': 'Vous n’avez pas encore de clé de référencement.',
  'refkeys.user.createIntro':
    'Votre navigateur crée maintenant une paire de clés. Sa partie privée est verrouillée par votre phrase secrète avant tout envoi : le serveur reçoit seulement la clé publique et la clé privée verrouillée.',
  'refkeys.user.create': 'Créer ma clé',
  'refkeys.user.creating': 'Création de la clé (quelques secondes)…',
  'refkeys.user.created':
    'Votre clé de référencement est prête. Son empreinte est {fingerprint} : un détenteur de la clé de votre organisation peut maintenant vous la confier après avoir comparé cette empreinte avec vous.',
  'refkeys.change.title': 'Changer la phrase secrète',
  'refkeys.change.intro':
    'Votre clé est déverrouillée ici avec la phrase secrète actuelle puis verrouillée avec la nouvelle. La clé elle-même ne change pas : vous lisez toujours tous les référencements, anciens et nouveaux.',
  'refkeys.change.current': 'Phrase secrète actuelle',
  'refkeys.change.wrongCurrent': 'Ce n’est pas la phrase secrète actuelle de votre clé.',
  'refkeys.change.submit': 'Changer la phrase secrète',
  'refkeys.change.busy': 'Changement (quelques secondes)…',
  'refkeys.change.done': 'Phrase secrète changée. Utilisez désormais la nouvelle.',
  'refkeys.replace.title': 'Phrase secrète oubliée ? Remplacer votre clé',
  'refkeys.replace.warning':
    'Une nouvelle clé remplace l’ancienne : votre copie de la clé de l’organisation disparaît avec elle, et un détenteur doit vous la confier de nouveau avant que vous puissiez lire des référencements. Rien de ce qui est déjà chiffré n’est perdu pour votre organisation.',
  'refkeys.replace.understood': 'Je comprends que la clé de l’organisation devra m’être confiée de nouveau',
  'refkeys.replace.confirmNeeded': 'Cochez la case pour confirmer.',
  'refkeys.replace.submit': 'Remplacer ma clé',
  'refkeys.org.title': 'La clé de référencement de {organisation}',
  'refkeys.org.none':
    '{organisation} n’a pas encore de clé de référencement : les partenaires ne peuvent pas lui envoyer de référencement chiffré, et elle ne peut pas en envoyer.',
  'refkeys.org.ownKeyFirst':
    'Créez d’abord votre propre clé (ci-dessus) ; vous pourrez ensuite créer celle de l’organisation.',
  'refkeys.org.askFocalPoint':
    'Un point focal partenaire de votre organisation la crée sur cette page. En attendant, créez votre propre clé pour qu’elle puisse vous être confiée.',
  'refkeys.org.createIntro':
    'En tant que point focal, vous créez la clé de votre organisation. Elle est créée sur cet appareil et vous est confiée d’abord ; vous la confiez ensuite aux collègues qui ont leur propre clé.',
  'refkeys.org.prepare': 'Préparer la clé de l’organisation',
  'refkeys.org.preparing': 'Préparation (quelques secondes)…',
  'refkeys.org.create': 'Créer la clé de l’organisation',
  'refkeys.org.saving': 'Enregistrement…',
  'refkeys.org.created':
    'La clé de l’organisation est créée (empreinte {fingerprint}). Les partenaires peuvent maintenant vous envoyer des référencements. Confiez-la à vos collègues ci-dessous.',
  'refkeys.org.youHold':
    'Vous détenez cette clé : vous pouvez lire les référencements de votre organisation sur cet appareil.',
  'refkeys.org.askGrant':
    'Vous ne détenez pas encore cette clé : demandez à un collègue qui la détient de vous la confier (comparez avec lui l’empreinte de votre clé).',
  'refkeys.org.createOwnFirst':
    'Créez d’abord votre propre clé (ci-dessus), puis demandez à un détenteur de vous confier cette clé.',
  'refkeys.recovery.before':
    'Un code de récupération sera affiché une seule fois. Si chaque détenteur perd sa clé et que le code est perdu aussi, les référencements déjà reçus ne pourront plus jamais être lus.',
  'refkeys.recovery.title': 'Conservez le code de récupération',
  'refkeys.recovery.intro':
    'Ce code peut restaurer la clé de référencement de {organisation} si tous les détenteurs perdent l’accès. Il n’est affiché que maintenant et n’est jamais envoyé au serveur.',
  'refkeys.recovery.download': 'Télécharger le code de récupération (fichier texte)',
  'refkeys.recovery.keep':
    'Imprimez-le ou recopiez-le et gardez-le sous clé, loin de tout appareil. Supprimez le fichier téléchargé une fois imprimé.',
  'refkeys.recovery.saved': 'J’ai conservé le code de récupération en lieu sûr',
  'refkeys.recovery.confirmNeeded': 'Confirmez d’abord que vous avez conservé le code de récupération.',
  'refkeys.recovery.cancel': 'Recommencer',
  'refkeys.recovery.fileTitle': 'Steward : code de récupération de la clé de référencement de {organisation}',
  'refkeys.recovery.fileFingerprint': 'Empreinte de la clé',
  'refkeys.recovery.fileCode': 'Code de récupération',
  'refkeys.recovery.fileAdvice':
    'Imprimez ceci et gardez-le sous clé, loin de tout appareil ; puis supprimez ce fichier. Qui détient ce code peut lire les référencements de l’organisation avec une copie de la base de données.',
  'refkeys.members.title': 'Qui détient la clé',
  'refkeys.members.intro':
    'Les travailleurs sociaux et points focaux de votre organisation. Avant de confier la clé, comparez l’empreinte avec la personne, en personne ou par téléphone.',
  'refkeys.members.name': 'Nom',
  'refkeys.members.role': 'Rôle',
  'refkeys.members.fingerprint': 'Empreinte de la clé',
  'refkeys.members.access': 'Accès',
  'refkeys.members.actions': 'Actions',
  'refkeys.members.you': '(vous)',
  'refkeys.members.noKey': 'Pas encore de clé',
  'refkeys.members.holder': 'Détient la clé',
  'refkeys.members.waiting': 'En attente d’accès',
  'refkeys.members.noAccess': 'N’a pas de clé personnelle',
  'refkeys.members.grant': 'Confier à {name}',
  'refkeys.members.revoke': 'Retirer l’accès de {name}',
  'refkeys.members.unlockToGrant': 'Déverrouillez votre clé (ci-dessus) pour confier',
  'refkeys.members.empty': 'Votre organisation n’a ni travailleur social ni point focal.',
  'refkeys.members.granted': '{name} détient maintenant la clé de l’organisation.',
  'refkeys.members.revoked': '{name} ne détient plus la clé de l’organisation.',
  'refkeys.grant.title': 'Confier la clé de l’organisation à {name}',
  'refkeys.grant.text':
    'Comparez cette empreinte avec celle que {name} voit sur sa propre page des clés (en personne ou par téléphone). Ne confiez la clé que si elles concordent.',
  'refkeys.grant.confirm': 'Les empreintes concordent : confier',
  'refkeys.revoke.title': 'Retirer à {name} l’accès à la clé de l’organisation',
  'refkeys.revoke.text':
    'La copie de la clé de l’organisation de {name} est supprimée du serveur : la personne ne peut plus l’ouvrir sur un appareil. Les référencements déjà lus ne peuvent pas être repris.',
  'refkeys.revoke.rotation':
    'La clé peut rester sur un appareil utilisé : renouvelez la clé juste après (ci-dessous) pour que les futurs référencements utilisent une nouvelle clé qu’elle n’a jamais eue.',
  'refkeys.revoke.confirm': 'Retirer l’accès',
  'refkeys.rotate.title': 'Renouveler la clé de l’organisation',
  'refkeys.rotate.intro':
    'Une nouvelle clé d’organisation remplace l’actuelle pour les nouveaux référencements. Elle est confiée aux détenteurs actuels, et les anciennes clés sont conservées à l’intérieur pour que tous les référencements antérieurs restent lisibles. Les partenaires verront une nouvelle empreinte.',
  'refkeys.rotate.prepare': 'Préparer la nouvelle clé',
  'refkeys.rotate.submit': 'Renouveler la clé',
  'refkeys.rotate.unlockFirst':
    'Déverrouillez votre clé (ci-dessus) pour renouveler la clé de l’organisation.',
  'refkeys.rotate.afterRevoke':
    'Renouvelez maintenant la clé de l’organisation (ci-dessous), pour que {name} ne puisse pas lire les futurs référencements avec une copie conservée.',
  'refkeys.rotate.done':
    'La clé de l’organisation a été renouvelée (nouvelle empreinte {fingerprint}). Déverrouillez de nouveau votre clé pour continuer.',
  'refkeys.how.title': 'Comment fonctionnent les clés de référencement',
  'refkeys.how.device':
    'Votre clé est créée sur votre appareil ; votre phrase secrète et votre clé privée ne le quittent jamais. Le serveur ne conserve que ce qu’il ne peut pas lire.',
  'refkeys.how.org':
    'La clé de votre organisation ouvre les référencements qu’elle envoie et reçoit. Chaque détenteur en a une copie verrouillée par sa propre clé ; seul un détenteur peut la confier.',
  'refkeys.how.fingerprints':
    'Une empreinte est un court résumé d’une clé publique. Comparez les empreintes par un autre canal pour vous assurer que personne n’a substitué une clé.',
  'refkeys.how.limit':
    'Qui contrôle le serveur pourrait modifier l’application web elle-même : pour le travail le plus sensible, utilisez aussi l’outil en ligne de commande.',
  'errors.reason.referral.no-receiver-key':
    'Cette organisation n’a pas encore de clé de référencement : elle ne peut pas recevoir de référencement chiffré. Son point focal la configure sur la page Clés de référencement ; choisissez une autre organisation ou contactez-la.',
  'errors.reason.referral.focal-point-required':
    'Seul un point focal partenaire de votre organisation retire l’accès à la clé de l’organisation.',
  'refkeys.rotate.required':
    'Un membre qui détenait cette clé est parti, a perdu son rôle de référencement, a été désactivé ou a vu sa copie révoquée. Aucun référencement ne peut être envoyé depuis ou vers {organisation} tant qu’un point focal détenteur de la clé ne l’a pas renouvelée.',
  'errors.code.referral.rotation_required':
    'Votre organisation doit renouveler sa clé de référencement avant d’envoyer : un membre qui la détenait est parti ou a perdu l’accès. Un point focal la renouvelle sur la page Clés de référencement.',
  'errors.code.referral.receiver_rotation_required':
    'L’organisation destinataire doit renouveler sa clé de référencement avant de recevoir des référencements (un membre qui la détenait est parti). Réessayez plus tard ou contactez son point focal.',
  'refkeys.recover.title': 'J’ai le code de récupération',
  'refkeys.recover.intro':
    'Si personne parmi les détenteurs de la clé de votre organisation ne peut vous la transmettre (départ, phrase secrète perdue), saisissez le code de récupération imprimé lors de la création ou du dernier renouvellement de la clé. Il est vérifié sur cet appareil et jamais envoyé.',
  'refkeys.recover.code': 'Code de récupération',
  'refkeys.recover.submit': 'Récupérer la clé',
  'refkeys.recover.working': 'Vérification du code sur cet appareil…',
  'refkeys.recover.empty': 'Saisissez le code de récupération.',
  'refkeys.recover.done':
    'Récupérée : vous détenez maintenant la clé de votre organisation (empreinte {fingerprint}).',
  'refkeys.recover.doneRotate':
    'Récupérée : vous détenez maintenant la clé de votre organisation (empreinte {fingerprint}). Un membre qui la détenait est parti : déverrouillez votre clé, puis renouvelez la clé de l’organisation ci-dessous.',
  'refkeys.recover.wrongCode':
    'Ce code n’ouvre pas la clé actuelle de votre organisation. Vérifiez-le : un code imprimé avant le dernier renouvellement ne fonctionne plus. Rien n’a été modifié.',
  'refkeys.recover.mismatch':
    'La copie de récupération ne correspond pas à la clé actuelle de votre organisation ni à son historique. Rien n’a été modifié : prévenez les points focaux de votre organisation.',
  'errors.code.referral.holder_required':
    'Seule une personne qui détient la clé actuelle de votre organisation peut la renouveler : demandez à un détenteur de vous la transmettre, ou récupérez-la avec le code imprimé. Rien n’a été modifié.',
  'errors.code.referral.focal_point_required':
    'Seul un point focal partenaire de l’organisation peut faire cela.',
  'errors.code.referral.recovery_proof_failed':
    'La preuve de récupération est fausse ou a expiré. Rien n’a été modifié : recommencez la récupération.',
  'errors.code.referral.already_holder':
    'Vous détenez déjà la clé actuelle de votre organisation : il n’y a rien à récupérer.',
  'errors.code.referral.no_recovery_copy':
    'Il n’existe pas de copie de récupération de la clé actuelle de votre organisation.',
  'errors.code.referral.recovery_key_changed':
    'La clé de votre organisation a changé pendant la récupération. Recommencez avec le code de récupération le plus récent.',
  'errors.code.referral.no_user_key': 'Créez d’abord votre propre clé de référencement.',
};
