// Builds the hostile inputs too large to keep in the repository (test/fixtures/hostile/README.md lists them all).
// `npx tsx scripts/gen-hostile.ts [folder]` writes them to test/output/hostile/ or the folder given; the table
// test in test/hostile/ calls writeLargeInputs() itself. `--small` rewrites the small binary fixtures instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const header = '"format":"flowwright.process","schemaVersion":1';

/** A map whose extensions hold lists nested `depth` deep: 100,000 overflows any recursive reader. */
export function deepJsonFlow(depth = 100_000): string {
  return `{${header},"id":"deep","nodes":[],"flows":[],"extensions":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** `depth` sub-processes each inside the one before, each with a start and end event and a flow through it. */
export function deepSubProcessFlow(depth = 5_000): string {
  const nodes: object[] = [
    { id: 'start', type: 'startEvent' },
    { id: 'end', type: 'endEvent' },
  ];
  const flows: object[] = [
    { id: 'in', source: 'start', target: 'sub0' },
    { id: 'out', source: 'sub0', target: 'end' },
  ];
  for (let i = 0; i < depth; i++) {
    const parent = i > 0 ? { parent: `sub${i - 1}` } : {};
    nodes.push({ id: `sub${i}`, type: 'subProcess', name: `Level ${i + 1}`, ...parent });
    nodes.push(
      { id: `s${i}`, type: 'startEvent', parent: `sub${i}` },
      { id: `e${i}`, type: 'endEvent', parent: `sub${i}` },
    );
    const inner = i + 1 < depth ? `sub${i + 1}` : `e${i}`;
    flows.push({ id: `a${i}`, source: `s${i}`, target: inner });
    if (i + 1 < depth) flows.push({ id: `b${i}`, source: inner, target: `e${i}` });
  }
  return JSON.stringify({ format: 'flowwright.process', schemaVersion: 1, id: 'deep-sub', nodes, flows });
}

/** start → task 1 → … → task n → end with no positions at all (as a diagram-less import would give). */
export function taskChainFlow(tasks = 5_000): string {
  const ids = ['start', ...Array.from({ length: tasks }, (_, i) => `t${i + 1}`), 'end'];
  const nodes = ids.map((id, i) => ({
    id,
    type: i === 0 ? 'startEvent' : i === ids.length - 1 ? 'endEvent' : 'task',
    name: id,
    ...(i > 0 && i < ids.length - 1 && { sim: { duration: { type: 'fixed', value: 60 } } }),
  }));
  const flows = ids.slice(1).map((id, i) => ({ id: `f${i + 1}`, source: ids[i], target: id }));
  return JSON.stringify({ format: 'flowwright.process', schemaVersion: 1, id: 'chain', nodes, flows });
}

/** One node more than restore() opens. */
export function tooManyNodesFlow(count = 20_001): string {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, type: 'task' }));
  return JSON.stringify({ format: 'flowwright.process', schemaVersion: 1, id: 'many', nodes, flows: [] });
}

/** A valid small map padded with a description to more characters than restore() opens. */
export function oversizedFlow(chars = 20_000_100): string {
  return `{${header},"id":"big","nodes":[],"flows":[],"description":"${'x'.repeat(chars)}"}`;
}

/** Case records in JSON whose one value nests `depth` lists deep. */
export function deepRecordsJson(depth = 100_000): string {
  return `[{"id":1,"note":${'['.repeat(depth)}${']'.repeat(depth)}}]`;
}

interface ZipPart {
  name: string;
  data: Uint8Array;
  /** What the central directory claims; the true size when absent. */
  declaredSize?: number;
}

/** A ZIP archive of deflated parts (no ZIP64), written by hand so that its directory can lie when asked. */
export function zipArchive(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data, { level: 9 });
    const sizes = [crc32(part.data), packed.length, part.declaredSize ?? part.data.length];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    sizes.forEach((value, i) => local.writeUInt32LE(value, 14 + 4 * i));
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    sizes.forEach((value, i) => central.writeUInt32LE(value, 16 + 4 * i));
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const size = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...directory, end]));
}

const text = (value: string) => new TextEncoder().encode(value);
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const sheetNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around the given sheet XML. */
function workbookParts(sheet: Uint8Array, declaredSize?: number): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        `${xmlHead}<workbook xmlns="${sheetNs}" xmlns:r="${relNs}"><sheets><sheet name="Records" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize },
  ];
}

const smallSheet = text(
  `${xmlHead}<worksheet xmlns="${sheetNs}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`,
);

/** A small workbook whose directory claims its sheet unpacks to 4 GB: refused on the claim alone. */
export function declaredBombXlsx(): Uint8Array {
  return zipArchive(workbookParts(smallSheet, 0xfffffffe));
}

/** A real ZIP bomb: a sheet of `megabytes` MB of blanks that packs to about a thousandth of that. */
export function xlsxBomb(megabytes = 150): Uint8Array {
  const open = text(`${xmlHead}<worksheet xmlns="${sheetNs}"><sheetData>`);
  const close = text('</sheetData></worksheet>');
  const sheet = new Uint8Array(megabytes * 1_000_000);
  sheet.fill(0x20);
  sheet.set(open, 0);
  sheet.set(close, sheet.length - close.length);
  return zipArchive(workbookParts(sheet));
}

/** The large inputs by file name, each built only when written. */
export const largeInputs: Record<string, () => string | Uint8Array> = {
  'deep-json.flow.json': () => deepJsonFlow(),
  'deep-subprocesses.flow.json': () => deepSubProcessFlow(),
  'chain-5000.flow.json': () => taskChainFlow(),
  'too-many-nodes.flow.json': () => tooManyNodesFlow(),
  'oversized.flow.json': () => oversizedFlow(),
  'deep-records.json': () => deepRecordsJson(),
  'bomb-150mb.xlsx': () => xlsxBomb(),
};

/** Writes the large inputs named (all by default) into `folder`, created if needed, and returns the folder. */
export function writeLargeInputs(folder = 'test/output/hostile', names = Object.keys(largeInputs)): string {
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(join(folder, name), largeInputs[name]());
  return folder;
}

/** Rewrites the small binary fixtures kept in test/fixtures/hostile/. */
export function writeSmallInputs(folder = 'test/fixtures/hostile'): void {
  writeFileSync(join(folder, 'declared-4gb.xlsx'), declaredBombXlsx());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [first] = process.argv.slice(2);
  if (first === '--small') writeSmallInputs();
  else console.log(`wrote the large hostile inputs to ${writeLargeInputs(first)}`);
}
