import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField } from './format.ts';
import { CsvSyntaxError, guessDelimiter, parseCsv } from './parse.ts';

describe('parseCsv', () => {
  it.each([
    ['plain fields, LF', 'a,b\n1,2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['CRLF and no final line break', 'a,b\r\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['empty fields', 'a,,c\n,,\n', [[1, ['a', '', 'c']], [2, ['', '', '']]]],
    ['quoted delimiter and doubled quotes', 'x,"a, ""b"""\n', [[1, ['x', 'a, "b"']]]],
    ['a line break inside quotes: the next record keeps its own line number', '"one\r\ntwo",x\r\nnext,y\r\n', [[1, ['one\r\ntwo', 'x']], [3, ['next', 'y']]]],
    ['blank lines are skipped, an empty quoted field is not', 'a\n\n""\n\n', [[1, ['a']], [3, ['']]]],
    ['semicolons', 'a;"b;c"\n', [[1, ['a', 'b;c']]]],
  ])('%s', (_case, text, expected) => {
    const delimiter = guessDelimiter(text);
    expect(parseCsv(text, delimiter).map((record) => [record.line, record.fields])).toEqual(expected);
  });

  it.each([
    ['a quote in an unquoted field', 'a,b"c\n', 1, 'stray_quote'],
    ['text after a closing quote', 'a\n"b"c,d\n', 2, 'stray_quote'],
    ['a quote never closed, reported where it opened', 'a\nb,"c\nd\n', 2, 'unclosed_quote'],
  ])('refuses %s', (_case, text, line, problem) => {
    let thrown: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    expect(thrown).toMatchObject({ line, problem });
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['date,Runs\n', ','],
    ['date;Runs\n1;2,5\n', ';'],
    ['date;"Runs, weekly",x\n', ','],
    ['', ','],
  ])('%j → %s', (text, expected) => expect(guessDelimiter(text)).toBe(expected));
});

describe('formatCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j → %s', (value, expected) => expect(formatCsvField(value)).toBe(expected));

  it('ends every record with CRLF and reads back to the same fields', () => {
    const records = [['date', 'text'], ['2026-03-01', 'Rain, "heavy"\nbut I ran']];
    const text = formatCsv(records);
    expect(text).toBe('date,text\r\n2026-03-01,"Rain, ""heavy""\nbut I ran"\r\n');
    expect(parseCsv(text).map((record) => record.fields)).toEqual(records);
  });
});
