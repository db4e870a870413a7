/**
 * The content type of a stored file, from the server's own look at its bytes (issue 7 §8): never
 * the Content-Type the uploader sent, which a browser could be tricked into trusting. Signatures
 * first (PDF, ZIP-based Office files, images, archives); text types only when the bytes are valid
 * UTF-8 without NUL bytes; everything else is application/octet-stream.
 */
import { readZipDirectory } from '@steward/core/sdc/io/index';

export const OCTET_STREAM = 'application/octet-stream';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly { sig: readonly number[]; at?: number; type: string }[] = [
  { sig: ascii('%PDF-'), type: 'application/pdf' },
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: 'image/png' },
  { sig: [0xff, 0xd8, 0xff], type: 'image/jpeg' },
  { sig: ascii('GIF87a'), type: 'image/gif' },
  { sig: ascii('GIF89a'), type: 'image/gif' },
  { sig: [0x1f, 0x8b], type: 'application/gzip' },
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], type: 'application/x-ole-storage' },
];

const OOXML: readonly { part: string; type: string }[] = [
  { part: 'xl/workbook.xml', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  {
    part: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    part: 'ppt/presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
];

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The type the server gives the file, from its bytes (and, for text, its name's extension). */
export function detectContentType(name: string, bytes: Uint8Array): string {
  for (const s of SIGNATURES) if (startsWith(bytes, s.sig, s.at)) return s.type;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const dir = readZipDirectory(bytes);
    if (typeof dir !== 'string') for (const o of OOXML) if (dir.has(o.part)) return o.type;
    return 'application/zip';
  }
  if (bytes.length > 0 && isUtf8Text(bytes)) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.csv')) return 'text/csv; charset=utf-8';
    if (lower.endsWith('.tsv')) return 'text/tab-separated-values; charset=utf-8';
    if (lower.endsWith('.json')) return 'application/json';
    // Never text/html, image/svg+xml or other types a browser would run: plain text.
    return 'text/plain; charset=utf-8';
  }
  return OCTET_STREAM;
}
