import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { FieldReason, InvalidInputError, invalidField } from '../errors/index.js';
import { inputLimitPassed } from './input-limits.js';
import { textHygieneProblems } from './text-hygiene.js';
import { validationProblems } from './validation-problems.js';

/** NUL (PostgreSQL cannot store it in text) and unpaired UTF-16 surrogates (not text at all). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Path of the first string in `value` that cannot be stored as text, or null. */
export function unstorableStringAt(value: unknown, path: string, seen = new Set<unknown>()): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  // Uploaded files and other binary data are not text: never walk their bytes.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer || seen.has(value)) return null;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableStringAt(item, path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return null;
}

/**
 * What a caller sent: GraphQL arguments (@nestjs/graphql passes its parameter kinds as numbers, ARGS = 3) and the body,
 * query and route parameters of a plain HTTP handler. The parent object, context and info of a resolver are the
 * server's own: a global pipe runs for them too (for every field resolved), and walking them would only cost time.
 */
const GRAPHQL_ARGS = 3;
function isCallerInput(metadata: ArgumentMetadata): boolean {
  const type: unknown = metadata.type;
  return type === GRAPHQL_ARGS || type === 'body' || type === 'query' || type === 'param';
}

/**
 * class-validator on every input; a failure becomes BAD_USER_INPUT naming each field (e.g. `wageMin`). Inputs nested
 * or sized past INPUT_LIMITS and strings that are not storable text are refused here, for every argument, before any
 * recursive walk (class-transformer's, this pipe's) or service sees them.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!isCallerInput(metadata)) return value;
    const excess = inputLimitPassed(value);
    if (excess) throw invalidField(excess.field || metadata.data || 'input', excess.reason, { max: excess.max });
    const field = unstorableStringAt(value, metadata.data ?? '');
    if (field !== null) throw invalidField(field || 'input', FieldReason.UNSTORABLE_TEXT);
    // Invisible-only text and bidirectional controls (text-hygiene.ts), reported together with the shape problems.
    const isFields = value !== null && typeof value === 'object' && !Array.isArray(value);
    const hygiene = textHygieneProblems(value, isFields ? '' : (metadata.data ?? ''));
    if (!hygiene.length) return super.transform(value, metadata);
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new InvalidInputError([...error.problems, ...hygiene]);
      throw error;
    }
    throw new InvalidInputError(hygiene);
  }

  /**
   * Every constraint in this code base is synchronous (shapes, ranges, patterns; existence is checked by services), so
   * the synchronous validator gives the same answer without a promise per constraint, on every request. An async
   * constraint (a database look-up) would be skipped by it: such checks belong in the services, as they are now.
   */
  protected override validate(object: object, validatorOptions?: ValidatorOptions): ValidationError[] {
    return validateSync(object, validatorOptions);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputError(validationProblems(errors)),
  });
}
