import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import {
  type Actor,
  assertCanSeeRegion,
  chinaToday,
  InvalidInputError,
  keysetPage,
  NoOrganizationError,
  type FieldProblem,
  type Page,
  postgresErrorOf,
  regionCodeRange,
  Role,
  RoleRequiredError,
} from '@app/common';
import { type OrganizationEntity, OrganizationsService } from '@app/organizations';
import { OutboxService } from '@app/outbox';
import { RegionsService } from '@app/regions';
import { PostingEntity } from '../entities/posting.entity.js';
import { canManagePosting, canSeePosting } from '../posting-access.js';
import { PostingKind, PostingStatus } from '../posting-enums.js';
import { PostingFieldReason, postingProblem } from '../posting-field.messages.js';
import { publicPostingWhere } from '../posting-visibility.js';
import { kindProblem, normalizeDraft, type PostingDraft, postingProblems } from '../posting-rules.js';
import { PostingError, PostingErrorReason, PostingNotFoundError } from '../posting.exception.js';

/** What a posting says about itself; optional lists default to empty, optional scalars to none. */
export interface PostingFields {
  title: string;
  description?: string | null;
  regionCode: string;
  location?: { lat: number; lng: number } | null;
  wageMin: number;
  wageMax: number;
  headcount: number;
  contractMonths: number;
  skills?: string[] | null;
  benefits?: string[] | null;
  partnerRegionCodes?: string[] | null;
  laborBrand?: string | null;
  validUntil?: string | null;
  /** 第四级体力劳动强度, 井下, 有毒有害: no worker under 18. */
  hazardous?: boolean | null;
  /** Part-time: its placements may overlap a worker's full-time job. */
  partTime?: boolean | null;
}

export interface NewPosting extends PostingFields {
  kind: PostingKind;
  /** ADMIN names the employer; an EMPLOYER may repeat its own; a bureau's welfare post has none. */
  organizationId?: string | null;
}

/** An edit: omitted fields stay; null clears the optional ones (description, location, laborBrand, validUntil). */
export type PostingChanges = { id: string } & { [K in keyof PostingFields]?: PostingFields[K] | null };

export interface PostingFilter {
  organizationId?: string;
  kind?: PostingKind;
  status?: PostingStatus;
  /** The region and everything under it. */
  regionCode?: string;
}

@Injectable()
export class PostingsService {
  constructor(
    @InjectRepository(PostingEntity) private readonly postings: Repository<PostingEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * EMPLOYERs post for their own organisation (never PUBLIC_WELFARE); a BUREAU creates PUBLIC_WELFARE posts of its
   * jurisdiction, belonging to no organisation; ADMIN may do either.
   */
  async create(actor: Actor, input: NewPosting): Promise<PostingEntity> {
    const { organization, draft, problems } = await this.judgeNew(actor, input);
    if (problems.length) throw new InvalidInputError(problems);
    if (!organization && actor.role === Role.BUREAU) {
      assertCanSeeRegion(actor, draft.regionCode);
    }
    return this.dataSource.transaction(async (manager) => {
      const posting = await manager.save(
        manager.create(PostingEntity, {
          ...this.columnsOf(draft),
          kind: draft.kind,
          hazardous: input.hazardous ?? false,
          partTime: input.partTime ?? false,
          organizationId: organization?.id ?? null,
          activePlacements: 0,
          status: PostingStatus.OPEN,
          createdBy: actor.accountId,
          publishedAt: new Date(),
          closedAt: null,
        }),
      );
      await this.outbox.enqueue(manager, 'posting', [posting.id]);
      return posting;
    });
  }

  /** The posting, when the caller may see it; NOT_FOUND otherwise, so a hidden posting is never admitted to exist. */
  async get(actor: Actor | undefined, id: string): Promise<PostingEntity> {
    const posting = await this.postings.findOneBy({ id });
    if (!posting || !(await this.visibleTo(actor, posting))) throw new PostingNotFoundError(id);
    return posting;
  }

  /**
   * Postings by id without a visibility check, for objects the caller was already allowed to see (their own
   * application or placement needs its posting even after it closed).
   */
  findMany(ids: readonly string[]): Promise<PostingEntity[]> {
    return ids.length ? this.postings.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Those of the ids the public may see right now (posting-visibility's SQL), for readers that found candidates in the
   * index, which may lag PostgreSQL by a moment (recommendations). Order is not kept.
   */
  findPublic(ids: readonly string[]): Promise<PostingEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const pub = publicPostingWhere('p', chinaToday());
    return this.postings
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: [...ids] })
      .andWhere(pub.condition, pub.parameters)
      .getMany();
  }

