import type { publicationsEn } from './en';

type Messages = { readonly [K in keyof typeof publicationsEn]: string };

/** Mensagens em português das publicações. */
export const publicationsPt: Messages = {
  'nav.publications': 'Publicações',
  'module.publications.description':
    'Publicar painéis e tabelas para os membros do cluster ou o público como instantâneos fixos e verificados; retirar a qualquer momento.',
  'publications.title': 'Publicações',
  'publications.intro':
    'Uma publicação é um instantâneo fixo de valores aprovados. Antes de a divulgar, o Steward pergunta ao protocolo de partilha se esses valores podem ir para esse público e suprime os números pequenos; caso contrário recusa, indicando as células e a regra.',
  'publications.publish.title': 'Publicar uma tabela',
  'publications.publish.name': 'Título',
  'publications.publish.by': 'Desagregação',
  'publications.publish.audience': 'Destinatários',
  'publications.publish.help':
    '5W mensal (quadro 5w), pessoas alcançadas. A verificação repete-se em cada republicação.',
  'publications.publish.submit': 'Verificar e publicar',
  'publications.by.adm1-sex': 'Província × sexo',
  'publications.by.adm2-sex': 'Distrito × sexo',
  'publications.by.adm2-sex-age': 'Distrito × sexo × idade',
  'publications.publish.indicator': 'Indicador',
  'publications.publish.allIndicators': 'Todos os indicadores',
  'publications.by.adm1-month': 'Província × mês',
  'publications.by.adm1-age': 'Província × idade',
  'publications.audience.public': 'Público (qualquer pessoa com a ligação)',
  'publications.audience.cluster': 'Membros do cluster',
  'publications.audience.organisation': 'Uma organização indicada',
  'publications.refused.cells': 'Células recusadas: {cells} (regra {rule}).',
  'publications.published.title': 'Publicado: {title}',
  'publications.published.link': 'Ligação pública (mostrada uma só vez; copie-a agora):',
  'publications.checks.decision': 'Decisão do protocolo',
  'publications.checks.rule': 'Regra das células pequenas',
  'publications.checks.suppressed': 'Células suprimidas',
  'publications.checks.counts': '{primary} abaixo do limiar, {secondary} para as proteger',
  'publications.list.title': 'Publicações',
  'publications.list.empty': 'Ainda nada publicado.',
  'publications.col.title': 'Título',
  'publications.col.status': 'Estado',
  'publications.col.published': 'Publicado',
  'publications.col.files': 'Ficheiros',
  'publications.col.actions': 'Ações',
  'publications.status.published': 'Publicada',
  'publications.status.unpublished': 'Retirada',
  'publications.unpublish': 'Retirar',
  'publications.hdx': 'HXL (HDX)',
  'publications.public.title': 'Valores publicados',
  'publications.public.notFound': 'Esta ligação não leva a nenhuma publicação: pode ter sido retirada.',
  'publications.public.published': 'Publicado em {date} · versão {version}',
  'publications.public.help':
    'Os números pequenos são suprimidos para proteger as pessoas: um x assinala um valor suprimido, nunca 0.',
  'publications.public.files': 'Descarregar:',
};
