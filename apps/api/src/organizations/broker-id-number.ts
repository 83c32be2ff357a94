import type { PersonalIdentity } from '@app/organizations';
import { idNumberProblem, IdNumberVault, InvalidIdNumberError, maskIdNumber, normalizeIdNumber } from '@app/workers';

/**
 * An individual broker's own ID number as workers' numbers are kept: checked, then sealed by the workers' vault (and
 * masked) before it reaches the organisations domain, so it is never stored, logged or answered in plain text. A wrong
 * number comes back as its field problem, to be named with every other failing field.
 */
export function sealBrokerIdNumber(vault: IdNumberVault, raw: string): PersonalIdentity {
  const idNumber = normalizeIdNumber(raw);
  const problem = idNumberProblem(idNumber);
  if (problem) return { problem: new InvalidIdNumberError(problem).problems[0] };
  const { ciphertext, keyId, fingerprint } = vault.seal(idNumber);
  return { sealed: { ciphertext, keyId, fingerprint, masked: maskIdNumber(idNumber) } };
}
