import { type AwardProposal, judgeAwardProposal } from './grant-problems.js';

const GUIZHOU = { provinceCode: '520000', name: '贵州省就业帮扶一次性补贴', version: '1' };
const workshop: AwardProposal = {
  organization: { kind: 'WORKSHOP', regionCode: '522731', verified: true },
  level: 'WORKSHOP',
  amount: 10_000,
  basis: '2025 年吸纳三类人员 38 人，稳定就业 6 个月以上 31 人',
  policy: GUIZHOU,
  provinceName: '贵州省',
};
const fields = (proposal: AwardProposal) => judgeAwardProposal(proposal).problems.map((p) => p.field);

describe('judgeAwardProposal', () => {
  it.each([
    ['a workshop at the Guizhou cap', {}, [], 10_000],
    ['a base at 30,000', { organization: { ...workshop.organization, kind: 'ASSISTANCE_BASE' }, level: 'ASSISTANCE_BASE', amount: 30_000 }, [], 30_000],
    [
      'a provincial demonstration base at 100,000',
      { organization: { ...workshop.organization, kind: 'ASSISTANCE_BASE' }, level: 'PROVINCIAL_DEMONSTRATION_BASE', amount: 100_000 },
      [],
      100_000,
    ],
    ['a workshop over the cap', { amount: 10_001 }, ['amount'], 10_000],
    ['a base level for a workshop', { level: 'ASSISTANCE_BASE', amount: 20_000 }, ['level'], 30_000],
    ['an unverified workshop', { organization: { ...workshop.organization, verified: false } }, ['organizationId'], 10_000],
    ['a blank basis', { basis: '  \n' }, ['basis'], 10_000],
    ['a policy of another province', { policy: { ...GUIZHOU, provinceCode: '460000' } }, ['policyId'], null],
    ['a policy id naming nothing', { policy: 'missing' }, ['policyId'], null],
    [
      'a province whose policy sets no awards',
      { organization: { ...workshop.organization, regionCode: '460105' }, policy: { ...GUIZHOU, provinceCode: '460000' } },
      ['policyId'],
      null,
    ],
    ['the bureau’s own decision without a policy: no cap', { policy: null, amount: 50_000 }, [], null],
  ] as const)('%s', (_name, change, expected, cap) => {
    const proposal = { ...workshop, ...change };
    expect(fields(proposal)).toEqual(expected);
    expect(judgeAwardProposal(proposal).cap).toBe(cap);
  });

  it('names every failing field at once, each in Chinese', () => {
    const { problems } = judgeAwardProposal({
      ...workshop,
      organization: { kind: 'ENTERPRISE', regionCode: '522731', verified: false },
      amount: 20_000,
      basis: '',
    });
    expect(problems.map((p) => p.field)).toEqual(['organizationId', 'level', 'basis', 'amount']);
    expect(problems.find((p) => p.field === 'level')!.text.zh).toBe('就业帮扶车间一次性奖补只能给予就业帮扶车间，该单位是企业');
    expect(problems.find((p) => p.field === 'amount')!.text.zh).toBe('贵州省就业帮扶一次性补贴（1）规定就业帮扶车间一次性奖补最高 10000 元，不能超过');
  });
});
