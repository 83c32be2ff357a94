import { idNumberProblem, normalizeIdNumber } from '../id-number.js';
import { idNumberFieldProblem } from '../id-number.messages.js';
import { normalizeMobile } from '../phone.js';
import { LaborCapacity, WorkerCategory } from '../worker-enums.js';
import { CATEGORY_LABELS, headerOf, LABOR_CAPACITY_LABELS, type LedgerColumnKey, TEMPLATE_EXAMPLE_ID_NUMBER } from './ledger-columns.js';
import type { RawLedgerRow } from './ledger-reader.js';

/** A row-level problem. `column` is the Chinese header; the message never repeats an ID number or a phone number. */
export interface LedgerError {
  row: number;
  column: string;
  message: string;
}

/** A row that passed every check, normalised and ready to register. */
export interface LedgerRecord {
  row: number;
  name: string;
  idNumber: string;
  phone: string | null;
  hukouRegionCode: string;
  householdNo: string | null;
  categories: WorkerCategory[];
  laborCapacity: LaborCapacity;
  skills: string[];
  laborBrand: string | null;
  willingToMigrate: boolean;
  preferredRegionCodes: string[];
  expectedMonthlyWage: number | null;
}

/** What row validation needs to know about regions and the importer, supplied by the service. */
export interface LedgerRowChecks {
  /** Null when workers of this county may be imported by this caller, else why not (in Chinese). */
  countyProblem: (code: string) => string | null;
  isKnownRegion: (code: string) => boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

const LIST_SEPARATORS = /[、,，;；/|\s]+/;
const SKILL_SEPARATORS = /[、,，;；/|]+/;
export const MAX_WAGE = 1_000_000;

/**
 * Repeats what the user typed only when it cannot be personal data: short and without a long run of digits
 * (an ID number or phone typed into the wrong column must never come back in an error).
 */
export function quote(text: string): string {
  return text.length <= 20 && !/\d{7,}/.test(text) ? `“${text}”` : '';
}

function fold(text: string): string {
  return text.normalize('NFKC').trim();
}

export function parseName(text: string | undefined): Parsed<string> {
  const name = fold(text ?? '').replace(/\s+/g, ' ');
  if (!name) return fail('必填');
  if (name.length > 50) return fail('不能超过 50 个字');
  if (/\d{7,}/.test(name)) return fail('姓名中不应含有长串数字（是否填错了列？）');
  return ok(name);
}

export function parseIdNumber(text: string | undefined, storedAsNumber = false): Parsed<string> {
  if (!text) return fail('必填');
  const id = normalizeIdNumber(text.replace(/^'/, ''));
  if (storedAsNumber && /^\d+$/.test(id)) return fail('单元格是数字格式，Excel 已丢失后几位：请把本列设为“文本”后重新录入');
  const problem = idNumberProblem(id);
  if (problem) return fail(idNumberFieldProblem('idNumber', problem).text.zh);
  if (id === TEMPLATE_EXAMPLE_ID_NUMBER) return fail('这是导入模板的示例行，请删除后再导入');
  return ok(id);
}

export function parsePhone(text: string | undefined): Parsed<string | null> {
  if (!text) return ok(null);
  const phone = normalizeMobile(text);
  return phone ? ok(phone) : fail('不是有效的大陆手机号：应为 13-19 开头的 11 位数字');
}

export function parseRegionCode(text: string | undefined): Parsed<string> {
  const code = fold(text ?? '');
  if (!code) return fail('必填');
  if (!/^\d{6}$/.test(code)) return fail(`${quote(code)}不是 6 位行政区划代码`);
  return ok(code);
}

const CATEGORY_BY_LABEL = new Map<string, WorkerCategory>([
  ['脱贫人口', WorkerCategory.POVERTY_ALLEVIATED],
  ['脱贫户', WorkerCategory.POVERTY_ALLEVIATED],
  ['脱贫劳动力', WorkerCategory.POVERTY_ALLEVIATED],
  ['监测对象', WorkerCategory.MONITORING_TARGET],
  ['防返贫监测对象', WorkerCategory.MONITORING_TARGET],
  ['监测户', WorkerCategory.MONITORING_TARGET],
  ['农村低保', WorkerCategory.LOW_INCOME_ALLOWANCE],
  ['低保', WorkerCategory.LOW_INCOME_ALLOWANCE],
  ['低保户', WorkerCategory.LOW_INCOME_ALLOWANCE],
  ['农村特困', WorkerCategory.EXTREME_HARDSHIP],
  ['特困', WorkerCategory.EXTREME_HARDSHIP],
  ['特困供养', WorkerCategory.EXTREME_HARDSHIP],
  ['易地搬迁', WorkerCategory.RELOCATED],
  ['易地扶贫搬迁', WorkerCategory.RELOCATED],
  ['搬迁户', WorkerCategory.RELOCATED],
  ...Object.values(WorkerCategory).map((c) => [c.toLowerCase(), c] as [string, WorkerCategory]),
]);

export function parseCategories(text: string | undefined): Parsed<WorkerCategory[]> {
  const labels = fold(text ?? '')
    .split(LIST_SEPARATORS)
    .filter(Boolean);
  if (labels.length === 0) return fail(`必填，至少一项：${CATEGORY_LABELS.join('、')}`);
  const unknown = labels.filter((l) => !CATEGORY_BY_LABEL.has(l.toLowerCase()));
  if (unknown.length) return fail(`无法识别的人员类别${unknown.map(quote).join('')}，可选：${CATEGORY_LABELS.join('、')}`);
  return ok([...new Set(labels.map((l) => CATEGORY_BY_LABEL.get(l.toLowerCase())!))]);
}

const CAPACITY_BY_LABEL = new Map<string, LaborCapacity>([
  ['全劳力', LaborCapacity.FULL],
  ['全劳动力', LaborCapacity.FULL],
  ['弱劳力', LaborCapacity.WEAK],
  ['弱劳动力', LaborCapacity.WEAK],
  ['半劳力', LaborCapacity.HALF],
  ['半劳动力', LaborCapacity.HALF],
  ...Object.values(LaborCapacity).map((c) => [c.toLowerCase(), c] as [string, LaborCapacity]),
]);

export function parseLaborCapacity(text: string | undefined): Parsed<LaborCapacity> {
  const label = fold(text ?? '').replace(/\s+/g, '');
  if (!label) return fail(`必填：${LABOR_CAPACITY_LABELS.join('、')}`);
  const capacity = CAPACITY_BY_LABEL.get(label.toLowerCase());
  return capacity ? ok(capacity) : fail(`无法识别的劳动能力${quote(label)}，可选：${LABOR_CAPACITY_LABELS.join('、')}`);
}

export function parseSkills(text: string | undefined): Parsed<string[]> {
  const skills = [
    ...new Set(
      fold(text ?? '')
        .split(SKILL_SEPARATORS)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (skills.some((s) => s.length > 40)) return fail('每项技能不能超过 40 个字（多项请用顿号分隔）');
  if (skills.length > 30) return fail('技能最多 30 项');
  return ok(skills);
}

export function parseLaborBrand(text: string | undefined): Parsed<string | null> {
  const brand = fold(text ?? '');
  if (brand.length > 40) return fail('不能超过 40 个字');
  return ok(brand || null);
}

const YES = new Set(['是', '愿意', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '不愿意', 'n', 'no', 'false', '0', '×']);

export function parseYesNo(text: string | undefined): Parsed<boolean> {
  const value = fold(text ?? '').toLowerCase();
  if (!value) return ok(false);
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return fail(`应填“是”或“否”${quote(value) ? `，不能是${quote(value)}` : ''}`);
}

export function parseRegionList(text: string | undefined, isKnownRegion: (code: string) => boolean): Parsed<string[]> {
  const codes = [
    ...new Set(
      fold(text ?? '')
        .split(LIST_SEPARATORS)
        .filter(Boolean),
    ),
  ];
  const malformed = codes.filter((c) => !/^\d{6}$/.test(c));
  if (malformed.length) return fail(`${malformed.map(quote).join('')}不是 6 位行政区划代码（多个代码用顿号分隔）`);
  const unknown = codes.filter((c) => !isKnownRegion(c));
  if (unknown.length) return fail(`${unknown.join('、')} 不是已知的行政区划代码`);
  return ok(codes);
}

export function parseWage(text: string | undefined): Parsed<number | null> {
  const raw = fold(text ?? '')
    .replace(/[,，\s]/g, '')
    .replace(/元(\/月)?$/, '');
  if (!raw) return ok(null);
  if (!/^\d+(\.0+)?$/.test(raw)) return fail(`应为整数（元）${quote(raw) ? `，不能是${quote(raw)}` : ''}`);
  const wage = Number.parseInt(raw, 10);
  if (wage > MAX_WAGE) return fail(`不能超过 ${MAX_WAGE} 元`);
  return ok(wage);
}

export function parseHouseholdNo(text: string | undefined): Parsed<string | null> {
  const value = fold(text ?? '');
  if (value.length > 64) return fail('不能超过 64 个字符');
  return ok(value || null);
}

/** Checks every column of one row; a row is importable only when it has no error at all. */
export function validateLedgerRow(raw: RawLedgerRow, checks: LedgerRowChecks): { record: LedgerRecord | null; errors: LedgerError[] } {
  const errors: LedgerError[] = [];
  const c = raw.cells;
  function take<T>(key: LedgerColumnKey, parsed: Parsed<T>): T {
    if (!parsed.ok) errors.push({ row: raw.row, column: headerOf(key), message: parsed.message });
    return (parsed.ok ? parsed.value : undefined) as T;
  }
  const name = take('name', parseName(c.name));
  const idNumber = take('idNumber', parseIdNumber(c.idNumber, raw.idNumberIsNumeric));
  const phone = take('phone', parsePhone(c.phone));
  let hukouRegionCode = take('hukouRegionCode', parseRegionCode(c.hukouRegionCode));
  if (hukouRegionCode) {
    const problem = checks.countyProblem(hukouRegionCode);
    if (problem) hukouRegionCode = take('hukouRegionCode', fail<string>(problem));
  }
  const record: LedgerRecord = {
    row: raw.row,
    name,
    idNumber,
    phone,
    hukouRegionCode,
    householdNo: take('householdNo', parseHouseholdNo(c.householdNo)),
    categories: take('categories', parseCategories(c.categories)),
    laborCapacity: take('laborCapacity', parseLaborCapacity(c.laborCapacity)),
    skills: take('skills', parseSkills(c.skills)),
    laborBrand: take('laborBrand', parseLaborBrand(c.laborBrand)),
    willingToMigrate: take('willingToMigrate', parseYesNo(c.willingToMigrate)),
    preferredRegionCodes: take('preferredRegionCodes', parseRegionList(c.preferredRegionCodes, checks.isKnownRegion)),
    expectedMonthlyWage: take('expectedMonthlyWage', parseWage(c.expectedMonthlyWage)),
  };
  return errors.length ? { record: null, errors } : { record, errors };
}
