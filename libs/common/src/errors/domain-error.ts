import { localize, type LocalizedText, type Message, type MessageParams, render } from './messages.js';

/** The codes a client can rely on in `extensions.code`; `extensions.reason` says which rule, per domain. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** One reason an operation is refused: its GraphQL code and its message in every language. */
export interface ReasonEntry extends Message {
  readonly code: ErrorCode;
}

/**
 * A domain's reasons and their messages. Declared as `ErrorCatalogue<TheDomainReason>` over the domain's enum, so a
 * reason without a message (or a message without a reason) fails to compile.
 */
export type ErrorCatalogue<Reason extends string> = { readonly [R in Reason]: ReasonEntry };

/** The messages of problems with one input field; the field is named by `extensions.problems[].field`. */
export type FieldCatalogue<Reason extends string> = { readonly [R in Reason]: Message };

/** One failing input field: which field, which rule, and what to tell the person who filled it in. */
export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
  readonly text: LocalizedText;
}

/** A problem with one field, from a field catalogue: `fieldProblem('startDate', COMMON_FIELD_MESSAGES, 'INVALID_DATE')`. */
export function fieldProblem<Reason extends string>(
  field: string,
  catalogue: FieldCatalogue<Reason>,
  reason: Reason,
  params: MessageParams = {},
): FieldProblem {
  return { field, reason, text: render(catalogue[reason], { field, ...params }) };
}

export interface DomainErrorOptions {
  /** Values for the message's `{name}` placeholders. Never personal data, never another party's region or name. */
  params?: MessageParams;
  /** The input field the error is about (a CONFLICT names the field it conflicts on). */
  field?: string;
}

/**
 * Base of every error a service raises on purpose. Its text is shown to the client in the request's language, so it
 * must never contain personal data (ID numbers, phone numbers) or internals. `message` is the English text (logs).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly reason: string;
  readonly text: LocalizedText;
  readonly problems: readonly FieldProblem[];

  constructor(reason: string, entry: ReasonEntry, options: DomainErrorOptions = {}, problems: readonly FieldProblem[] = []) {
    const text = render(entry, { ...(options.field ? { field: options.field } : {}), ...options.params });
    super(text.en);
    this.name = new.target.name;
    this.code = entry.code;
    this.reason = reason;
    this.text = text;
    this.problems = problems.length || !options.field ? problems : [{ field: options.field, reason, text }];
  }

  /** The failing fields' names, in order. */
  get fields(): string[] {
    return [...new Set(this.problems.map((p) => p.field))];
  }

  /** What a client is shown beside `message` and `code`, in `language`. */
  extensions(language?: Parameters<typeof localize>[1]): Record<string, unknown> {
    const extensions: Record<string, unknown> = { code: this.code, reason: this.reason };
    if (this.problems.length) {
      extensions.fields = this.fields;
      extensions.problems = this.problems.map((p) => ({ field: p.field, reason: p.reason, message: localize(p.text, language) }));
    }
    return extensions;
  }
}

/** Builds a domain's error class over its catalogue: `class PostingError extends domainError(POSTING_ERRORS) {}`. */
export function domainError<Reason extends string>(catalogue: ErrorCatalogue<Reason>) {
  return class extends DomainError {
    constructor(reason: Reason, options: DomainErrorOptions = {}) {
      super(reason, catalogue[reason], options);
    }
  };
}
