import { LaborCapacity, WorkerCategory } from '../worker-enums.js';
import { idCheckCharacter } from '../id-number.js';
import type { RawLedgerRow } from './ledger-reader.js';
import {
  parseCategories,
  parseIdNumber,
  parseLaborCapacity,
  parsePhone,
  parseRegionList,
  parseWage,
  parseYesNo,
  quote,
  validateLedgerRow,
  type LedgerRowChecks,
} from './ledger-row.js';

const body = '52010219900307123';
const ID = body + idCheckCharacter(body);
const PHONE = '13912345678';

const checks: LedgerRowChecks = {
  countyProblem: (code) => (code === '520102' ? null : code === '520100' ? '不是区县级代码' : '不是已知的行政区划代码'),
  isKnownRegion: (code) => ['440000', '330100', '520102'].includes(code),
};

function row(cells: RawLedgerRow['cells'], extra: Partial<RawLedgerRow> = {}): RawLedgerRow {
  return { row: 7, cells: { name: '张三', idNumber: ID, hukouRegionCode: '520102', categories: '脱贫人口', laborCapacity: '全劳力', ...cells }, ...extra };
}

describe('ledger row validation', () => {
  it('normalises a good row: full-width digits, lower-case x, 顿号 lists, 是/否, wages with 元', () => {
    const { record, errors } = validateLedgerRow(
      row({
        idNumber: ` ${ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} `,
        phone: '+86 139-1234-5678',
        categories: '脱贫人口、易地搬迁，低保',
        skills: '电焊、 普工;电焊',
        willingToMigrate: '是',
        preferredRegionCodes: '440000、330100',
        expectedMonthlyWage: '4,500元',
        householdNo: ' NM-1 ',
      }),
      checks,
    );
    expect(errors).toEqual([]);
    expect(record).toEqual({
      row: 7,
      name: '张三',
      idNumber: ID,
      phone: PHONE,
      hukouRegionCode: '520102',
      householdNo: 'NM-1',
      categories: [WorkerCategory.POVERTY_ALLEVIATED, WorkerCategory.RELOCATED, WorkerCategory.LOW_INCOME_ALLOWANCE],
      laborCapacity: LaborCapacity.FULL,
      skills: ['电焊', '普工'],
      laborBrand: null,
      willingToMigrate: true,
      preferredRegionCodes: ['440000', '330100'],
      expectedMonthlyWage: 4500,
    });
  });

  it('reports every bad column of a row with its Chinese header, and never the ID number or phone', () => {
    const badId = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    const { record, errors } = validateLedgerRow(
      row({
        name: '',
        idNumber: badId,
        phone: '0851-8888',
        hukouRegionCode: '520100',
        categories: '贫困户',
        laborCapacity: '强劳力',
        willingToMigrate: '也许',
        expectedMonthlyWage: '四千',
      }),
      checks,
    );
    expect(record).toBeNull();
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [7, '姓名'],
      [7, '身份证号'],
      [7, '手机号'],
      [7, '户籍区县代码'],
      [7, '人员类别'],
      [7, '劳动能力'],
      [7, '是否愿意外出'],
      [7, '期望月薪'],
    ]);
    expect(errors[1].message).toContain('校验位');
    expect(JSON.stringify(errors)).not.toContain(badId);
    expect(JSON.stringify(errors)).not.toContain('8888');
  });

  it('names the reason an ID number is invalid', () => {
    const reasons = (text: string) => (parseIdNumber(text) as { message: string }).message;
    expect(reasons(ID.slice(0, 17))).toContain('18 位');
    expect(reasons('52010219900230123X')).toContain('出生日期');
    expect(reasons('5201021990030712A4')).toContain('只能含数字和末位的 X');
    expect(parseIdNumber(undefined)).toEqual({ ok: false, message: '必填' });
    expect(parseIdNumber(`'${ID}`)).toEqual({ ok: true, value: ID });
  });

  it('says when Excel stored the ID number as a number and lost digits', () => {
    expect(parseIdNumber('520102199003071000', true)).toMatchObject({ ok: false, message: expect.stringContaining('文本') });
  });

  it('refuses the template example row', () => {
    expect(parseIdNumber('11010519491231002X')).toMatchObject({ ok: false, message: expect.stringContaining('示例') });
  });

  it('accepts the five categories and their common names, rejects the rest, requires one', () => {
    expect(parseCategories('监测对象 农村特困;易地扶贫搬迁')).toEqual({
      ok: true,
      value: [WorkerCategory.MONITORING_TARGET, WorkerCategory.EXTREME_HARDSHIP, WorkerCategory.RELOCATED],
    });
    expect(parseCategories('POVERTY_ALLEVIATED')).toEqual({ ok: true, value: [WorkerCategory.POVERTY_ALLEVIATED] });
    expect(parseCategories('')).toMatchObject({ ok: false });
    expect(parseCategories('脱贫人口、五保户')).toMatchObject({ ok: false, message: expect.stringContaining('“五保户”') });
  });

  it('maps labour capacity labels', () => {
    expect(parseLaborCapacity('弱劳力')).toEqual({ ok: true, value: LaborCapacity.WEAK });
    expect(parseLaborCapacity(' 半劳动力 ')).toEqual({ ok: true, value: LaborCapacity.HALF });
    expect(parseLaborCapacity('full')).toEqual({ ok: true, value: LaborCapacity.FULL });
    expect(parseLaborCapacity('无劳力')).toMatchObject({ ok: false });
  });

  it('accepts an empty phone, refuses a landline', () => {
    expect(parsePhone(undefined)).toEqual({ ok: true, value: null });
    expect(parsePhone('8613912345678')).toEqual({ ok: true, value: PHONE });
    expect(parsePhone('12345678901')).toMatchObject({ ok: false });
  });

  it('checks wages and yes/no answers', () => {
    expect(parseWage('')).toEqual({ ok: true, value: null });
    expect(parseWage('4500.00')).toEqual({ ok: true, value: 4500 });
    expect(parseWage('4500.5')).toMatchObject({ ok: false });
    expect(parseWage('-1')).toMatchObject({ ok: false });
    expect(parseWage('2000000')).toMatchObject({ ok: false });
    expect(parseYesNo('否')).toEqual({ ok: true, value: false });
    expect(parseYesNo('Y')).toEqual({ ok: true, value: true });
    expect(parseYesNo(undefined)).toEqual({ ok: true, value: false });
  });

  it('checks preferred region codes', () => {
    expect(parseRegionList('440000 330100', checks.isKnownRegion)).toEqual({ ok: true, value: ['440000', '330100'] });
    expect(parseRegionList('999999', checks.isKnownRegion)).toMatchObject({ ok: false, message: expect.stringContaining('999999') });
    expect(parseRegionList('广东', checks.isKnownRegion)).toMatchObject({ ok: false });
  });

  it('reports the county problem the service supplies (unknown, not a county, outside the jurisdiction)', () => {
    const { errors } = validateLedgerRow(row({ hukouRegionCode: '520100' }), checks);
    expect(errors).toEqual([{ row: 7, column: '户籍区县代码', message: '不是区县级代码' }]);
    expect(validateLedgerRow(row({ hukouRegionCode: '52010' }), checks).errors[0].message).toContain('6 位');
  });

  it('never quotes text that could be an ID number or phone typed into the wrong column', () => {
    expect(quote('五保户')).toBe('“五保户”');
    expect(quote(PHONE)).toBe('');
    const { errors } = validateLedgerRow(row({ categories: ID, laborCapacity: PHONE, name: ID }), checks);
    expect(JSON.stringify(errors)).not.toMatch(/\d{7,}/);
    expect(errors).toHaveLength(3);
  });
});
