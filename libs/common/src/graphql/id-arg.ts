import { type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { FieldReason, invalidField } from '../errors/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) throw invalidField(this.field, FieldReason.NOT_ID);
    return value.toLowerCase();
  }
}

/** An `ID!` argument that must be one of our UUIDs; anything else is BAD_USER_INPUT naming the argument. */
export const IdArg = (name: string) => Args(name, { type: () => ID }, new UuidPipe(name));
