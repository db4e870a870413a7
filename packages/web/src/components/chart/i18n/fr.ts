import type { PluralMessage } from '../../../i18n/format';
import type { figuresEn } from './en';

type Messages = {
  readonly [K in keyof typeof figuresEn]: (typeof figuresEn)[K] extends string ? string : PluralMessage;
};

/** Messages français des graphiques et cartes partagés. */
export const figuresFr: Messages = {
  'chart.download': 'Télécharger',
  'chart.downloads': 'Téléchargements de {title}',
  'chart.downloadFailed': 'Le fichier n’a pas pu être créé. Réessayez.',
  'chart.suppressedLegend': 'Masqué (x)',
  'chart.suppressedCell': 'x, {reason}',
  'chart.reason.primary': 'masqué : moins de personnes que le seuil des petits effectifs ({rule})',
  'chart.reason.secondary': 'masqué : permettrait de retrouver une autre valeur masquée',
  'chart.noData': 'Pas de données',
  'chart.empty': 'Aucun chiffre à afficher pour cette sélection.',
  'chart.drawingLabel': 'Graphique : {title}. Les chiffres sont dans le tableau ci-dessous.',
  'chart.loading': 'Dessin du graphique…',
  'chart.loadFailed': 'Le graphique n’a pas pu être dessiné. Les chiffres sont dans le tableau ci-dessous.',
  'chart.table': 'Tableau des chiffres',
  'chart.suppressedNote': {
    one: 'x signale un chiffre masqué pour protéger les petits effectifs (non dessiné, jamais 0) : {cells}.',
    many: 'x signale {count} chiffres masqués pour protéger les petits effectifs (non dessinés, jamais 0) : {cells}.',
    other:
      'x signale {count} chiffres masqués pour protéger les petits effectifs (non dessinés, jamais 0) : {cells}.',
  },
  'map.drawingLabel': 'Carte : {title}. Les chiffres sont dans le tableau ci-dessous.',
  'map.loading': 'Dessin de la carte…',
  'map.loadFailed': 'La carte n’a pas pu être dessinée. Les chiffres sont dans le tableau ci-dessous.',
  'map.area': 'Zone',
  'map.pcode': 'P-code',
  'map.noData': 'Pas de données',
  'map.suppressed': 'Masqué (hachuré)',
  'map.points': 'Lieux',
  'map.attribution':
    'Limites : OCHA, Common Operational Datasets (via HDX) ; geoBoundaries (Runfola et al. 2020), CC BY 3.0 IGO. Les limites et les noms n’impliquent ni reconnaissance ni acceptation officielles.',
  'map.unmatched': {
    one: 'Absent de la carte (pas de limite pour ce p-code) : {areas}.',
    many: 'Absents de la carte ({count} p-codes sans limite) : {areas}.',
    other: 'Absents de la carte ({count} p-codes sans limite) : {areas}.',
  },
};
