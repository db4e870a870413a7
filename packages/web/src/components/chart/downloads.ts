/**
 * Downloads of a chart or map: CSV and XLSX of its figures (suppressed cells carry the marker and
 * a note), SVG as drawn, PNG by painting that SVG on a canvas. Browser only.
 */
import { writeCsvRows } from '@steward/core/sdc/io/csv';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveCsv(rows: readonly (readonly string[])[], fileName: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (accents, Arabic names).
  saveBlob(new Blob(['\uFEFF', writeCsvRows(rows)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

export async function saveXlsx(rows: readonly (readonly string[])[], fileName: string): Promise<void> {
  const [{ writeXlsx }, { categoricalFromStrings, datasetFromColumns }] = await Promise.all([
    import('@steward/core/sdc/io/xlsx'),
    import('@steward/core/sdc/dataset'),
  ]);
  const header = rows[0] ?? [];
  const body = rows.slice(1);
  const columns = header.map((name, j) =>
    categoricalFromStrings(
      name,
      body.map((r) => r[j] ?? ''),
    ),
  );
  const bytes = writeXlsx(datasetFromColumns(columns), { sheetName: 'figures' });
  saveBlob(
    new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `${fileName}.xlsx`,
  );
}

export function saveSvg(svg: string, fileName: string): void {
  saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`);
}

/** Paints the SVG on a white canvas at twice its size and saves it as PNG. */
export async function savePng(svg: string, width: number, height: number, fileName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The image could not be drawn.'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be saved.');
    saveBlob(blob, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
