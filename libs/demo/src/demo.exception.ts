import { domainError, type ErrorCatalogue } from '@app/common';

/** Why the demo cannot be seeded. */
export enum DemoErrorReason {
  DEMO_PARTIAL = 'DEMO_PARTIAL',
}

export const DEMO_ERRORS: ErrorCatalogue<DemoErrorReason> = {
  DEMO_PARTIAL: {
    code: 'CONFLICT',
    zh: '该数据库已有演示账号名（{names}…），但演示数据不完整：可能是上次写入被中断，或这些名字属于真实账号。请在空数据库中写入演示数据',
    en:
      'This database has demo account names ({names}…) but not the complete demo: an earlier seed was interrupted, or these names ' +
      'belong to real accounts. Seed the demo into an empty database.',
  },
};

export class DemoError extends domainError(DEMO_ERRORS) {}

/** CONFLICT: some demo account names are taken but the demo is not complete. */
export class DemoPartialError extends DemoError {
  constructor(names: readonly string[]) {
    super(DemoErrorReason.DEMO_PARTIAL, { params: { names: names.join(', ') } });
  }
}
