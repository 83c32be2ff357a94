import { useQuery } from 'urql';
import { graphql } from '../../gql';

const jurisdictionDocument = graphql(`
  query QueueJurisdiction($code: String!) {
    region(code: $code) {
      code
      name
      fullName
      level
    }
  }
`);

const childrenDocument = graphql(`
  query QueueRegionChildren($parentCode: String!) {
    regions(parentCode: $parentCode) {
      code
      name
    }
  }
`);

function ChildSelect({
  id,
  label,
  parentCode,
  value,
  onChange,
}: {
  id: string;
  label: string;
  parentCode: string | null;
  value: string;
  onChange: (code: string) => void;
}) {
  const [{ data }] = useQuery({ query: childrenDocument, variables: { parentCode: parentCode ?? '' }, pause: !parentCode });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={!parentCode}>
        <option value="">全部</option>
        {data?.regions.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Where in its jurisdiction a queue looks: a province's bureau narrows to a 市 and a 县, a city's to a 县, a county's
 * has nothing to pick (the API refuses regions outside the jurisdiction, so none is offered).
 */
export function JurisdictionPicker({ jurisdiction, value, onChange }: { jurisdiction: string; value: string; onChange: (code: string) => void }) {
  const [{ data }] = useQuery({ query: jurisdictionDocument, variables: { code: jurisdiction } });
  const region = data?.region;
  if (!region) return null;
  if (region.level === 'COUNTY') return <p className="muted">管辖地区：{region.fullName}</p>;
  const city = region.level === 'CITY' ? jurisdiction : value.slice(0, 4) + '00';
  const cityChosen = region.level === 'CITY' || (value !== jurisdiction && value.length === 6);
  const county = value !== jurisdiction && !value.endsWith('00') ? value : '';
  return (
    <div className="queue-filters" role="group" aria-label="地区">
      <p className="muted">管辖地区：{region.fullName}</p>
      {region.level === 'PROVINCE' && (
        <ChildSelect id="queue-city" label="市" parentCode={jurisdiction} value={cityChosen ? city : ''} onChange={(code) => onChange(code || jurisdiction)} />
      )}
      <ChildSelect
        id="queue-county"
        label="县"
        parentCode={cityChosen ? city : null}
        value={county}
        onChange={(code) => onChange(code || (cityChosen ? city : jurisdiction))}
      />
    </div>
  );
}
