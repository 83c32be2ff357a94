import type { IntrospectionField, IntrospectionOutputTypeRef, IntrospectionSchema, IntrospectionType } from 'graphql';

/** The types whose objects carry personal data of a worker: every path of the schema that ends in one is walked. */
export const PERSON_TYPES = new Set(['Worker', 'Household']);

/** Connection plumbing does not count towards the depth: `applications.edges.node.worker` is two levels deep. */
const PLUMBING = new Set(['edges', 'node']);

/** How deep a walk goes, in entity levels (Query.applications → Application.worker → Worker.household → …). */
export const MAX_DEPTH = 5;

function named(ref: IntrospectionOutputTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? named(ref.ofType) : ref.name;
}

function typeString(ref: IntrospectionField['args'][number]['type']): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType)}]`;
  return ref.name;
}

/** A selection tree: field name → its sub-selection (empty for a leaf), plus the arguments the field is called with. */
export interface Selection {
  field: IntrospectionField;
  /** `Type.field`, as in the report. */
  coordinate: string;
  children: Map<string, Selection>;
}

export interface Walk {
  /** Per root field of Query, the tree of every path (depth ≤ MAX_DEPTH, no field twice on one path) that ends in a person type. */
  roots: Map<string, Selection>;
  /** Every `Type.field` on those paths that returns a person type: what the test must have covered. */
  personFields: Set<string>;
}

/**
 * Walks the schema from Query by introspection: keeps every path (at most MAX_DEPTH entity levels, each field at most once
 * on a path, so cycles such as Worker.household.members.household stop) that ends in Worker or Household, merged into
 * one selection tree per root field.
 */
export function walkPersonPaths(schema: IntrospectionSchema): Walk {
  const types = new Map<string, IntrospectionType>(schema.types.map((t) => [t.name, t]));
  const personFields = new Set<string>();
  const objectType = (name: string) => {
    const t = types.get(name);
    return t && t.kind === 'OBJECT' ? t : undefined;
  };

  // Returns the sub-tree of `typeName` reaching a person type, or null when no path from here does.
  const expand = (typeName: string, depth: number, onPath: Set<string>): Map<string, Selection> | null => {
    const type = objectType(typeName);
    if (!type) return null;
    const children = new Map<string, Selection>();
    for (const field of type.fields) {
      const coordinate = `${typeName}.${field.name}`;
      if (onPath.has(coordinate)) continue;
      const target = named(field.type);
      if (!objectType(target)) continue;
      const nextDepth = PLUMBING.has(field.name) ? depth : depth + 1;
      if (nextDepth > MAX_DEPTH) continue;
      const reachesPerson = PERSON_TYPES.has(target);
      const sub = expand(target, nextDepth, new Set([...onPath, coordinate]));
      if (reachesPerson) personFields.add(coordinate);
      if (reachesPerson || (sub && sub.size)) children.set(field.name, { field, coordinate, children: sub ?? new Map() });
    }
    return children.size || PERSON_TYPES.has(typeName) ? children : null;
  };

  const roots = new Map<string, Selection>();
  const query = objectType(schema.queryType.name)!;
  for (const field of query.fields) {
    const target = named(field.type);
    const coordinate = `Query.${field.name}`;
    const sub = expand(target, 1, new Set([coordinate]));
    if (PERSON_TYPES.has(target)) personFields.add(coordinate);
    if (sub && (sub.size || PERSON_TYPES.has(target))) roots.set(field.name, { field, coordinate, children: sub });
  }
  return { roots, personFields };
}

/** Values for the required arguments of a field on the walk, by `Type.field` and argument name; undefined when unknown. */
export type ArgumentSource = (coordinate: string, argument: string) => unknown;

/**
 * One document for a root field: its required arguments as variables (from `args`), every path of the tree, `__typename`
 * everywhere, and `extra(type)` (the fields the test wants of that type, '' for none) on every object. Reports required arguments it has no
 * value for, so a new path never goes unwalked silently.
 */
export function documentFor(
  root: Selection,
  args: ArgumentSource,
  extra: (typeName: string) => string,
  types: Map<string, IntrospectionType>,
): { query: string; variables: Record<string, unknown>; missing: string[] } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const missing: string[] = [];
  let counter = 0;
  const render = (selection: Selection): string => {
    const passed: string[] = [];
    for (const arg of selection.field.args) {
      if (arg.type.kind !== 'NON_NULL' || arg.defaultValue != null) continue;
      const value = args(selection.coordinate, arg.name);
      if (value === undefined) {
        missing.push(`${selection.coordinate}(${arg.name})`);
        continue;
      }
      const variable = `v${counter++}`;
      variables[variable] = value;
      declared.push(`$${variable}: ${typeString(arg.type)}`);
      passed.push(`${arg.name}: $${variable}`);
    }
    const target = named(selection.field.type);
    const inner = [...selection.children.values()].map(render);
    const extras = extra(target);
    const body = ['__typename', extras, ...inner].filter(Boolean).join(' ');
    const typeKnown = types.get(target);
    const hasSelection = typeKnown && typeKnown.kind === 'OBJECT';
    return `${selection.field.name}${passed.length ? `(${passed.join(', ')})` : ''}${hasSelection ? ` { ${body} }` : ''}`;
  };
  const rendered = render(root);
  return { query: `query${declared.length ? `(${declared.join(', ')})` : ''} { ${rendered} }`, variables, missing };
}

/** Every object of `typeName` in a response, wherever it sits. */
export function objectsOfType(value: unknown, typeName: string, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((v) => objectsOfType(v, typeName, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.__typename === typeName) out.push(record);
    Object.values(record).forEach((v) => objectsOfType(v, typeName, out));
  }
  return out;
}

/** The coordinates (`Type.field`) a response actually answered with a non-null object, for coverage. */
export function answeredFields(value: unknown, parentType: string, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => answeredFields(v, parentType, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const type = typeof record.__typename === 'string' ? record.__typename : parentType;
    for (const [key, v] of Object.entries(record)) {
      if (v && typeof v === 'object' && (Array.isArray(v) ? v.length > 0 : true)) {
        out.add(`${type}.${key}`);
        answeredFields(v, type, out);
      }
    }
  }
  return out;
}
