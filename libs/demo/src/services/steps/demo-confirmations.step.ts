import { chinaToday, type Role } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { confirmationMonthProblem, EmploymentConfirmationEntity } from '@app/placements';
import type { PlannedConfirmation } from '../../plan/demo-plan.js';
import type { DemoContext } from '../demo-context.js';
import { chunks } from '../run-limited.js';

const BATCH = 2_000;

export interface ConfirmationsOf {
  placementId: string;
  startDate: string;
  endDate: string | null;
  /** The account confirming: the employer's (or, for a welfare post, the bureau's). */
  confirmedBy: string;
  /** That account's role: who attested the months (the employer, or the bureau running a welfare post). */
  attestedByRole: Role;
  confirmations: PlannedConfirmation[];
}

/**
 * Monthly employment confirmations, written in batches: a 3,000-worker world has some 26,000 of them, and
 * PlacementsService.confirm takes a row lock on the posting for each one (about a minute of serialised transactions
 * on the big postings). These are first confirmations of placements the seeder itself just created, so they mirror
 * what confirm() does for a new month exactly: the same month rule (confirmationMonthProblem), no wage for a month
 * without work, revision 1, the confirming account recorded; no audit entry and no evidence-change notice, because
 * confirm() writes those only for corrections.
 */
@Injectable()
export class DemoConfirmationsStep {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `quiet`: part of another stage (worker-demo's own months), so no stage of its own is reported. */
  async run(ctx: DemoContext, placements: ConfirmationsOf[], quiet = false): Promise<number> {
    const today = chinaToday();
    const rows = placements.flatMap((p) =>
      p.confirmations.map((c) => {
        const problem = confirmationMonthProblem(c.month, p.startDate, p.endDate, today);
        if (problem) throw new Error(`Demo plan: month ${c.month} is ${problem} of placement ${p.placementId}`);
        if (!c.employed && c.monthlyWage) throw new Error('Demo plan: a month without employment has no wage');
        return {
          placementId: p.placementId,
          month: c.month,
          employed: c.employed,
          monthlyWage: c.monthlyWage,
          socialInsurancePaid: c.socialInsurancePaid,
          confirmedBy: p.confirmedBy,
          attestedByRole: p.attestedByRole,
        };
      }),
    );
    const progress = quiet ? { tick: () => undefined } : ctx.stage('confirmations', rows.length);
    for (const batch of chunks(rows, BATCH)) {
      await this.dataSource.manager.insert(EmploymentConfirmationEntity, batch);
      progress.tick(batch.length);
    }
    return rows.length;
  }
}
