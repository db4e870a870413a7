/** Parts shared by the chart and the map: download buttons and the suppression legend. */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { SUPPRESSED_MARKER } from './chart-data';
import { saveCsv, savePng, saveSvg, saveXlsx } from './downloads';
import type { EChartsInstance } from './use-echarts';

export function FigureDownloads({
  chart,
  rows,
  fileName,
  label,
}: {
  chart: EChartsInstance | null;
  /** Header row then one row per figure (suppressed cells carry the marker and a note). */
  rows: () => string[][];
  fileName: string;
  /** What the buttons download, for screen readers (the figure's title). */
  label: string;
}) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const run = (job: () => void | Promise<void>) => async () => {
    setFailed(false);
    try {
      await job();
    } catch {
      setFailed(true);
    }
  };
  const svg = () => {
    if (!chart) throw new Error('not drawn');
    return chart.renderToSVGString();
  };
  return (
    <div className="figure-downloads" role="group" aria-label={t.t('chart.downloads', { title: label })}>
      <span className="figure-downloads-label" aria-hidden="true">
        {t.t('chart.download')}
      </span>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={!chart}
        onClick={run(() => savePng(svg(), chart!.getWidth(), chart!.getHeight(), fileName))}
      >
        PNG
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={!chart}
        onClick={run(() => saveSvg(svg(), fileName))}
      >
        SVG
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={run(() => saveCsv(rows(), fileName))}
      >
        CSV
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={run(() => saveXlsx(rows(), fileName))}
      >
        XLSX
      </button>
      {failed ? (
        <span role="alert" className="figure-error">
          {t.t('chart.downloadFailed')}
        </span>
      ) : null}
    </div>
  );
}

/** "x" in a table cell: the marker, with the reason for screen readers and on hover. */
export function SuppressedMark({ note }: { note: string }) {
  return (
    <span className="figure-suppressed" title={note}>
      <span aria-hidden="true">{SUPPRESSED_MARKER}</span>
      <span className="visually-hidden">{note}</span>
    </span>
  );
}
