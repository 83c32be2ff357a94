import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedIdNumber {
  ciphertext: Buffer;
  keyId: string;
  fingerprint: string;
}

function keyBytes(text: string): Buffer {
  return /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
}

/**
 * Seals resident ID numbers: AES-256-GCM ciphertext (iv ‖ tag ‖ data) under the current key, tagged with its key id so
 * keys can rotate, and an HMAC-SHA256 fingerprint under a separate key for the nationwide uniqueness constraint.
 * The fingerprint reveals nothing without the HMAC key, so it can sit in an index.
 */
@Injectable()
export class IdNumberVault {
  private readonly currentKeyId: string;
  private readonly keys = new Map<string, Buffer>();
  private readonly hmacKey: Buffer;

  constructor(config: AppConfig) {
    this.currentKeyId = config.ID_ENCRYPTION_KEY_ID;
    for (const pair of config.ID_ENCRYPTION_PREVIOUS_KEYS?.split(',') ?? []) {
      const [id, key] = pair.split(':');
      this.keys.set(id, keyBytes(key));
    }
    this.keys.set(this.currentKeyId, keyBytes(config.ID_ENCRYPTION_KEY));
    this.hmacKey = keyBytes(config.ID_HMAC_KEY);
  }

  fingerprint(idNumber: string): string {
    return createHmac('sha256', this.hmacKey).update(idNumber, 'utf8').digest('hex');
  }

  seal(idNumber: string): SealedIdNumber {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    const data = Buffer.concat([cipher.update(idNumber, 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]), keyId: this.currentKeyId, fingerprint: this.fingerprint(idNumber) };
  }

  open(ciphertext: Buffer, keyId: string): string {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No ID encryption key with id ${keyId} is configured`);
    const decipher = createDecipheriv('aes-256-gcm', key, ciphertext.subarray(0, IV_BYTES));
    decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