  /** Newest first; the same visibility as `get`, applied in SQL before paginating. */
  async list(actor: Actor | undefined, filter: PostingFilter, first: number, after?: string): Promise<Page<PostingEntity>> {
    const query = this.postings.createQueryBuilder('p');
    this.scopeToCaller(query, actor);
    if (filter.organizationId) query.andWhere('p.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.regionCode) {
      this.regions.require(filter.regionCode, 'filter.regionCode');
      const [low, high] = regionCodeRange(filter.regionCode);
      query.andWhere('p.region_code >= :regionLow AND p.region_code < :regionHigh', { regionLow: low, regionHigh: high });
    }
    return keysetPage(query, 'p', 'published_at', first, after);
  }

  /** The owner edits a posting that is not closed; the headcount can never drop below the workers already placed. */
  async update(actor: Actor, changes: PostingChanges): Promise<PostingEntity> {
    return this.withLockedPosting(actor, changes.id, async (manager, posting) => {
      if (posting.status === PostingStatus.CLOSED) throw new PostingError(PostingErrorReason.POSTING_CLOSED);
      const draft = normalizeDraft({
        kind: posting.kind,
        title: changes.title ?? posting.title,
        description: changes.description !== undefined ? changes.description : posting.description,
        regionCode: changes.regionCode ?? posting.regionCode,
        location: changes.location !== undefined ? changes.location : locationOf(posting),
        wageMin: changes.wageMin ?? posting.wageMin,
        wageMax: changes.wageMax ?? posting.wageMax,
        headcount: changes.headcount ?? posting.headcount,
        contractMonths: changes.contractMonths ?? posting.contractMonths,
        skills: changes.skills ?? posting.skills,
        benefits: changes.benefits ?? posting.benefits,
        partnerRegionCodes: changes.partnerRegionCodes ?? posting.partnerRegionCodes,
        laborBrand: changes.laborBrand !== undefined ? changes.laborBrand : posting.laborBrand,
        validUntil: changes.validUntil !== undefined ? changes.validUntil : posting.validUntil,
      });
      const problems = [...this.regionProblems(draft.regionCode), ...postingProblems(draft, this.ruleContext(changes.validUntil != null))];
      if (draft.headcount < posting.activePlacements && !problems.some((p) => p.field === 'headcount')) {
        problems.push(postingProblem('headcount', PostingFieldReason.HEADCOUNT_BELOW_PLACEMENTS, { placed: posting.activePlacements }));
      }
      if (problems.length) throw new InvalidInputError(problems);
      if (!canManagePosting(actor, { ...posting, regionCode: draft.regionCode })) {
        throw new PostingError(PostingErrorReason.WELFARE_POST_OUTSIDE_JURISDICTION);
      }
      Object.assign(posting, this.columnsOf(draft));
      if (changes.hazardous != null) posting.hazardous = changes.hazardous;
      if (changes.partTime != null) posting.partTime = changes.partTime;
      posting.status = posting.activePlacements >= posting.headcount ? PostingStatus.FILLED : PostingStatus.OPEN;
      try {
        return await manager.save(posting);
      } catch (error) {
        // The row lock makes this unreachable unless something bypasses it; the CHECK still has the last word.
        if (postgresErrorOf(error)?.constraint === 'ck_postings_openings') {
          throw new InvalidInputError([postingProblem('headcount', PostingFieldReason.HEADCOUNT_BELOW_PLACEMENTS, { placed: posting.activePlacements })]);
        }
        throw error;
      }
    });
  }

