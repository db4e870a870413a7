/** Portuguese messages of the cluster catalogue page (PPI = Protocolo de Partilha de Informação). */
import type { PluralMessage } from '../../../i18n/format';
import type { catalogueEn } from './en';

type Messages = {
  readonly [K in keyof typeof catalogueEn]: (typeof catalogueEn)[K] extends string ? string : PluralMessage;
};

export const cataloguePt: Messages = {
  'nav.catalogue': 'Catálogo do cluster',
  'module.catalogue.description':
    'Encontre os dados que as outras organizações membros descrevem para o cluster, veja o que o PPI permite à sua organização e peça-os.',
  'cat.title': 'Catálogo do cluster',
  'cat.intro':
    'Os dados que as organizações membros descrevem para o cluster. Aqui só se mostra a descrição: os dados ficam com o proprietário, que decide cada pedido; o Protocolo de Partilha de Informação (PPI) diz o que pode ser partilhado com a sua organização.',
  'cat.hiddenNote':
    'Não se listam as entradas que o PPI nunca deixa sair do proprietário nem as que não são partilhadas com o cluster.',
  'cat.noIsp':
    'Ainda não há nenhum PPI aprovado, por isso nada pode ser partilhado: só se listam as entradas da sua organização.',
  'cat.filter.search': 'Pesquisar nos títulos',
  'cat.filter.owner': 'Proprietário',
  'cat.filter.dataType': 'Tipo de dados',
  'cat.filter.level': 'Nível de agregação',
  'cat.filter.sensitivity': 'Sensibilidade',
  'cat.filter.requestable': 'Só as entradas que posso pedir',
  'cat.filter.all': 'Todos',
  'cat.filter.clear': 'Limpar os filtros',
  'cat.count': { one: '{count} entrada', many: '{count} de entradas', other: '{count} entradas' },
  'cat.caption': 'Entradas do catálogo do cluster',
  'cat.col.title': 'Título',
  'cat.col.owner': 'Proprietário',
  'cat.col.dataType': 'Tipo de dados',
  'cat.col.level': 'Nível de agregação',
  'cat.col.sensitivity': 'Sensibilidade',
  'cat.col.allowed': 'O que o PPI permite à sua organização',
  'cat.col.action': 'Ação',
  'cat.access.own': 'Entrada da sua organização',
  'cat.access.on-request': 'Partilhável com a sua organização mediante pedido aprovado',
  'cat.access.agreement': 'Partilhável só ao abrigo de um acordo de partilha de dados',
  'cat.why': 'A razão do PPI',
  'cat.agreementInForce': 'A sua organização recebe-a ao abrigo de {reference} até {date}.',
  'cat.request': 'Pedir',
  'cat.requestLabel': 'Pedir {title}',
  'cat.requestTitle': 'Pedir «{title}»',
  'cat.close': 'Fechar',
  'cat.sentNext': 'Acompanhe o seu pedido em Pedidos e acordos → Os seus pedidos.',
  'cat.empty': 'Nenhuma entrada corresponde a estes filtros.',
  'cat.emptyAll': 'Nenhuma organização membro descreve ainda dados para o cluster.',
  'cat.pages': 'Páginas do catálogo',
  'cat.page': 'Página {page} de {pages}',
  'cat.previous': 'Página anterior',
  'cat.next': 'Página seguinte',
};
