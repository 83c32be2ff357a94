import { stringifyDocument } from 'urql';
import { graphql } from '../../gql';
import type { MyAssessmentFragment, MyClaimsFragment } from '../../gql/graphql';

/** The worker's own claims (a worker sees only those paid to themself). Typed and checked by codegen as a fragment. */
export const myClaimsFragment = graphql(`
  fragment MyClaims on Query {
    subsidyClaims(first: 50) {
      totalCount
      edges {
        node {
          ...ClaimCardFields
        }
      }
    }
  }
`);

/** One subsidy of the applicable policy, assessed against a placement's evidence by the server. */
export const myAssessmentFragment = graphql(`
  fragment MyAssessment on SubsidyAssessment {
    kind
    title
    beneficiary
    amount
    status
    reason
    reasonCode
    eligibleOn
  }
`);

/** The alias (and variable name) of one placement's eligibility: p_ and its UUID with underscores (a GraphQL name). */
export function eligibilityAlias(placementId: string): `p_${string}` {
  return `p_${placementId.replace(/[^0-9A-Za-z]/g, '_')}`;
}

/** The claims, and under eligibilityAlias(id) each placement's assessments. */
export type MySubsidiesData = MyClaimsFragment & { [alias: `p_${string}`]: MyAssessmentFragment[] | undefined };

/**
 * The claims and the eligibility of every placement in one request: subsidyEligibility takes one placement, so each
 * placement gets an alias named after its id instead of a request of its own (no N+1 from the page), and an answer is
 * never read for the wrong placement. The server allows 30 aliases; MyPlacements asks for at most 20 placements.
 */
export function mySubsidiesDocument(placementIds: readonly string[]): string {
  const aliases = placementIds.map(eligibilityAlias);
  const variables = aliases.map((alias) => `$${alias}: ID!`).join(', ');
  const fields = aliases.map((alias) => `${alias}: subsidyEligibility(placementId: $${alias}) { ...MyAssessment }`).join(' ');
  // A plain string, not a gql tag: codegen would try to parse the template and cannot (the fragments it spreads are
  // the typed, checked part). The answer is typed as MySubsidiesData where it is used.
  // GraphQL refuses a fragment nobody spreads: MyAssessment goes along only when some placement is assessed.
  const assessment = placementIds.length ? stringifyDocument(myAssessmentFragment) : '';
  return `query MySubsidies${variables ? `(${variables})` : ''} { ...MyClaims ${fields} }
${stringifyDocument(myClaimsFragment)}
${assessment}`;
}

/** The variables of mySubsidiesDocument: each alias bound to its placement's id. */
export function mySubsidiesVariables(placementIds: readonly string[]): Record<string, string> {
  return Object.fromEntries(placementIds.map((id) => [eligibilityAlias(id), id]));
}
