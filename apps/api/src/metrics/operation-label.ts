import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The label of every operation the server cannot name from its own schema (unparsable, invalid, unknown). */
export const OTHER_OPERATION = 'other';
/** The label of an operation that selects several root fields at once. */
export const MULTIPLE_OPERATIONS = 'multiple';
const META_FIELDS = ['__typename', '__schema', '__type'];

/**
 * The operation labels the server may emit: its own root field names (Query, Mutation, Subscription), the meta fields,
 * `multiple` and `other`. Nothing a client sends can add to it, so the metric series stay bounded by the schema.
 */
export function knownOperationLabels(schema: GraphQLSchema): Set<string> {
  const labels = new Set<string>([...META_FIELDS, MULTIPLE_OPERATIONS, OTHER_OPERATION]);
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const name of Object.keys(root?.getFields() ?? {})) labels.add(name);
  }
  return labels;
}

/** The root field names an operation selects (through fragments too; aliases do not matter). */
function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode | undefined, names: Set<string>, seen: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldNames(selection.selectionSet, document, names, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFieldNames(fragment.selectionSet, document, names, seen);
    }
  }
}

/**
 * The `operation` label of a request: the root field it selects (`postings`, `createPosting`), `multiple` when it
 * selects several (`__typename` beside others does not count), `other` when the server resolved no operation or names
 * a field it does not know. The client's operation name is never used: any caller could invent one per request.
 */
export function operationLabel(known: ReadonlySet<string>, operation: OperationDefinitionNode | undefined | null, document?: DocumentNode): string {
  if (!operation) return OTHER_OPERATION;
  const names = new Set<string>();
  rootFieldNames(operation.selectionSet, document, names, new Set());
  if (names.size > 1) names.delete('__typename');
  if (names.size > 1) return MULTIPLE_OPERATIONS;
  const [name] = names;
  return name !== undefined && known.has(name) ? name : OTHER_OPERATION;
}
