import type { organisationsEn } from './en';

/** Mensagens em português da página de organizações. */
export const organisationsPt: Record<keyof typeof organisationsEn, string> = {
  'orgs.readOnly':
    'Só a coordenação do cluster e os administradores adicionam ou alteram organizações. Contacte-os se algo aqui estiver errado.',
  'orgs.manageIntro':
    'Adicione as organizações que participam na resposta, mantenha os seus dados corretos e desative as que saem. A desativação mantém os seus registos; os seus membros deixam de agir por elas.',
  'orgs.add': 'Adicionar uma organização',
  'orgs.edit': 'Editar',
  'orgs.editOf': 'Editar {name}',
  'orgs.deactivate': 'Desativar',
  'orgs.deactivateOf': 'Desativar {name}',
  'orgs.reactivate': 'Reativar',
  'orgs.reactivateOf': 'Reativar {name}',
  'orgs.member': 'Membro do cluster',
  'orgs.notMember': 'Não é membro do cluster',
  'orgs.col.focalPoints': 'Pontos focais',
  'orgs.col.referralKey': 'Chave de referenciação',
  'orgs.col.actions': 'Ações',
  'orgs.noFocalPoint': 'Nenhum ainda',
  'orgs.focalRole.partner-focal-point': 'ponto focal',
  'orgs.focalRole.cluster-coordinator': 'coordenação',
  'orgs.noKey': 'Sem chave: não pode receber referenciações',
  'orgs.keySince': 'desde {date}',
  'orgs.form.addTitle': 'Adicionar uma organização',
  'orgs.form.editTitle': 'Editar {name}',
  'orgs.form.name': 'Nome',
  'orgs.form.nameHint': 'O nome completo, como a organização o escreve.',
  'orgs.form.acronym': 'Sigla',
  'orgs.form.acronymHint':
    "Nome curto usado no Steward e nas referenciações, p. ex. IRC ou AMODEFA. Letras e algarismos, com - . & / ' entre eles; sem espaços.",
  'orgs.form.type': 'Tipo',
  'orgs.form.typeHint':
    'Os papéis do cluster (coordenação, gestão de informação) só existem na organização líder e co-líder.',
  'orgs.form.member': 'Membro do cluster',
  'orgs.form.memberHint': 'Desmarque para organizações que partilham dados com o cluster sem serem membros.',
  'orgs.form.save': 'Guardar',
  'orgs.form.create': 'Adicionar a organização',
  'orgs.form.cancel': 'Cancelar',
  'orgs.form.fixErrors': 'Corrija os campos assinalados abaixo.',
  'orgs.form.nameRequired': 'Escreva o nome (no máximo 200 caracteres).',
  'orgs.form.acronymRequired': 'Escreva uma sigla (no máximo 30 caracteres).',
  'orgs.form.acronymFormat': "Use letras e algarismos, apenas com - . & / ' entre eles; sem espaços.",
  'orgs.form.acronymTaken': 'Outra organização já usa a sigla {acronym}. Escolha outra.',
  'orgs.form.typeLocked':
    'Esta organização tem papéis do cluster, por isso continua líder ou co-líder. Mude primeiro esses papéis.',
  'orgs.added': '{acronym} foi adicionada.',
  'orgs.saved': '{acronym} foi guardada.',
  'orgs.deactivated': '{acronym} foi desativada.',
  'orgs.reactivated': '{acronym} foi reativada.',
  'orgs.confirm.deactivateTitle': 'Desativar {acronym}?',
  'orgs.confirm.deactivateBody':
    'Os seus membros deixam de agir por {acronym}: passam para as suas outras organizações e os tokens de API de {acronym} deixam de funcionar. As entradas do registo, acordos e histórico de auditoria são mantidos. Pode reativá-la mais tarde.',
  'orgs.confirm.reactivateTitle': 'Reativar {acronym}?',
  'orgs.confirm.reactivateBody':
    'Os seus membros voltam a agir por {acronym} e os seus tokens de API voltam a funcionar.',
  'errors.reason.acronym-taken': 'Outra organização já usa esta sigla.',
  'errors.reason.cluster-roles-held':
    'Esta organização tem papéis do cluster, por isso continua líder ou co-líder.',
  'errors.reason.own-organisation': 'Não pode desativar a organização pela qual age.',
  'errors.reason.last-coordinator-organisation':
    'Esta organização tem o último coordenador ativo do cluster: nomeie primeiro um coordenador noutra organização.',
  'can.readAudit': 'Consultar o registo de auditoria da sua organização',
};
