import type { DemoProgress, DemoProgressListener, DemoStage } from './demo-context.js';

const LABELS: Record<DemoStage, string> = {
  accounts: '账号 accounts',
  organizations: '机构 organisations',
  postings: '岗位 postings',
  workers: '劳动力 workers',
  placements: '就业 placements',
  confirmations: '月度确认 confirmations',
  'follow-ups': '跟踪回访 follow-ups',
  claims: '补贴 subsidy claims',
  targets: '目标 targets',
  'worker-demo': 'worker-demo',
  history: '按演示时间线记日期 story dates',
};

/** Progress as plain lines (start, every quarter, done) for logs where a redrawn bar would be noise. */
export function textProgress(write: (line: string) => void): DemoProgressListener {
  let quarter = -1;
  return ({ stage, done, total }: DemoProgress) => {
    const q = total === 0 ? 4 : Math.floor((done / total) * 4);
    if (done === 0) quarter = -1;
    if (q === quarter) return;
    quarter = q;
    write(`Demo data: ${LABELS[stage]} ${done}/${total}`);
  };
}

export { LABELS as DEMO_STAGE_LABELS };
