// From the records of a CSV file to the metric check-ins they stand for, checked before anything
// is sent: the header must name only columns this goal knows, and each row must read cleanly.
import type { Metric, NewCheckIn } from '../api/types.ts';
import type { FieldError } from '../api/problems.ts';
import type { CsvRecord } from '../csv/parse.ts';
import { CliError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';

type FixedRole = 'date' | 'confidence' | 'note';
type Column = { role: FixedRole; index: number; title: string } | { role: 'metric'; index: number; title: string; metric: Metric };

/** A row ready to send, and where each part of it came from, to name the column of a refusal. */
export type ImportRow = {
  line: number;
  body: NewCheckIn;
  titles: Partial<Record<FixedRole, string>>;
  /** The column and metric of each entry of body.values, in the same order. */
  valueColumns: { title: string; metric: Metric }[];
};

/** What is wrong with one row: its line in the file, the column when there is one, and why. */
export type RowProblem = { line: number; field?: string; message: string };

export type ImportPlan = { rows: ImportRow[]; problems: RowProblem[] };

const FIXED_ROLES: readonly FixedRole[] = ['date', 'confidence', 'note'];
/** The column a field of the API's check-in comes from. */
const COLUMN_OF_FIELD: Record<string, FixedRole> = { effectiveOn: 'date', confidence: 'confidence', text: 'note' };
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Column names match metric names whatever their case, and however the letters ā, ņ... are encoded. */
const comparable = (text: string) => text.normalize('NFC').trim().toLowerCase();

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function matchColumn(t: Messages, title: string, index: number, metrics: Metric[]): Column | string {
  const key = comparable(title);
  const fixed = FIXED_ROLES.find((role) => role === key);
  if (fixed) return { index, title, role: fixed };
  const matches = metrics.filter((metric) => metric.id.toLowerCase() === key || comparable(metric.name) === key);
  const [metric] = matches;
  if (matches.length > 1) return t.importCheckIns.ambiguousColumn(title);
  return metric ? { index, title, role: 'metric', metric } : t.importCheckIns.unknownColumn(title);
}

/**
 * The columns of the header, or a refusal of the whole file naming every column that is not
 * understood: a misspelt metric would otherwise be dropped from every row without a word.
 */
function readColumns(t: Messages, header: string[], metrics: Metric[]): Column[] {
  const problems: string[] = [];
  const columns: Column[] = [];
  const titleByKey = new Map<string, string>();
  for (const [index, raw] of header.entries()) {
    const title = raw.trim();
    const column = title === '' ? t.importCheckIns.emptyColumn(index + 1) : matchColumn(t, title, index, metrics);
    if (typeof column === 'string') {
      problems.push(column);
      continue;
    }
    const key = column.role === 'metric' ? column.metric.id : column.role;
    const earlier = titleByKey.get(key);
    if (earlier !== undefined) {
      problems.push(t.importCheckIns.repeatedColumn(earlier, title));
      continue;
    }
    titleByKey.set(key, title);
    columns.push(column);
  }
  if (!titleByKey.has('date')) problems.push(t.importCheckIns.missingDateColumn);
  const hasMetric = columns.some((column) => column.role === 'metric');
  if (problems.length === 0 && !hasMetric) problems.push(t.importCheckIns.noMetricColumn);
  if (problems.length > 0) {
    const accepted =
      metrics.length > 0 ? t.importCheckIns.acceptedColumns([...FIXED_ROLES, ...metrics.map((metric) => metric.name)]) : t.importCheckIns.goalHasNoMetrics;
    throw new CliError(t.importCheckIns.headerRefused, [...problems, accepted]);
  }
  return columns;
}

function readRow(t: Messages, record: CsvRecord, columns: Column[], width: number): ImportRow | RowProblem[] {
  const { line } = record;
  if (record.fields.length !== width) return [{ line, message: t.importCheckIns.wrongFieldCount(record.fields.length, width) }];
  const problems: RowProblem[] = [];
  const values: { metricId: string; value: number }[] = [];
  const row: ImportRow = { line, body: { kind: 'metric', effectiveOn: '', values }, titles: {}, valueColumns: [] };
  for (const column of columns) {
    const cell = (record.fields[column.index] ?? '').trim();
    const refuse = (message: string) => problems.push({ line, field: column.title, message });
    if (column.role === 'metric') {
      if (cell === '') continue;
      if (!DECIMAL.test(cell) || !Number.isFinite(Number(cell))) {
        refuse(/^[+-]?\d+,\d+$/.test(cell) ? t.importCheckIns.decimalComma(cell) : t.importCheckIns.notANumber(cell));
        continue;
      }
      values.push({ metricId: column.metric.id, value: Number(cell) });
      row.valueColumns.push({ title: column.title, metric: column.metric });
      continue;
    }
    row.titles[column.role] = column.title;
    if (column.role === 'date') {
      if (cell === '') refuse(t.importCheckIns.dateMissing);
      else if (!isCalendarDate(cell)) refuse(t.importCheckIns.notADate(cell));
      else row.body.effectiveOn = cell;
    } else if (column.role === 'confidence' && cell !== '') {
      if (!/^\d{1,2}$/.test(cell) || Number(cell) > 10) refuse(t.importCheckIns.notAConfidence(cell));
      else row.body.confidence = Number(cell);
    } else if (column.role === 'note' && cell !== '') {
      // A line break inside a quoted note is the person's; CRLF or LF is the file's.
      row.body.text = cell.replace(/\r\n?/g, '\n');
    }
  }
  if (problems.length === 0 && row.valueColumns.length === 0) problems.push({ line, message: t.importCheckIns.noValues });
  return problems.length > 0 ? problems : row;
}

/** Every row after the header becomes either a check-in to send or the problems that keep it back. */
export function planImport(t: Messages, header: string[], records: CsvRecord[], metrics: Metric[]): ImportPlan {
  const columns = readColumns(t, header, metrics);
  const plan: ImportPlan = { rows: [], problems: [] };
  for (const record of records) {
    const read = readRow(t, record, columns, header.length);
    if (Array.isArray(read)) plan.problems.push(...read);
    else plan.rows.push(read);
  }
  return plan;
}

function describeServerError(t: Messages, error: FieldError, metric: Metric | undefined): string {
  switch (error.code) {
    case 'future_date':
      return t.importCheckIns.futureDate;
    case 'unknown_metric':
      return t.importCheckIns.unknownMetric;
    case 'duplicate_metric':
      return t.importCheckIns.duplicateMetric;
    case 'idempotency_key_reused':
      return t.importCheckIns.keyReused;
    case 'outside_scale': {
      const [min, max] = [metric?.min ?? null, metric?.max ?? null];
      return min === null || max === null ? error.message : t.importCheckIns.outsideScale(min, max);
    }
    default:
      return error.message;
  }
}

/** The server's refusal of a row, each field named by the column of the file it came from. */
export function describeRefusal(t: Messages, row: ImportRow, errors: FieldError[]): RowProblem[] {
  return errors.map((error) => {
    const valueIndex = /^values\.(\d+)(\.|$)/.exec(error.path)?.[1];
    const source = valueIndex === undefined ? undefined : row.valueColumns[Number(valueIndex)];
    const role = COLUMN_OF_FIELD[error.path];
    const fixedTitle = role === undefined ? undefined : row.titles[role];
    return { line: row.line, field: source?.title ?? fixedTitle ?? error.path, message: describeServerError(t, error, source?.metric) };
  });
}
