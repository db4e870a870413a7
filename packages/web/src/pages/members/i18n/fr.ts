import type { membersEn } from './en';

/** French messages of the members page (spread into `src/i18n/fr.ts`). */
export const membersFr: { readonly [K in keyof typeof membersEn]: string } = {
  'nav.members': 'Membres et rôles',
  'module.members.description':
    'Donnez accès à votre organisation et modifiez les rôles, dans le respect des règles d’attribution des rôles.',
  'members.title': 'Membres et rôles',
  'members.heading': 'Membres et rôles de {organisation}',
  'members.intro':
    'Donnez accès à votre organisation et modifiez les rôles. Vous pouvez attribuer un rôle jusqu’au vôtre ; les rôles du cluster n’existent que dans les organisations cheffe de file et co-cheffe de file.',
  'members.noOrganisation': 'Choisissez d’abord l’organisation pour laquelle vous agissez.',
  'members.loadFailed': 'Les membres n’ont pas pu être chargés. {reason}',
  'members.caption': 'Membres de l’organisation et leurs rôles',
  'members.col.name': 'Nom',
  'members.col.email': 'E-mail',
  'members.col.role': 'Rôle',
  'members.col.actions': 'Actions',
  'members.roleOf': 'Rôle de {name}',
  'members.save': 'Changer le rôle',
  'members.remove': 'Retirer',
  'members.you': '(vous)',
  'members.changed': 'Le rôle de {name} est maintenant {role}.',
  'members.removed': '{name} n’est plus membre.',
  'members.removeTitle': 'Retirer {name} ?',
  'members.removeText':
    '{name} ({email}) n’agira plus pour cette organisation. Son compte reste ; vous pourrez l’ajouter de nouveau plus tard.',
  'members.removeConfirm': 'Retirer le membre',
  'members.add.heading': 'Ajouter une personne',
  'members.add.email': 'Adresse e-mail de son compte Steward',
  'members.add.role': 'Rôle',
  'members.add.submit': 'Ajouter',
  'members.added': '{email} est maintenant membre.',
};
