/** One record of a CSV file and the line it starts on (the header is line 1), so that a person can find it. */
export type CsvRecord = { line: number; fields: string[] };

/** Why a file is not CSV: a quoted field never closed, or a quote where RFC 4180 allows none. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: 'unclosed_quote' | 'stray_quote',
  ) {
    super(`${problem} on line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The delimiter of a file: a comma, as RFC 4180 says, unless the header holds semicolons and no
 * comma, as spreadsheets set to a language with a decimal comma (Latvian among them) write.
 */
export function guessDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/**
 * Reads CSV as RFC 4180 defines it: fields in double quotes may hold the delimiter, line breaks
 * and doubled quotes; records end with CRLF or LF, the last one optionally. Blank lines are
 * skipped. A malformed file is refused with the line of the fault rather than read wrongly.
 */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let isQuoted = false;
  let hasClosedQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endRecord = () => {
    fields.push(field);
    const isBlank = fields.length === 1 && field === '' && !hasClosedQuote;
    if (!isBlank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    hasClosedQuote = false;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (isQuoted) {
      if (char === '"' && next === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        isQuoted = false;
        hasClosedQuote = true;
      } else {
        if (char === '\n' || (char === '\r' && next !== '\n')) line += 1;
        field += char;
      }
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      hasClosedQuote = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && next === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char === '"' && field === '' && !hasClosedQuote) {
      isQuoted = true;
      quoteLine = line;
    } else if (char === '"' || hasClosedQuote) {
      // A quote inside an unquoted field, or text after a closing quote: RFC 4180 allows neither.
      throw new CsvSyntaxError(line, 'stray_quote');
    } else {
      field += char;
    }
  }
  if (isQuoted) throw new CsvSyntaxError(quoteLine, 'unclosed_quote');
  if (field !== '' || fields.length > 0 || hasClosedQuote) endRecord();
  return records;
}
