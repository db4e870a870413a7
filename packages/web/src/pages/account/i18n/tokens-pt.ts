import type { PluralMessage } from '../../../i18n/format';
import type { tokensEn } from './tokens-en';

/** Mensagens em português da página de tokens de API pessoais. */
export const tokensPt: {
  readonly [K in keyof typeof tokensEn]: (typeof tokensEn)[K] extends string ? string : PluralMessage;
} = {
  'tokens.title': 'Tokens de API pessoais',
  'tokens.heading': 'Tokens de API pessoais',
  'tokens.intro':
    'Um token permite que um script ou a linha de comandos aja em seu nome, para uma organização, até expirar ou ser revogado. Trate-o como uma palavra-passe.',
  'tokens.backToAccount': 'Voltar à sua conta',
  'tokens.linkFromAccount': 'Tokens de API pessoais',
  'tokens.create': 'Criar um token',
  'tokens.name': 'Nome',
  'tokens.nameHint': 'Para que serve, p. ex. «carregamento semanal do 5W».',
  'tokens.organisation': 'Organização',
  'tokens.organisationHint': 'O token age apenas por esta organização, com o seu papel nela.',
  'tokens.expiry': 'Expira após',
  'tokens.expiryDays': { one: '{count} dia', many: '{count} dias', other: '{count} dias' },
  'tokens.nameRequired': 'Dê um nome ao token (no máximo 100 caracteres).',
  'tokens.createdHeading': 'O seu novo token',
  'tokens.createdWarning':
    'Copie-o agora: só é mostrado esta vez. O Steward guarda apenas uma impressão digital e não o pode mostrar de novo.',
  'tokens.value': 'Valor do token',
  'tokens.copy': 'Copiar',
  'tokens.copied': 'Copiado.',
  'tokens.copyFailed': 'A cópia falhou: selecione o valor e copie-o manualmente.',
  'tokens.usage': 'Envie-o no cabeçalho Authorization, por exemplo:',
  'tokens.done': 'Já o guardei',
  'tokens.listHeading': 'Os seus tokens',
  'tokens.caption': 'Os seus tokens de API pessoais',
  'tokens.empty': 'Ainda não tem tokens.',
  'tokens.col.name': 'Nome',
  'tokens.col.organisation': 'Organização',
  'tokens.col.created': 'Criado',
  'tokens.col.lastUsed': 'Última utilização',
  'tokens.col.expires': 'Expira',
  'tokens.col.status': 'Estado',
  'tokens.col.actions': 'Ações',
  'tokens.never': 'Nunca',
  'tokens.noExpiry': 'Sem expiração',
  'tokens.status.active': 'Ativo',
  'tokens.status.expired': 'Expirado',
  'tokens.status.revoked': 'Revogado',
  'tokens.revoke': 'Revogar',
  'tokens.revokeOf': 'Revogar {name}',
  'tokens.confirmTitle': 'Revogar o token «{name}»?',
  'tokens.confirmBody':
    'Os scripts que o usam deixam de funcionar de imediato. Não pode ser anulado; crie um token novo se precisar.',
  'tokens.revoked': 'O token «{name}» foi revogado.',
  'tokens.loadFailed': 'Não foi possível carregar os seus tokens. {reason}',
};
