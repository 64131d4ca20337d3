// A field is quoted when it must be (a comma, a quote, a line break), or when spreadsheet
// programs would otherwise trim its spaces at either end.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records as RFC 4180 writes them: comma-separated, quoted where needed, each ended by CRLF. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(formatCsvField).join(',')}\r\n`).join('');
}
