import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PostingFullError, PostingNotFoundError } from '../posting.exception.js';
import { OutboxService } from '@app/outbox';
import { PostingEntity } from '../entities/posting.entity.js';
import { PostingStatus } from '../posting-enums.js';

/**
 * The hiring side of a posting: openings are taken and given back inside the caller's transaction by one
 * conditional UPDATE each, so concurrent hires for the last opening cannot both succeed (the row lock serialises
 * them, and the second finds no opening). The CHECK active_placements <= headcount backs this up in the database.
 */
@Injectable()
export class PostingOpeningsService {
  constructor(
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The posting row, locked for the rest of the transaction. */
  async lock(manager: EntityManager, postingId: string): Promise<PostingEntity> {
    const posting = await manager.createQueryBuilder(PostingEntity, 'p').setLock('pessimistic_write').where('p.id = :id', { id: postingId }).getOne();
    if (!posting) throw new PostingNotFoundError(postingId);
    return posting;
  }

  /**
   * An unlocked look before any transaction: when a posting is already full, the many concurrent hires racing for its
   * last opening fail at once instead of queueing on its row lock. `take` remains the authority.
   */
  async refuseWhenFull(postingId: string): Promise<void> {
    const row = await this.dataSource
      .getRepository(PostingEntity)
      .findOne({ where: { id: postingId }, select: { id: true, status: true, headcount: true, activePlacements: true } });
    if (row && (row.status !== PostingStatus.OPEN || row.activePlacements >= row.headcount)) {
      throw new PostingFullError();
    }
  }

  /** Takes `count` openings of an OPEN posting; the posting becomes FILLED when none remain. */
  async take(manager: EntityManager, postingId: string, count = 1): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(PostingEntity)
      .set({
        activePlacements: () => `active_placements + ${count}`,
        status: () => `CASE WHEN active_placements + ${count} >= headcount THEN 'FILLED'::posting_status ELSE status END`,
        version: () => 'version + 1',
      })
      .where('id = :id AND status = :open AND active_placements + :count <= headcount', { id: postingId, open: PostingStatus.OPEN, count })
      .execute();
    if (!result.affected) throw new PostingFullError();
    await this.outbox.enqueue(manager, 'posting', [postingId]);
  }

  /** Gives an opening back when a placement ends; a FILLED posting reopens, a CLOSED one stays closed. */
  async release(manager: EntityManager, postingId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(PostingEntity)
      .set({
        activePlacements: () => 'active_placements - 1',
        status: () => `CASE WHEN status = 'FILLED' THEN 'OPEN'::posting_status ELSE status END`,
        version: () => 'version + 1',
      })
      .where('id = :id AND active_placements > 0', { id: postingId })
      .execute();
    await this.outbox.enqueue(manager, 'posting', [postingId]);
  }
}
