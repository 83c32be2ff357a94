import { render, SYSTEM_MESSAGES, SystemReason } from '@app/common';
import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';

/** A limit's refusal: English here (graphql-js needs a message), localized with its reason by the error formatter. */
function limitError(reason: SystemReason, params: Record<string, number>, node: ASTNode): GraphQLError {
  return new GraphQLError(render(SYSTEM_MESSAGES[reason], params).en, { nodes: [node], extensions: { reason, params } });
}

function selectionDepth(node: ASTNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  switch (node.kind) {
    case Kind.FIELD:
      return node.selectionSet ? 1 + selectionDepth(node.selectionSet, fragments, seen) : 1;
    case Kind.SELECTION_SET:
      return Math.max(0, ...node.selections.map((s) => selectionDepth(s, fragments, seen)));
    case Kind.INLINE_FRAGMENT:
      return selectionDepth(node.selectionSet, fragments, seen);
    case Kind.FRAGMENT_SPREAD: {
      const name = node.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) return 0;
      return selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name]));
    }
    default:
      return 0;
  }
}

function fragmentsOf(context: ValidationContext): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
}

/** The standard introspection query nests type references about 13 deep. */
const INTROSPECTION_MAX_DEPTH = 15;

/** Refuses operations nested deeper than `max` fields (pure introspection operations may reach 15, enough for tools). */
export function depthLimit(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const isIntrospection = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
      const limit = isIntrospection ? Math.max(max, INTROSPECTION_MAX_DEPTH) : max;
      const depth = selectionDepth(operation.selectionSet, fragmentsOf(context), new Set());
      if (depth > limit) {
        context.reportError(limitError(SystemReason.QUERY_TOO_DEEP, { depth, limit }, operation));
      }
    },
  });
}

/** Refuses documents with more than `max` aliased fields (alias bombs multiply work without deepening the query). */
export function aliasLimit(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(limitError(SystemReason.TOO_MANY_ALIASES, { max }, node));
        }
      },
    };
  };
}

/** Refuses documents with more than `max` field selections in all (wide queries and repeated fragments). */
export function fieldCountLimit(max: number): ValidationRule {
  return (context) => {
    let fields = 0;
    let reported = false;
    return {
      Field(node) {
        fields += 1;
        if (fields > max && !reported) {
          reported = true;
          context.reportError(limitError(SystemReason.TOO_MANY_FIELDS, { max }, node));
        }
      },
    };
  };
}