  /** The owner (or, for its public-welfare posts, the bureau) closes a posting; closing a closed posting changes nothing. */
  async close(actor: Actor, id: string): Promise<PostingEntity> {
    return this.withLockedPosting(actor, id, async (manager, posting) => {
      if (posting.status === PostingStatus.CLOSED) return null;
      posting.status = PostingStatus.CLOSED;
      posting.closedAt = new Date();
      return manager.save(posting);
    });
  }

  /**
   * The owner (a bureau for its public-welfare posts) reopens a CLOSED posting whose last day (validUntil, China time)
   * has not passed: OPEN again, or FILLED when its placements still take every opening. The outbox event re-indexes it
   * for search, as closing does. An expired posting stays closed (POSTING_EXPIRED): its employer posts a new one.
   */
  async reopen(actor: Actor, id: string): Promise<PostingEntity> {
    return this.withLockedPosting(actor, id, async (manager, posting) => {
      if (posting.status !== PostingStatus.CLOSED) throw new PostingError(PostingErrorReason.POSTING_NOT_CLOSED, { params: { status: posting.status } });
      if (posting.validUntil !== null && posting.validUntil < chinaToday())
        throw new PostingError(PostingErrorReason.POSTING_EXPIRED, { field: 'id', params: { validUntil: posting.validUntil } });
      posting.status = posting.activePlacements >= posting.headcount ? PostingStatus.FILLED : PostingStatus.OPEN;
      posting.closedAt = null;
      return manager.save(posting);
    });
  }

