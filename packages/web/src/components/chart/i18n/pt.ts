import type { PluralMessage } from '../../../i18n/format';
import type { figuresEn } from './en';

type Messages = {
  readonly [K in keyof typeof figuresEn]: (typeof figuresEn)[K] extends string ? string : PluralMessage;
};

/** Mensagens em português dos gráficos e mapas partilhados. */
export const figuresPt: Messages = {
  'chart.download': 'Descarregar',
  'chart.downloads': 'Transferências de {title}',
  'chart.downloadFailed': 'Não foi possível criar o ficheiro. Tente novamente.',
  'chart.suppressedLegend': 'Suprimido (x)',
  'chart.suppressedCell': 'x, {reason}',
  'chart.reason.primary': 'suprimido: menos pessoas do que o limiar de células pequenas ({rule})',
  'chart.reason.secondary': 'suprimido: permitiria deduzir outro valor suprimido',
  'chart.noData': 'Sem dados',
  'chart.empty': 'Não há valores a mostrar para esta seleção.',
  'chart.drawingLabel': 'Gráfico: {title}. Os valores estão na tabela abaixo.',
  'chart.loading': 'A desenhar o gráfico…',
  'chart.loadFailed': 'Não foi possível desenhar o gráfico. Os valores estão na tabela abaixo.',
  'chart.table': 'Tabela dos valores',
  'chart.suppressedNote': {
    one: 'x assinala um valor suprimido para proteger números pequenos (não desenhado, nunca 0): {cells}.',
    many: 'x assinala {count} valores suprimidos para proteger números pequenos (não desenhados, nunca 0): {cells}.',
    other:
      'x assinala {count} valores suprimidos para proteger números pequenos (não desenhados, nunca 0): {cells}.',
  },
  'map.drawingLabel': 'Mapa: {title}. Os valores estão na tabela abaixo.',
  'map.loading': 'A desenhar o mapa…',
  'map.loadFailed': 'Não foi possível desenhar o mapa. Os valores estão na tabela abaixo.',
  'map.area': 'Área',
  'map.pcode': 'Código P',
  'map.noData': 'Sem dados',
  'map.suppressed': 'Suprimido (tracejado)',
  'map.points': 'Locais',
  'map.attribution':
    'Limites: OCHA, Common Operational Datasets (via HDX); geoBoundaries (Runfola et al. 2020), CC BY 3.0 IGO. Os limites e nomes não implicam aprovação ou aceitação oficial.',
  'map.unmatched': {
    one: 'Fora do mapa (sem limite para este código P): {areas}.',
    many: 'Fora do mapa ({count} códigos P sem limite): {areas}.',
    other: 'Fora do mapa ({count} códigos P sem limite): {areas}.',
  },
};
