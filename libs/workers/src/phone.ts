/** Mainland mobile numbers: 11 digits starting 13-19. An optional +86 / 86 prefix and separators are accepted. */
export function normalizeMobile(raw: string): string | null {
  const digits = raw
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export function maskMobile(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
