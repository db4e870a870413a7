/**
 * Generates, as a stream (never the whole text in memory), an XLSX whose one worksheet inflates
 * to `inflatedBytes` of repeated rows: the zip bomb of issue 7 §2, for tests.
 */
import { crc32 as zlibCrc32, createDeflateRaw } from 'node:zlib';
import { deflateZip } from './deflate-zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function deflateGenerated(
  total: number,
  head: string,
  unit: string,
  tail: string,
): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  const write = async (s: string) => {
    const b = Buffer.from(s, 'utf8');
    size += b.length;
    crc = zlibCrc32(b, crc);
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  };
  await write(head);
  const block = unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length)));
  while (size + block.length + tail.length < total) await write(block);
  await write(tail);
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** An XLSX (header `a`, then the same row over and over) whose sheet part inflates to about `inflatedBytes`. */
export async function zipBombXlsx(inflatedBytes: number, options: { lieAboutSize?: boolean } = {}) {
  const sheet = await deflateGenerated(
    inflatedBytes,
    `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>a</t></is></c></row>`,
    '<row><c><v>1</v></c></row>',
    '</sheetData></worksheet>',
  );
  // The other parts, from the ordinary fixture builder; then the bomb appended as one more entry.
  const base = deflateZip({
    'xl/workbook.xml': `<workbook xmlns="${MAIN}"><sheets><sheet name="data" sheetId="1"/></sheets></workbook>`,
  });
  return appendEntry(base, 'xl/worksheets/sheet1.xml', sheet, options.lieAboutSize ?? false);
}

function appendEntry(
  zip: Uint8Array,
  name: string,
  entry: { data: Buffer; size: number; crc: number },
  lie: boolean,
): Uint8Array {
  const buf = Buffer.from(zip);
  const eocd = buf.length - 22;
  const cdOffset = buf.readUInt32LE(eocd + 16);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const count = buf.readUInt16LE(eocd + 10);
  const locals = buf.subarray(0, cdOffset);
  const central = buf.subarray(cdOffset, cdOffset + cdSize);
  const nameBytes = Buffer.from(name, 'utf8');
  const declared = lie ? entry.data.length : entry.size;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(entry.crc >>> 0, 14);
  local.writeUInt32LE(entry.data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(entry.crc >>> 0, 16);
  cd.writeUInt32LE(entry.data.length, 20);
  cd.writeUInt32LE(declared, 24);
  cd.writeUInt16LE(nameBytes.length, 28);
  cd.writeUInt32LE(cdOffset, 42);
  const newCentral = Buffer.concat([central, cd, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  end.writeUInt32LE(newCentral.length, 12);
  end.writeUInt32LE(cdOffset + 30 + nameBytes.length + entry.data.length, 16);
  return new Uint8Array(Buffer.concat([locals, local, nameBytes, entry.data, newCentral, end]));
}
