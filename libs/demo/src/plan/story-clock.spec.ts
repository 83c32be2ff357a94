import { addDays, chinaDateOf, lastDayOf, yearsBetween } from '@app/common';
import { SubsidyClaimStatus } from '@app/subsidies';
import { planDemoWorld } from './plan-world.js';
import { chinaInstant, DemoStoryClock } from './story-clock.js';
import { DEMO_PLATFORM_OPENS } from './timeline.js';

const NOW = chinaInstant('2026-12-03', 10 * 60);

describe('the demo story', () => {
  const plan = planDemoWorld({ today: '2026-12-03', scale: 0.3 });
  const clock = new DemoStoryClock(plan, NOW);
  const workers = new Map(plan.workers.map((w) => [w.key, w]));
  const postings = new Map(plan.postings.map((p) => [p.key, p]));

  it('places nobody before their 18th birthday, and marks late exactly what started before the platform opened', () => {
    expect(plan.placements.filter((p) => yearsBetween(workers.get(p.workerKey)!.birthDate, p.startDate) < 18)).toEqual([]);
    expect(plan.placements.filter((p) => p.recordedLate !== p.startDate < DEMO_PLATFORM_OPENS)).toEqual([]);
    expect(plan.placements.some((p) => p.recordedLate)).toBe(true);
  });

  it('has 2024 east-west workers who came home and went east again', () => {
    const again = plan.placements.filter((b) => {
      const a = plan.placements.find((p) => p.workerKey === b.workerKey && p.round === 1);
      return (
        b.round === 2 &&
        a &&
        postings.get(a.postingKey)!.kind === 'EAST_WEST' &&
        a.startDate < '2025-01-01' &&
        a.end?.reason === 'RETURNED_HOME' &&
        postings.get(b.postingKey)!.kind === 'EAST_WEST'
      );
    });
    expect(again.length).toBeGreaterThan(2);
  });

  it('dates each step after the one it rests on, and nothing at or after now', () => {
    for (const p of plan.placements) {
      const story = clock.placement(p.key);
      expect(clock.workerRegistered(p.workerKey) < story.created).toBe(true);
      expect(clock.postingPublished(p.postingKey) < story.created).toBe(true);
      if (story.nominated) expect(story.nominated < story.created).toBe(true);
      if (!p.recordedLate && !p.groupKey) expect(chinaDateOf(clock.postingPublished(p.postingKey)) <= p.startDate).toBe(true);
      for (const c of p.confirmations) {
        const at = clock.confirmed(p.key, c.month);
        expect(chinaDateOf(at) > lastDayOf(c.month) && at > story.created && at < NOW).toBe(true);
      }
      if (story.ended) expect(chinaDateOf(story.ended) >= p.end!.date && story.ended < NOW).toBe(true);
    }
  });

  it('reviews a claim after it was submitted and pays it after, or leaves it where it got by yesterday', () => {
    const recent = clock.claim('x', addDays(clock.today, -3), chinaInstant(addDays(clock.today, -3), 9 * 60), SubsidyClaimStatus.PAID);
    expect(recent.status).toBe(SubsidyClaimStatus.SUBMITTED);
    const old = clock.claim('y', '2025-06-01', chinaInstant('2025-06-01', 9 * 60), SubsidyClaimStatus.PAID);
    expect(old.status).toBe(SubsidyClaimStatus.PAID);
    expect(old.story.reviewed! > old.story.submitted).toBe(true);
    expect(old.story.paidOn! >= chinaDateOf(old.story.reviewed!) && old.story.paidOn! <= clock.yesterday).toBe(true);
  });
});
