/**
 * A small, deliberately plain RFC 4180 writer and reader for the tests (sharing no code with src/):
 * the writer quotes a field holding the delimiter, a quote, CR or LF (or every field, when asked) and
 * doubles its quotes; the reader is what a spreadsheet does when it opens such a file.
 */
export interface Dialect {
  delimiter: ';' | ',' | '\t';
  eol: '\r\n' | '\n';
  /** Quote every field, not only those that need it (RFC 4180 allows both). */
  quoteAll?: boolean;
}

export function writeField(field: string, d: Dialect): string {
  const needs = d.quoteAll || field.includes(d.delimiter) || /["\r\n]/.test(field);
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

export function writeRecord(record: readonly string[], d: Dialect): string {
  return record.map((f) => writeField(f, d)).join(d.delimiter);
}

/**
 * RFC 4180 reading of a whole text (no BOM): a field is quoted when its first character is a quote;
 * inside quotes `""` is one quote and delimiters and line breaks are text. Records end at CRLF or LF.
 */
export function readRfc4180(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (atFieldStart && ch === '"') {
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || record.length > 0 || !atFieldStart) {
    record.push(field);
    records.push(record);
  }
  return records;
}
