import type { IntrospectionField, IntrospectionInputTypeRef, IntrospectionOutputTypeRef, IntrospectionSchema, IntrospectionType } from 'graphql';

/** One query or mutation of the live schema, from introspection. */
export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: IntrospectionField;
}

export function operationsOf(schema: IntrospectionSchema): Operation[] {
  const byName = new Map(schema.types.map((t) => [t.name, t]));
  const fields = (typeName: string | undefined): IntrospectionField[] => {
    const type = typeName ? byName.get(typeName) : undefined;
    return type && type.kind === 'OBJECT' ? [...type.fields] : [];
  };
  return [
    ...fields(schema.queryType?.name).map((field) => ({ kind: 'query' as const, name: `Query.${field.name}`, field })),
    ...fields(schema.mutationType?.name).map((field) => ({ kind: 'mutation' as const, name: `Mutation.${field.name}`, field })),
  ];
}

function named(ref: IntrospectionInputTypeRef | IntrospectionOutputTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? named(ref.ofType) : ref.name;
}

function typeString(ref: IntrospectionInputTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType)}]`;
  return ref.name;
}

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** A well-typed placeholder value: enough to pass GraphQL coercion so the guard and the resolver decide. */
export function sampleValue(ref: IntrospectionInputTypeRef, types: Map<string, IntrospectionType>): unknown {
  if (ref.kind === 'NON_NULL') return sampleValue(ref.ofType, types);
  if (ref.kind === 'LIST') return [];
  switch (ref.name) {
    case 'ID':
      return SAMPLE_ID;
    case 'String':
      return 'x';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
  }
  const type = types.get(ref.name);
  if (type?.kind === 'ENUM') return type.enumValues[0].name;
  if (type?.kind === 'INPUT_OBJECT') {
    const value: Record<string, unknown> = {};
    for (const f of type.inputFields) if (f.type.kind === 'NON_NULL') value[f.name] = sampleValue(f.type, types);
    return value;
  }
  return 'x';
}

/** A document calling the operation with its required arguments as variables, selecting only __typename. */
export function probeDocument(operation: Operation, types: Map<string, IntrospectionType>): { query: string; variables: Record<string, unknown> } {
  const required = operation.field.args.filter((a) => a.type.kind === 'NON_NULL');
  const declared = required.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returned = types.get(named(operation.field.type));
  const selection = returned && (returned.kind === 'OBJECT' || returned.kind === 'INTERFACE' || returned.kind === 'UNION') ? ' { __typename }' : '';
  const query = `${operation.kind}${declared ? `(${declared})` : ''} { ${operation.field.name}${passed ? `(${passed})` : ''}${selection} }`;
  const variables = Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type, types)]));
  return { query, variables };
}
