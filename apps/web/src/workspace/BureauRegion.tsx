import { useQuery } from 'urql';
import { graphql } from '../gql';

const regionDocument = graphql(`
  query BureauRegion($code: String!) {
    region(code: $code) {
      code
      fullName
    }
  }
`);

/** The jurisdiction a bureau account acts for: everything it sees is inside it. */
export function BureauRegion({ regionCode }: { regionCode: string }) {
  const [{ data }] = useQuery({ query: regionDocument, variables: { code: regionCode } });
  return (
    <section aria-labelledby="jurisdiction" className="card">
      <h2 id="jurisdiction">管辖地区</h2>
      <p>{data?.region?.fullName ?? regionCode}</p>
    </section>
  );
}
