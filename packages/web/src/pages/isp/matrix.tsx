/**
 * The ISP matrix: data types (rows) × aggregation levels (columns). Each cell is coloured by the
 * sensitivity the ISP gives data without names or coordinates there, and names the sharing
 * approach; a dot marks cells where names, coordinates or consent change the answer. Cells are
 * buttons: activating one opens its rules.
 */
import type { Isp } from '@steward/core/isp/index';
import { AGGREGATION_LEVELS, DATA_TYPES, SHARING_APPROACHES } from '@steward/core/vocabulary/index';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { termLabel } from '../registry/shared';
import { buildMatrix } from './isp-logic';

export interface CellRef {
  readonly dataType: string;
  readonly level: string;
}

export function IspMatrix({
  isp,
  selected,
  onSelect,
  interactive = true,
}: {
  isp: Isp;
  selected?: CellRef | null;
  onSelect?: (cell: CellRef) => void;
  interactive?: boolean;
}) {
  const { t } = useI18n();
  const matrix = useMemo(() => buildMatrix(isp), [isp]);
  return (
    <div className="matrix-scroll">
      <table className="matrix" data-testid="isp-matrix">
        <caption className="visually-hidden">{t.t('isp.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t.t('isp.matrix.corner')}
            </th>
            {AGGREGATION_LEVELS.ids.map((level) => (
              <th key={level} scope="col">
                {t.tryT(`isp.levelShort.${level}`) ?? level}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={isp.dataTypes[i]}>
              <th scope="row">{termLabel(t, DATA_TYPES, isp.dataTypes[i] ?? '')}</th>
              {row.map((cell) => {
                const level = cell.winner?.sensitivity ?? 'none';
                const sharing = cell.winner
                  ? termLabel(t, SHARING_APPROACHES, cell.winner.sharing)
                  : t.t('isp.matrix.unclassified');
                const label = t.t('isp.matrix.cellLabel', {
                  dataType: termLabel(t, DATA_TYPES, cell.dataType),
                  level: termLabel(t, AGGREGATION_LEVELS, cell.level),
                  sensitivity: cell.winner
                    ? (t.tryT(`vocab.sensitivityLevel.${level}`) ?? level)
                    : t.t('isp.matrix.unclassified'),
                  sharing,
                });
                const isSelected = selected?.dataType === cell.dataType && selected.level === cell.level;
                const content = (
                  <>
                    <span className="cell-sharing">
                      {cell.winner
                        ? (t.tryT(`isp.sharingShort.${cell.winner.sharing}`) ?? cell.winner.sharing)
                        : '—'}
                    </span>
                    {cell.hasVariants && <span className="cell-variant" aria-hidden="true" />}
                  </>
                );
                return (
                  <td key={cell.level} className={`cell cell-${level}${isSelected ? ' cell-selected' : ''}`}>
                    {interactive ? (
                      <button
                        type="button"
                        className="cell-button"
                        aria-label={label}
                        aria-pressed={isSelected}
                        data-cell={`${cell.dataType}:${cell.level}`}
                        onClick={() => onSelect?.({ dataType: cell.dataType, level: cell.level })}
                      >
                        {content}
                      </button>
                    ) : (
                      <span className="cell-static" title={label}>
                        {content}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MatrixLegend() {
  const { t } = useI18n();
  return (
    <ul className="matrix-legend" aria-label={t.t('isp.matrix.legend')}>
      {(['low', 'moderate', 'high', 'severe', 'none'] as const).map((level) => (
        <li key={level}>
          <span className={`legend-swatch cell-${level}`} aria-hidden="true" />
          {level === 'none'
            ? t.t('isp.matrix.unclassified')
            : (t.tryT(`vocab.sensitivityLevel.${level}`) ?? level)}
        </li>
      ))}
      <li>
        <span className="legend-swatch legend-variant" aria-hidden="true">
          <span className="cell-variant" />
        </span>
        {t.t('isp.matrix.variants')}
      </li>
    </ul>
  );
}
