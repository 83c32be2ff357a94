import { Injectable } from '@nestjs/common';
import { PostingsService } from '@app/postings';
import type { DemoContext } from '../demo-context.js';

/** Every posting, created by its employer (or, for public-welfare posts, by the county bureau). */
@Injectable()
export class DemoPostingsStep {
  constructor(private readonly postings: PostingsService) {}

  async run(ctx: DemoContext): Promise<void> {
    const progress = ctx.stage('postings', ctx.plan.postings.length);
    for (const posting of ctx.plan.postings) {
      const created = await this.postings.create(ctx.ownerOf(posting), {
        kind: posting.kind,
        title: posting.title,
        description: posting.description,
        regionCode: posting.regionCode,
        location: posting.location,
        wageMin: posting.wageMin,
        wageMax: posting.wageMax,
        headcount: posting.headcount,
        contractMonths: posting.contractMonths,
        skills: posting.skills,
        benefits: posting.benefits,
        partnerRegionCodes: posting.partnerRegionCodes,
        laborBrand: posting.laborBrand,
        validUntil: posting.validUntil,
      });
      ctx.postingIds.set(posting.key, created.id);
      progress.tick();
    }
  }

  /** Last year's posts, once their contracts have been recorded, are closed by their owner. */
  async closeFinished(ctx: DemoContext): Promise<void> {
    for (const posting of ctx.plan.postings.filter((p) => p.closeAtEnd)) {
      await this.postings.close(ctx.ownerOf(posting), ctx.id(ctx.postingIds, posting.key, 'posting'));
    }
  }
}
