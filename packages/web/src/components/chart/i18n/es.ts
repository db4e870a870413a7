import type { PluralMessage } from '../../../i18n/format';
import type { figuresEn } from './en';

type Messages = {
  readonly [K in keyof typeof figuresEn]: (typeof figuresEn)[K] extends string ? string : PluralMessage;
};

/** Mensajes en español de los gráficos y mapas compartidos. */
export const figuresEs: Messages = {
  'chart.download': 'Descargar',
  'chart.downloads': 'Descargas de {title}',
  'chart.downloadFailed': 'No se pudo crear el archivo. Inténtelo de nuevo.',
  'chart.suppressedLegend': 'Suprimido (x)',
  'chart.suppressedCell': 'x, {reason}',
  'chart.reason.primary': 'suprimido: menos personas que el umbral de celdas pequeñas ({rule})',
  'chart.reason.secondary': 'suprimido: permitiría deducir otra cifra suprimida',
  'chart.noData': 'Sin datos',
  'chart.empty': 'No hay cifras que mostrar para esta selección.',
  'chart.drawingLabel': 'Gráfico: {title}. Las cifras están en la tabla de abajo.',
  'chart.loading': 'Dibujando el gráfico…',
  'chart.loadFailed': 'No se pudo dibujar el gráfico. Las cifras están en la tabla de abajo.',
  'chart.table': 'Tabla de las cifras',
  'chart.suppressedNote': {
    one: 'x marca una cifra suprimida para proteger números pequeños (no se dibuja, nunca 0): {cells}.',
    many: 'x marca {count} cifras suprimidas para proteger números pequeños (no se dibujan, nunca 0): {cells}.',
    other:
      'x marca {count} cifras suprimidas para proteger números pequeños (no se dibujan, nunca 0): {cells}.',
  },
  'map.drawingLabel': 'Mapa: {title}. Las cifras están en la tabla de abajo.',
  'map.loading': 'Dibujando el mapa…',
  'map.loadFailed': 'No se pudo dibujar el mapa. Las cifras están en la tabla de abajo.',
  'map.area': 'Zona',
  'map.pcode': 'Código P',
  'map.noData': 'Sin datos',
  'map.suppressed': 'Suprimido (rayado)',
  'map.points': 'Lugares',
  'map.attribution':
    'Límites: OCHA, Common Operational Datasets (vía HDX); geoBoundaries (Runfola et al. 2020), CC BY 3.0 IGO. Los límites y nombres no implican aprobación ni aceptación oficial.',
  'map.unmatched': {
    one: 'No aparece en el mapa (sin límite para este código P): {areas}.',
    many: 'No aparecen en el mapa ({count} códigos P sin límite): {areas}.',
    other: 'No aparecen en el mapa ({count} códigos P sin límite): {areas}.',
  },
};
