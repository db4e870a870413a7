import type { componentsEn } from './en';

type Messages = { readonly [K in keyof typeof componentsEn]: string };

/** Mensagens em português dos componentes partilhados. */
export const componentsPt: Messages = {
  'ui.table.empty': 'Nada a mostrar.',
  'ui.table.sortBy': 'Ordenar por {column}',
  'ui.table.sortedAscending': 'ordem crescente',
  'ui.table.sortedDescending': 'ordem decrescente',
  'ui.table.page': 'Página {page} de {pages}',
  'ui.table.rows': 'Linhas {from}–{to} de {total}',
  'ui.table.previous': 'Página anterior',
  'ui.table.next': 'Página seguinte',
  'ui.table.paging': 'Páginas da tabela',
  'ui.dialog.close': 'Fechar',
  'ui.dialog.cancel': 'Cancelar',
  'ui.progress.done': '{percent} concluído',
  'ui.download.working': 'A preparar a transferência…',
  'ui.download.failed': 'A transferência não começou: {reason}',
  'ui.download.refused':
    'O protocolo de partilha de informação não lhe permite esta transferência, por isso nenhum ficheiro foi enviado.',
  'errors.reason.no-file-approved':
    'Nenhum ficheiro estava anexado a esta entrada quando o acordo foi aprovado: peça ao fornecedor que anexe um e aprove o pedido de novo.',
  'errors.reason.file-unavailable':
    'O ficheiro aprovado já não está disponível: o fornecedor eliminou-o ou está em quarentena.',
  'errors.reason.endorse-not-in-consultation':
    'Os membros subscrevem uma versão apenas enquanto está em consulta: envie primeiro o rascunho para consulta.',
};
