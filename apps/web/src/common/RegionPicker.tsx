import { useQuery } from 'urql';
import { graphql } from '../gql';

const regionsDocument = graphql(`
  query RegionChildren($parentCode: String) {
    regions(parentCode: $parentCode) {
      code
      name
    }
  }
`);

function RegionSelect({
  label,
  parentCode,
  value,
  onChange,
  skip,
  anyLabel,
}: {
  anyLabel: string;
  label: string;
  parentCode?: string;
  value: string;
  onChange: (code: string) => void;
  skip?: boolean;
}) {
  const [{ data }] = useQuery({ query: regionsDocument, variables: { parentCode }, pause: skip });
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={skip}>
        <option value="">{anyLabel}</option>
        {data?.regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface RegionChoice {
  province: string;
  city: string;
  county: string;
}

/** 省 → 市 → 县 from the region tree; the deepest chosen level is the filter. */
/** `anyLabel` is what an unchosen level says: 不限 in a filter, 请选择 in a form that needs a county. */
export function RegionPicker({ value, onChange, anyLabel = '不限' }: { value: RegionChoice; onChange: (next: RegionChoice) => void; anyLabel?: string }) {
  return (
    <>
      <RegionSelect anyLabel={anyLabel} label="省" value={value.province} onChange={(province) => onChange({ province, city: '', county: '' })} />
      <RegionSelect
        anyLabel={anyLabel}
        label="市"
        parentCode={value.province || undefined}
        skip={!value.province}
        value={value.city}
        onChange={(city) => onChange({ ...value, city, county: '' })}
      />
      <RegionSelect
        anyLabel={anyLabel}
        label="县"
        parentCode={value.city || undefined}
        skip={!value.city}
        value={value.county}
        onChange={(county) => onChange({ ...value, county })}
      />
    </>
  );
}

/** The region a choice filters by (county, else city, else province), or undefined for 不限. */
export function chosenRegion(choice: RegionChoice): string | undefined {
  return choice.county || choice.city || choice.province || undefined;
}

/** The choice a region code stands for (codes are GB/T 2260: 2 digits province, 2 city, 2 county). */
export function choiceOf(code: string | null): RegionChoice {
  if (!code || !/^\d{6}$/.test(code)) return { province: '', city: '', county: '' };
  const province = `${code.slice(0, 2)}0000`;
  const city = code.endsWith('0000') ? '' : `${code.slice(0, 4)}00`;
  const county = code.endsWith('00') ? '' : code;
  return { province, city, county };
}
