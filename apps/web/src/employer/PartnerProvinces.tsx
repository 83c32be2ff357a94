import { useQuery } from 'urql';
import { graphql } from '../gql';

const provincesDocument = graphql(`
  query PartnerProvinceChoices {
    regions {
      code
      name
    }
  }
`);

/** 劳动力输出省份 of an east-west posting: the provinces its workers come from (never its own). */
export function PartnerProvinces({ value, onChange, problem }: { value: string[]; onChange: (codes: string[]) => void; problem?: string }) {
  const [{ data }] = useQuery({ query: provincesDocument });
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="field" aria-describedby={problem ? 'partners-problem' : undefined}>
      <legend>劳动力输出省份</legend>
      <div className="choices">
        {data?.regions.map((province) => (
          <label key={province.code} className="check">
            <input type="checkbox" checked={value.includes(province.code)} onChange={(e) => toggle(province.code, e.target.checked)} />
            {province.name}
          </label>
        ))}
      </div>
      {problem && (
        <p id="partners-problem" className="field-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
