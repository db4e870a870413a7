import type { PluralMessage } from '../../../i18n/format';
import type { tokensEn } from './tokens-en';

/** Messages français de la page des jetons d’API personnels. */
export const tokensFr: {
  readonly [K in keyof typeof tokensEn]: (typeof tokensEn)[K] extends string ? string : PluralMessage;
} = {
  'tokens.title': 'Jetons d’API personnels',
  'tokens.heading': 'Jetons d’API personnels',
  'tokens.intro':
    'Un jeton permet à un script ou à la ligne de commande d’agir en votre nom, pour une organisation, jusqu’à son expiration ou sa révocation. Traitez-le comme un mot de passe.',
  'tokens.backToAccount': 'Retour à votre compte',
  'tokens.linkFromAccount': 'Jetons d’API personnels',
  'tokens.create': 'Créer un jeton',
  'tokens.name': 'Nom',
  'tokens.nameHint': 'À quoi il sert, par ex. « envoi hebdomadaire du 5W ».',
  'tokens.organisation': 'Organisation',
  'tokens.organisationHint':
    'Le jeton agit pour cette organisation seulement, avec votre rôle dans celle-ci.',
  'tokens.expiry': 'Expire après',
  'tokens.expiryDays': { one: '{count} jour', many: '{count} jours', other: '{count} jours' },
  'tokens.nameRequired': 'Nommez le jeton (100 caractères au plus).',
  'tokens.createdHeading': 'Votre nouveau jeton',
  'tokens.createdWarning':
    'Copiez-le maintenant : il n’est affiché qu’une fois. Steward n’en garde qu’une empreinte et ne peut plus le montrer.',
  'tokens.value': 'Valeur du jeton',
  'tokens.copy': 'Copier',
  'tokens.copied': 'Copié.',
  'tokens.copyFailed': 'La copie a échoué : sélectionnez la valeur et copiez-la vous-même.',
  'tokens.usage': 'Envoyez-le dans l’en-tête Authorization, par exemple :',
  'tokens.done': 'Je l’ai enregistré',
  'tokens.listHeading': 'Vos jetons',
  'tokens.caption': 'Vos jetons d’API personnels',
  'tokens.empty': 'Vous n’avez pas encore de jeton.',
  'tokens.col.name': 'Nom',
  'tokens.col.organisation': 'Organisation',
  'tokens.col.created': 'Créé le',
  'tokens.col.lastUsed': 'Dernière utilisation',
  'tokens.col.expires': 'Expire le',
  'tokens.col.status': 'État',
  'tokens.col.actions': 'Actions',
  'tokens.never': 'Jamais',
  'tokens.noExpiry': 'Sans expiration',
  'tokens.status.active': 'Actif',
  'tokens.status.expired': 'Expiré',
  'tokens.status.revoked': 'Révoqué',
  'tokens.revoke': 'Révoquer',
  'tokens.revokeOf': 'Révoquer {name}',
  'tokens.confirmTitle': 'Révoquer le jeton « {name} » ?',
  'tokens.confirmBody':
    'Les scripts qui l’utilisent cessent aussitôt de fonctionner. C’est définitif ; créez un nouveau jeton si besoin.',
  'tokens.revoked': 'Le jeton « {name} » a été révoqué.',
  'tokens.loadFailed': 'Vos jetons n’ont pas pu être chargés. {reason}',
};
