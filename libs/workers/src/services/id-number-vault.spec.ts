import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@app/config';
import { IdNumberVault } from './id-number-vault.js';

const ID = '11010519491231002X';
const key = () => randomBytes(32).toString('hex');

function vault(overrides: Partial<AppConfig> = {}): IdNumberVault {
  return new IdNumberVault({ ID_ENCRYPTION_KEY: key(), ID_ENCRYPTION_KEY_ID: 'k1', ID_HMAC_KEY: key(), ...overrides } as AppConfig);
}

describe('IdNumberVault', () => {
  it('round-trips and never stores the number in clear', () => {
    const v = vault();
    const sealed = v.seal(ID);
    expect(sealed.ciphertext.toString('latin1')).not.toContain(ID);
    expect(v.open(sealed.ciphertext, sealed.keyId)).toBe(ID);
  });

  it('gives the same fingerprint for the same number and different ciphertexts each time', () => {
    const v = vault();
    const a = v.seal(ID);
    const b = v.seal(ID);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(v.fingerprint('440524198001010013')).not.toBe(a.fingerprint);
  });

  it('detects tampering', () => {
    const v = vault();
    const sealed = v.seal(ID);
    sealed.ciphertext[sealed.ciphertext.length - 1] ^= 1;
    expect(() => v.open(sealed.ciphertext, sealed.keyId)).toThrow();
  });

  it('reads ciphertexts of a previous key after rotation, and writes with the new one', () => {
    const oldKey = key();
    const hmac = key();
    const before = vault({ ID_ENCRYPTION_KEY: oldKey, ID_ENCRYPTION_KEY_ID: 'k1', ID_HMAC_KEY: hmac });
    const sealed = before.seal(ID);
    const after = vault({ ID_ENCRYPTION_KEY: key(), ID_ENCRYPTION_KEY_ID: 'k2', ID_ENCRYPTION_PREVIOUS_KEYS: `k1:${oldKey}`, ID_HMAC_KEY: hmac });
    expect(after.open(sealed.ciphertext, 'k1')).toBe(ID);
    expect(after.seal(ID).keyId).toBe('k2');
    expect(after.fingerprint(ID)).toBe(sealed.fingerprint);
  });
});
