/** English messages of the shared charts and maps (spread into `src/i18n/en.ts`). */
export const figuresEn = {
  'chart.download': 'Download',
  'chart.downloads': 'Downloads of {title}',
  'chart.downloadFailed': 'The file could not be made. Try again.',
  'chart.suppressedLegend': 'Suppressed (x)',
  'chart.suppressedCell': 'x, {reason}',
  'chart.reason.primary': 'suppressed: fewer people than the small-cell threshold ({rule})',
  'chart.reason.secondary': 'suppressed: would let another suppressed cell be worked out',
  'chart.noData': 'No data',
  'chart.empty': 'No figures to show for this selection.',
  'chart.drawingLabel': 'Chart: {title}. The figures are in the table below.',
  'chart.loading': 'Drawing the chart…',
  'chart.loadFailed': 'The chart could not be drawn. The figures are in the table below.',
  'chart.table': 'Table of the figures',
  'chart.suppressedNote': {
    one: 'x marks a figure suppressed to protect small numbers (not drawn, never 0): {cells}.',
    other: 'x marks {count} figures suppressed to protect small numbers (not drawn, never 0): {cells}.',
  },
  'map.drawingLabel': 'Map: {title}. The figures are in the table below.',
  'map.loading': 'Drawing the map…',
  'map.loadFailed': 'The map could not be drawn. The figures are in the table below.',
  'map.area': 'Area',
  'map.pcode': 'P-code',
  'map.noData': 'No data',
  'map.suppressed': 'Suppressed (hatched)',
  'map.points': 'Places',
  'map.attribution':
    'Boundaries: OCHA, Common Operational Datasets (via HDX); geoBoundaries (Runfola et al. 2020), CC BY 3.0 IGO. Boundaries and names do not imply official endorsement or acceptance.',
  'map.unmatched': {
    one: 'Not on the map (no boundary for this p-code): {areas}.',
    other: 'Not on the map ({count} p-codes without a boundary): {areas}.',
  },
} as const;
