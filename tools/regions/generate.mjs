// Regenerates src/main/resources/region/regions.tsv.gz from the npm package idn-area-data.
//
//   cd tools/regions && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
//   node generate.mjs package/data ../../src/main/resources/region/regions.tsv.gz
//
// One line per area: the code in canonical form (digits, no dots: province 2, regency 4, district 6,
// village 10), a tab, the official name. The level and the parent follow from the code's length.
// gzip writes no timestamp here, so the same package gives the same file byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dataDir, target] = process.argv.slice(2);
if (!dataDir || !target) {
  console.error('usage: node generate.mjs <idn-area-data data folder> <output .tsv.gz>');
  process.exit(2);
}

// RFC 4180 rows: quoted fields may hold commas and doubled quotes (e.g. "Soka""an").
function rows(text) {
  const out = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') out.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); out.push(row); }
  return out;
}

const lengths = { provinces: 2, regencies: 4, districts: 6, villages: 10 };
const lines = [];
for (const [file, length] of Object.entries(lengths)) {
  const [header, ...data] = rows(readFileSync(join(dataDir, `${file}.csv`), 'utf8'));
  const codeAt = header.indexOf('code'), nameAt = header.indexOf('name');
  for (const row of data) {
    const code = row[codeAt].replaceAll('.', '');
    const name = row[nameAt].trim();
    if (code.length !== length || !/^\d+$/.test(code) || name === '' || /[\t\n]/.test(name)) {
      throw new Error(`${file}: unexpected row ${JSON.stringify(row)}`);
    }
    lines.push(`${code}\t${name}`);
  }
}
lines.sort();
writeFileSync(target, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${lines.length} areas written to ${target}`);