  /**
   * Runs a change on the posting under a row lock (so it cannot interleave with a hire taking an opening), after the
   * ownership check, and records the outbox event in the same transaction. `change` returns null for "nothing changed".
   */
  private async withLockedPosting(
    actor: Actor,
    id: string,
    change: (manager: EntityManager, posting: PostingEntity) => Promise<PostingEntity | null>,
  ): Promise<PostingEntity> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<{ refused: PostingEntity } | { result: PostingEntity }> => {
      const posting = await manager.createQueryBuilder(PostingEntity, 'p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!posting) throw new PostingNotFoundError(id);
      if (!canManagePosting(actor, posting)) return { refused: posting };
      const changed = await change(manager, posting);
      if (changed) await this.outbox.enqueue(manager, 'posting', [changed.id]);
      return { result: changed ?? posting };
    });
    if ('refused' in outcome) {
      // Decided after the transaction: the visibility look-up must not run while holding a connection it cannot use.
      if (await this.visibleTo(actor, outcome.refused)) throw new PostingError(PostingErrorReason.NOT_POSTING_OWNER);
      throw new PostingNotFoundError(id);
    }
    return outcome.result;
  }

  private async visibleTo(actor: Actor | undefined, posting: PostingEntity): Promise<boolean> {
    const today = chinaToday();
    // Without the organisation the public test can only get stricter, so a yes here is final.
    if (canSeePosting(actor, posting, null, today)) return true;
    if (!posting.organizationId) return false;
    const [organization] = await this.organizations.findMany([posting.organizationId]);
    return canSeePosting(actor, posting, organization ?? null, today);
  }

  /** Restricts a list to what the caller may see: everything public, plus its own (employer) or its region's (bureau). */
  private scopeToCaller(query: SelectQueryBuilder<PostingEntity>, actor: Actor | undefined): void {
    if (actor?.role === Role.ADMIN) return;
    query.where(
      new Brackets((visible) => {
        const pub = publicPostingWhere('p', chinaToday());
        visible.where(pub.condition, pub.parameters);
        if (actor?.role === Role.EMPLOYER && actor.organizationId) {
          visible.orWhere('p.organization_id = :ownOrganization', { ownOrganization: actor.organizationId });
        }
        if (actor?.role === Role.BUREAU && actor.regionCode) {
          const [low, high] = regionCodeRange(actor.regionCode);
          visible.orWhere('(p.region_code >= :scopeLow AND p.region_code < :scopeHigh)', { scopeLow: low, scopeHigh: high });
        }
      }),
    );
  }

  /** Who the new posting belongs to, refusing callers who may not post this kind for that organisation. */
  private async ownerFor(actor: Actor, input: NewPosting): Promise<OrganizationEntity | null> {
    const welfare = input.kind === PostingKind.PUBLIC_WELFARE;
    switch (actor.role) {
      case Role.EMPLOYER:
        if (!actor.organizationId) throw new NoOrganizationError();
        if (welfare) throw new PostingError(PostingErrorReason.WELFARE_POST_BUREAU_ONLY);
        if (input.organizationId && input.organizationId !== actor.organizationId) throw new PostingError(PostingErrorReason.OWN_ORGANIZATION_ONLY);
        return this.organizations.get(actor.organizationId);
      case Role.BUREAU:
        if (!welfare) throw new PostingError(PostingErrorReason.BUREAU_POSTS_WELFARE_ONLY);
        if (input.organizationId) throw new InvalidInputError([postingProblem('organizationId', PostingFieldReason.ORGANIZATION_NOT_FOR_WELFARE)]);
        return null;
      case Role.ADMIN: {
        if (!input.organizationId) {
          if (welfare) return null;
          throw new InvalidInputError([postingProblem('organizationId', PostingFieldReason.ORGANIZATION_REQUIRED, { kind: input.kind })]);
        }
        const [organization] = await this.organizations.findMany([input.organizationId]);
        if (!organization) throw new InvalidInputError([postingProblem('organizationId', PostingFieldReason.ORGANIZATION_UNKNOWN)]);
        return organization;
      }
      default:
        throw new RoleRequiredError([Role.EMPLOYER, Role.BUREAU, Role.ADMIN]);
    }
  }

  /**
   * Every problem `create` would refuse the input with, without saving anything: the form checks a draft as the
   * employer types (checkPosting) by exactly the rules that judge it on 发布. Who may post what still throws.
   */
  async problemsOfNew(actor: Actor, input: NewPosting): Promise<FieldProblem[]> {
    return (await this.judgeNew(actor, input)).problems;
  }

  private async judgeNew(actor: Actor, input: NewPosting): Promise<{ organization: OrganizationEntity | null; draft: PostingDraft; problems: FieldProblem[] }> {
    const organization = await this.ownerFor(actor, input);
    const draft = normalizeDraft(input);
    const problems = [...this.regionProblems(draft.regionCode), ...postingProblems(draft, this.ruleContext(true))];
    const kind = organization ? kindProblem(draft.kind, organization.kind) : null;
    if (kind) problems.push(kind);
    return { organization, draft, problems };
  }

  private regionProblems(code: string): FieldProblem[] {
    try {
      this.regions.requireCounty(code, 'regionCode');
      return [];
    } catch (error) {
      if (error instanceof InvalidInputError) return [...error.problems];
      throw error;
    }
  }

  private ruleContext(checkValidUntil: boolean) {
    return { today: chinaToday(), checkValidUntil, isProvince: (code: string) => this.regions.find(code)?.level === 'PROVINCE' };
  }

  private columnsOf(draft: PostingDraft): Partial<PostingEntity> {
    return {
      title: draft.title,
      description: draft.description,
      regionCode: draft.regionCode,
      lat: draft.location?.lat ?? null,
      lng: draft.location?.lng ?? null,
      wageMin: draft.wageMin,
      wageMax: draft.wageMax,
      headcount: draft.headcount,
      contractMonths: draft.contractMonths,
      skills: draft.skills,
      benefits: draft.benefits,
      partnerRegionCodes: draft.partnerRegionCodes,
      laborBrand: draft.laborBrand,
      validUntil: draft.validUntil,
    };
  }
}

function locationOf(posting: PostingEntity): { lat: number; lng: number } | null {
  return posting.lat !== null && posting.lng !== null ? { lat: posting.lat, lng: posting.lng } : null;
}
