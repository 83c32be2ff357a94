import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from './credit-code.js';

describe('unified social credit code', () => {
  // Published codes of well-known companies (public registry data).
  it.each(['91350100M000100Y43', '91110000802100433B', '91440300708461136T'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('computes the check character so that generated codes validate', () => {
    const body = '91520102MA6DKQ0X1';
    expect(creditCodeProblem(body + creditCodeCheckCharacter(body))).toBeNull();
  });

  it('names what is wrong', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100Y4I')).toBe('characters');
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check character');
  });

  it('normalises full-width and lower-case input', () => {
    expect(normalizeCreditCode(' ９１３５０１００m０００１００y４３ ')).toBe('91350100M000100Y43');
  });
});
