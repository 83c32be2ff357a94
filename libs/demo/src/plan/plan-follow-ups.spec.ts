import { addDays, chinaDateOf, daysBetween, laterOf, monthOf } from '@app/common';
import { FOLLOW_UP_NOTE_MAX } from '@app/placements';
import { PostingKind } from '@app/postings';
import { SENDING_COUNTIES } from '../data/sending-counties.data.js';
import { channelOf, MONTHLY_FOLLOW_UPS } from './plan-follow-ups.js';
import { agencyOf } from './plan-organizations.js';
import { planDemoWorld } from './plan-world.js';
import { chinaInstant, DemoStoryClock } from './story-clock.js';

const TODAY = '2026-12-03';
const YESTERDAY = addDays(TODAY, -1);
const NOW = chinaInstant(TODAY, 10 * 60);

describe('the agencies’ follow-ups in the demo plan (跟踪回访)', () => {
  const plan = planDemoWorld({ today: TODAY, scale: 0.3 });
  const postings = new Map(plan.postings.map((p) => [p.key, p]));
  const workers = new Map(plan.workers.map((w) => [w.key, w]));
  const organised = plan.placements.filter((p) => p.agencyKey);

  it('are made by the county agency that organised the placement, and never for a village welfare post or worker-demo', () => {
    for (const p of plan.placements) {
      const kind = postings.get(p.postingKey)!.kind;
      expect({ key: p.key, organised: p.agencyKey !== null }).toEqual({ key: p.key, organised: kind !== PostingKind.PUBLIC_WELFARE });
      const worker = workers.get(p.workerKey)!;
      if (p.agencyKey) expect(p.agencyKey).toBe(agencyOf(SENDING_COUNTIES.find((c) => c.code === worker.hukouRegionCode)!));
      if (p.agencyKey) expect(worker.registrar).toBe('AGENT');
      if (!p.agencyKey) expect(p.followUps).toEqual([]);
    }
    const groups = new Map(plan.groups.map((g) => [g.key, g]));
    for (const p of plan.placements.filter((p) => p.groupKey)) expect(p.agencyKey).toBe(groups.get(p.groupKey!)!.agencyKey);
    expect(plan.demoWorker.placement.followUps).toEqual([]);
    expect(organised.length).toBeGreaterThan(plan.placements.length / 2);
    expect(organised.filter((p) => p.followUps.length > 0).length).toBeGreaterThan(organised.length * 0.9);
  });

  it('fall from the start to yesterday: while the job lasts, or once after it ended and before the next job', () => {
    const next = new Map(plan.placements.filter((p) => p.round === 2).map((p) => [p.workerKey, p.startDate]));
    let after = 0;
    for (const p of organised) {
      const days = p.followUps.map((f) => f.contactedOn);
      expect(days).toEqual([...days].sort());
      expect(new Set(days).size).toBe(days.length);
      for (const f of p.followUps) {
        expect(f.contactedOn > p.startDate && f.contactedOn <= YESTERDAY).toBe(true);
        if (f.stillEmployed === false) {
          after++;
          expect(p.end && f.contactedOn > p.end.date).toBeTruthy();
          const nextStart = p.round === 1 ? next.get(p.workerKey) : undefined;
          if (nextStart) expect(f.contactedOn < nextStart).toBe(true);
        } else if (p.end) expect(f.contactedOn <= p.end.date).toBe(true);
      }
      // Only the last one may follow the end.
      expect(p.followUps.slice(0, -1).filter((f) => f.stillEmployed === false)).toEqual([]);
    }
    expect(after).toBeGreaterThan(20);
  });

  it('come within ten days of the start, monthly for three months, then about quarterly', () => {
    let full = 0;
    for (const p of organised) {
      const lastInJob = p.end?.date ?? YESTERDAY;
      const inJob = p.followUps.filter((f) => f.stillEmployed !== false);
      const offsets = inJob.map((f) => daysBetween(p.startDate, f.contactedOn));
      if (daysBetween(p.startDate, lastInJob) >= 10) expect(offsets[0]).toBeLessThanOrEqual(10);
      if (daysBetween(p.startDate, lastInJob) >= 30 * MONTHLY_FOLLOW_UPS + 4) {
        full++;
        expect(offsets.filter((d) => d <= 30 * MONTHLY_FOLLOW_UPS + 4).length).toBe(1 + MONTHLY_FOLLOW_UPS);
      }
      const later = offsets.slice(MONTHLY_FOLLOW_UPS);
      for (let i = 1; i < later.length; i++) expect(later[i] - later[i - 1]).toBeGreaterThanOrEqual(85);
    }
    expect(full).toBeGreaterThan(100);
    const gaps = organised.flatMap((p) => {
      const days = p.followUps.filter((f) => f.stillEmployed !== false).map((f) => f.contactedOn);
      return days.slice(MONTHLY_FOLLOW_UPS + 1).map((d, i) => daysBetween(days[MONTHLY_FOLLOW_UPS + i], d));
    });
    gaps.sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(85);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThanOrEqual(100);
  });

  it('say in Chinese what the month was, by the channel the note names', () => {
    const channels = new Set<string>();
    for (const p of organised) {
      const confirmed = new Map(p.confirmations.map((c) => [c.month, c]));
      for (const f of p.followUps) {
        expect(f.note.length).toBeGreaterThan(5);
        expect([...f.note].length).toBeLessThanOrEqual(FOLLOW_UP_NOTE_MAX);
        expect(f.note).not.toMatch(/[{}]/);
        expect(f.channel).toBe(channelOf(f.note));
        channels.add(f.channel);
        const month = confirmed.get(monthOf(f.contactedOn));
        // Off work only in a month the employer confirmed without employment, and every such contact says so.
        if (f.stillEmployed !== false) expect({ note: f.note, leave: /请假/.test(f.note) }).toEqual({ note: f.note, leave: month?.employed === false });
        if (/社保已参保|缴纳社保/.test(f.note)) expect(month?.socialInsurancePaid).toBe(true);
        if (postings.get(p.postingKey)!.kind !== PostingKind.EAST_WEST) expect(f.note).not.toMatch(/驻.工作站|带队|到厂|返乡|留岗|宿舍/);
      }
    }
    expect([...channels].sort()).toEqual(['MESSAGE', 'OTHER', 'PHONE', 'VISIT']);
  });

  it('are recorded by the story clock after the placement was on record, from the day of the contact, before now', () => {
    const clock = new DemoStoryClock(plan, NOW);
    for (const p of organised) {
      const created = clock.placement(p.key).created;
      p.followUps.forEach((f, i) => {
        const at = clock.followUpRecorded(p.key, i);
        expect(at > created && at < NOW).toBe(true);
        expect(chinaDateOf(at) >= f.contactedOn).toBe(true);
        // Two days after a visit at most, or the day a 补录 placement was entered (the agency's paper notes).
        expect(chinaDateOf(at) <= laterOf(addDays(f.contactedOn, 2), chinaDateOf(created))).toBe(true);
      });
    }
  });
});
