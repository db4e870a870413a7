import type { organisationsEn } from './en';

/** Messages français de la page des organisations. */
export const organisationsFr: Record<keyof typeof organisationsEn, string> = {
  'orgs.readOnly':
    'Seuls les coordinateurs du cluster et les administrateurs ajoutent ou modifient des organisations. Adressez-vous à eux si quelque chose est inexact.',
  'orgs.manageIntro':
    'Ajoutez les organisations qui participent à la réponse, tenez leurs informations à jour et désactivez celles qui partent. La désactivation conserve leurs données ; leurs membres n’agissent plus pour elles.',
  'orgs.add': 'Ajouter une organisation',
  'orgs.edit': 'Modifier',
  'orgs.editOf': 'Modifier {name}',
  'orgs.deactivate': 'Désactiver',
  'orgs.deactivateOf': 'Désactiver {name}',
  'orgs.reactivate': 'Réactiver',
  'orgs.reactivateOf': 'Réactiver {name}',
  'orgs.member': 'Membre du cluster',
  'orgs.notMember': 'Non membre du cluster',
  'orgs.col.focalPoints': 'Points focaux',
  'orgs.col.referralKey': 'Clé de référencement',
  'orgs.col.actions': 'Actions',
  'orgs.noFocalPoint': 'Aucun pour l’instant',
  'orgs.focalRole.partner-focal-point': 'point focal',
  'orgs.focalRole.cluster-coordinator': 'coordination',
  'orgs.noKey': 'Pas de clé : ne peut pas recevoir de référencements',
  'orgs.keySince': 'depuis le {date}',
  'orgs.form.addTitle': 'Ajouter une organisation',
  'orgs.form.editTitle': 'Modifier {name}',
  'orgs.form.name': 'Nom',
  'orgs.form.nameHint': 'Le nom complet, tel que l’organisation l’écrit.',
  'orgs.form.acronym': 'Sigle',
  'orgs.form.acronymHint':
    "Nom court utilisé dans Steward et dans les référencements, par ex. IRC ou AMODEFA. Lettres et chiffres, avec - . & / ' entre eux ; pas d’espaces.",
  'orgs.form.type': 'Type',
  'orgs.form.typeHint':
    'Les rôles du cluster (coordination, gestion de l’information) n’existent que dans l’organisation chef de file et co-chef de file.',
  'orgs.form.member': 'Membre du cluster',
  'orgs.form.memberHint':
    'Décochez pour les organisations qui partagent des données avec le cluster sans en être membres.',
  'orgs.form.save': 'Enregistrer',
  'orgs.form.create': 'Ajouter l’organisation',
  'orgs.form.cancel': 'Annuler',
  'orgs.form.fixErrors': 'Corrigez les champs signalés ci-dessous.',
  'orgs.form.nameRequired': 'Saisissez le nom (200 caractères au plus).',
  'orgs.form.acronymRequired': 'Saisissez un sigle (30 caractères au plus).',
  'orgs.form.acronymFormat':
    "Utilisez des lettres et des chiffres, avec seulement - . & / ' entre eux ; pas d’espaces.",
  'orgs.form.acronymTaken': 'Une autre organisation utilise déjà le sigle {acronym}. Choisissez-en un autre.',
  'orgs.form.typeLocked':
    'Cette organisation détient des rôles du cluster : elle reste chef de file ou co-chef de file. Déplacez d’abord ces rôles.',
  'orgs.added': '{acronym} a été ajoutée.',
  'orgs.saved': '{acronym} a été enregistrée.',
  'orgs.deactivated': '{acronym} a été désactivée.',
  'orgs.reactivated': '{acronym} a été réactivée.',
  'orgs.confirm.deactivateTitle': 'Désactiver {acronym} ?',
  'orgs.confirm.deactivateBody':
    'Ses membres n’agiront plus pour {acronym} : ils passent à leurs autres organisations et les jetons d’API pour {acronym} cessent de fonctionner. Ses entrées du registre, accords et historique d’audit sont conservés. Vous pourrez la réactiver plus tard.',
  'orgs.confirm.reactivateTitle': 'Réactiver {acronym} ?',
  'orgs.confirm.reactivateBody':
    'Ses membres agiront de nouveau pour {acronym} et ses jetons d’API fonctionneront de nouveau.',
  'errors.reason.acronym-taken': 'Une autre organisation utilise déjà ce sigle.',
  'errors.reason.cluster-roles-held':
    'Cette organisation détient des rôles du cluster : elle reste chef de file ou co-chef de file.',
  'errors.reason.own-organisation':
    'Vous ne pouvez pas désactiver l’organisation pour laquelle vous agissez.',
  'errors.reason.last-coordinator-organisation':
    'Cette organisation compte le dernier coordinateur actif du cluster : nommez d’abord un coordinateur ailleurs.',
  'can.readAudit': 'Consulter le journal d’audit de votre organisation',
};
