// CSV export that is safe to open in a spreadsheet: RFC 4180 quoting and a guard against
// formula injection. Used by the reference API's applications export and the Node example's
// gig export; companies open these files, and other people wrote what is in them.
/**
 * Characters that make a spreadsheet run a cell as a formula when it opens the file: `=`, `+`,
 * `-`, `@`, and tab or carriage return, which some spreadsheets treat the same way.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value: text is guarded and quoted as needed, numbers are written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula gets a leading `'`,
 * so it opens as text: gig titles, company names and everything an applicant writes come from
 * other people, and a value such as `=HYPERLINK("http://evil.example")` must not become a live
 * link in whoever opens the export. Numbers are not guarded, so a negative number stays a number. A field holding a
 * comma, a quote, a line break or surrounding spaces is quoted, with quotes doubled.
 *
 * @example
 * ```ts
 * csvField('Copy, edit');  // '"Copy, edit"'
 * csvField('=1+1');        // "'=1+1"
 * csvField(-5);            // '-5'
 * ```
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record: its fields by {@link csvField}, comma-separated, ended by CRLF.
 *
 * @example
 * ```ts
 * csvRow(['a', 'b,c', null]); // 'a,"b,c",\r\n'
 * ```
 */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A whole CSV document: a header row, then one row per record, each line ended by CRLF as
 * RFC 4180 asks (spreadsheets on every platform read it).
 *
 * @example
 * ```ts
 * toCsv(['title', 'hours'], [['Recipe copy edit', 6]]); // "title,hours\r\nRecipe copy edit,6\r\n"
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvRow).join('');
}
