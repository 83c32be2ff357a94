import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldProblem, InvalidInputError } from '../errors/index.js';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

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
 * class-validator on every input; a failure becomes BAD_USER_INPUT naming each field (e.g. `wageMin`). Strings
 * that are not storable text are refused here, for every argument, before any service sees them.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = unstorableStringAt(value, metadata.data ?? '');
    if (field !== null) throw new InvalidInputError(field || 'input', `${field || 'input'} contains characters that are not allowed (NUL or broken Unicode)`);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputError(flatten(errors)),
  });
}
