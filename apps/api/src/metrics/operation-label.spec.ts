import { buildSchema, getOperationAST, parse } from 'graphql';
import { knownOperationLabels, operationLabel } from './operation-label.js';

const schema = buildSchema(`
  type Query { postings: Int, region(code: String): String }
  type Mutation { createPosting: Int }
`);
const known = knownOperationLabels(schema);

function labelOf(source: string, operationName?: string): string {
  const document = parse(source);
  return operationLabel(known, getOperationAST(document, operationName), document);
}

describe('operationLabel', () => {
  it('knows the root fields, the meta fields and the fixed labels, nothing else', () => {
    expect([...known].sort()).toEqual(['__schema', '__type', '__typename', 'createPosting', 'multiple', 'other', 'postings', 'region'].sort());
  });

  it('labels an operation by the root field it selects, whatever the client calls it or aliases it', () => {
    expect(labelOf(`query ${'X'.repeat(3000)} { postings }`)).toBe('postings');
    expect(labelOf('mutation Whatever { made: createPosting }')).toBe('createPosting');
    expect(labelOf('{ __typename region(code: "520102") }')).toBe('region');
    expect(labelOf('query { ...F } fragment F on Query { ... on Query { postings } }')).toBe('postings');
    expect(labelOf('query { ...F } fragment F on Query { ...F postings }')).toBe('postings');
  });

  it('counts several root fields as multiple and anything unresolved or unknown as other', () => {
    expect(labelOf('{ postings region(code: "1") }')).toBe('multiple');
    expect(labelOf('{ invented }')).toBe('other');
    expect(labelOf('query A { postings } query B { region }', 'Nope')).toBe('other');
    expect(operationLabel(known, undefined)).toBe('other');
  });
});
