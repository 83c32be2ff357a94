export const USERNAME_PATTERN = /^[\p{L}\p{N}_.@-]{3,64}$/u;

export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
