/** Characters that make a spreadsheet treat a cell as a formula (and tab / CR, which some do too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF, with quotes doubled.
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`) gets a
 * leading `'` so it opens as text: applicants write these fields, companies open the export.
 *
 * @example
 * ```ts
 * csvCell('=1+1');          // "'=1+1"
 * csvCell('Hello, "you"');  // '"Hello, ""you"""'
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
