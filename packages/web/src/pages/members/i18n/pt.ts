import type { membersEn } from './en';

/** Portuguese messages of the members page (spread into `src/i18n/pt.ts`). */
export const membersPt: { readonly [K in keyof typeof membersEn]: string } = {
  'nav.members': 'Membros e funções',
  'module.members.description':
    'Dê acesso à sua organização e altere as funções das pessoas, dentro das regras de atribuição de funções.',
  'members.title': 'Membros e funções',
  'members.heading': 'Membros e funções de {organisation}',
  'members.intro':
    'Dê acesso à sua organização e altere as funções das pessoas. Pode atribuir uma função até à sua; as funções do cluster só existem nas organizações líder e colíder do cluster.',
  'members.noOrganisation': 'Escolha primeiro a organização em nome da qual atua.',
  'members.loadFailed': 'Não foi possível carregar os membros. {reason}',
  'members.caption': 'Membros da organização e as suas funções',
  'members.col.name': 'Nome',
  'members.col.email': 'E-mail',
  'members.col.role': 'Função',
  'members.col.actions': 'Ações',
  'members.roleOf': 'Função de {name}',
  'members.save': 'Alterar a função',
  'members.remove': 'Remover',
  'members.you': '(você)',
  'members.changed': 'A função de {name} é agora {role}.',
  'members.removed': '{name} já não é membro.',
  'members.removeTitle': 'Remover {name}?',
  'members.removeText':
    '{name} ({email}) deixará de agir por esta organização. A conta mantém-se; pode voltar a adicioná-lo mais tarde.',
  'members.removeConfirm': 'Remover o membro',
  'members.add.heading': 'Adicionar uma pessoa',
  'members.add.email': 'Endereço de e-mail da sua conta Steward',
  'members.add.role': 'Função',
  'members.add.submit': 'Adicionar',
  'members.added': '{email} é agora membro.',
};
