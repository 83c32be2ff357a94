import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, canSeeRegion, chinaToday, NoOrganizationError, Role, RoleRequiredError } from '@app/common';
import { AgencyAction, OrganizationsService } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { householdCreatorFor } from '../household-access.js';
import { idNumberFacts, maskIdNumber } from '../id-number.js';
import { LEDGER_COLUMNS } from '../import/ledger-columns.js';
import { groupOutcome, type RegisteredMember } from '../import/ledger-households.js';
import { batchGroups, type LedgerGroup, type LedgerPlan, planLedger, sortLedgerErrors } from '../import/ledger-plan.js';
import { type LedgerSheet, type LedgerSource, type RawLedgerRow, readLedger } from '../import/ledger-reader.js';
import { type LedgerError, type LedgerRecord, type LedgerRowChecks, validateLedgerRow } from '../import/ledger-row.js';
import { LedgerFileError, LedgerFileReason } from '../import/ledger.exception.js';
import { IdNumberVault, type SealedIdNumber } from './id-number-vault.js';
import { registrationStatusFor, verificationBy } from './workers.service.js';

export interface WorkerImportResult {
  /** Data rows in the file (empty rows are not counted). total = imported + skipped + failed. */
  total: number;
  imported: number;
  /** Rows whose person is already registered (same ID number): left as they are. */
  skipped: number;
  /** Rows with at least one error: nothing of them was imported. */
  failed: number;
  errors: LedgerError[];
}

/** What an import of the file would find, without importing it: the failing rows as read, with their errors. */
export interface WorkerLedgerCheck {
  total: number;
  failed: number;
  errors: LedgerError[];
  /** The rows with at least one error, in file order, as the reader read them (the template's columns). */
  failingRows: RawLedgerRow[];
}

export interface WorkerImportProgress {
  phase: 'reading' | 'importing';
  done: number;
  total: number;
}

export interface WorkerImportOptions {
  onProgress?: (progress: WorkerImportProgress) => void;
  /** Rows per transaction (whole households are never split). */
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 2_000;
const LEDGER_ORDER = LEDGER_COLUMNS.map((c) => c.header);
const BATCHES_IN_FLIGHT = 2;

interface Member {
  record: LedgerRecord;
  fingerprint: string;
  workerId: string;
}

interface NewMember extends Member {
  householdId: string;
  sealed: SealedIdNumber;
}

/**
 * Bulk registration from a ledger (台账), with the rules of WorkersService.register: a BUREAU imports workers of its
 * jurisdiction, an AGENT for its agency, an ADMIN (the CLI) anyone. Every row is validated first; the good rows are
 * then inserted household by household in batches, one transaction each, so a crash never leaves half a batch.
 * Re-importing a file is harmless: people already registered (by ID fingerprint) are counted as skipped.
 */
@Injectable()
export class WorkerImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vault: IdNumberVault,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  async importLedger(actor: Actor, source: LedgerSource, options: WorkerImportOptions = {}): Promise<WorkerImportResult> {
    await this.authorize(actor);
    const progress = options.onProgress ?? (() => undefined);

    const sheet = await readLedger(source);
    const { total, plan, errors } = this.validateSheet(actor, sheet);
    progress({ phase: 'reading', done: total, total });

    let imported = 0;
    let skipped = 0;
    let done = total - plan.groups.reduce((n, g) => n + g.records.length, 0);
    progress({ phase: 'importing', done, total });
    const batches = batchGroups(plan.groups, options.batchSize ?? DEFAULT_BATCH_SIZE);
    let next = 0;
    let stopped = false;
    // Two batches in flight: while PostgreSQL inserts one, Node seals and serialises the next. Batches never depend on
    // each other (a household stays in one batch, an ID number appears once per file), so their order does not matter.
    const lane = async () => {
      while (!stopped && next < batches.length) {
        const batch = batches[next++];
        const outcome = await this.importBatch(actor, batch).catch((error: unknown) => {
          stopped = true;
          throw error;
        });
        imported += outcome.imported;
        skipped += outcome.skipped;
        errors.push(...outcome.errors);
        done += batch.reduce((n, g) => n + g.records.length, 0);
        progress({ phase: 'importing', done, total });
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCHES_IN_FLIGHT, batches.length) }, lane));

    const failed = new Set(errors.map((e) => e.row)).size;
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'workers.imported',
      subjectType: 'worker_import',
      subjectId: randomUUID(),
      after: { format: sheet.format, total, imported, skipped, failed },
    });
    return { total, imported, skipped, failed, errors: sortLedgerErrors(errors, LEDGER_ORDER) };
  }

  /**
   * Everything the import checks, against the database as it stands, without writing anything (no rows, no audit
   * entry): so a ledger's failing rows can be handed back to fix. A row the import would skip is not a failing row.
   */
  async checkLedger(actor: Actor, source: LedgerSource): Promise<WorkerLedgerCheck> {
    await this.authorize(actor);
    const sheet = await readLedger(source);
    const { total, plan, errors } = this.validateSheet(actor, sheet);
    for (const batch of batchGroups(plan.groups, DEFAULT_BATCH_SIZE)) {
      const memberGroups = batch.map((g) => g.records.map((record) => ({ record, fingerprint: this.vault.fingerprint(record.idNumber) })));
      const existing = await this.existingByFingerprint(
        this.dataSource.manager,
        actor,
        memberGroups.flat().map((m) => m.fingerprint),
      );
      batch.forEach((group, i) => {
        const outcome = groupOutcome(actor, group, memberGroups[i], existing);
        if (outcome.kind === 'refused') errors.push(...outcome.errors);
      });
    }
    const failing = new Set(errors.map((e) => e.row));
    return {
      total,
      failed: failing.size,
      errors: sortLedgerErrors(errors, LEDGER_ORDER),
      failingRows: sheet.rows.filter((row) => failing.has(row.row)),
    };
  }

  /** Who may import (and so check) a ledger: a BUREAU, an AGENT of a verified agency, an ADMIN (the CLI). */
  private async authorize(actor: Actor): Promise<void> {
    if (actor.role !== Role.BUREAU && actor.role !== Role.AGENT && actor.role !== Role.ADMIN)
      throw new RoleRequiredError([Role.BUREAU, Role.AGENT, Role.ADMIN]);
    if (actor.role === Role.AGENT && !actor.organizationId) throw new NoOrganizationError();
    // Vetted organisations: an agency imports its ledger only once the bureau of its region verified it.
    await this.organizations.requireVerifiedAgent(actor, AgencyAction.REGISTER_WORKERS);
  }

  /** The checks of each row and of the whole file (duplicates, households); the rows that pass, grouped by household. */
  private validateSheet(actor: Actor, sheet: LedgerSheet): { total: number; plan: LedgerPlan; errors: LedgerError[] } {
    if (sheet.rows.length === 0) throw new LedgerFileError(LedgerFileReason.LEDGER_NO_ROWS);
    const checks = this.rowChecks(actor);
    const errors: LedgerError[] = [];
    const records: LedgerRecord[] = [];
    for (const raw of sheet.rows) {
      const result = validateLedgerRow(raw, checks);
      if (result.record) records.push(result.record);
      else errors.push(...result.errors);
    }
    const plan = planLedger(records);
    errors.push(...plan.errors);
    return { total: sheet.rows.length, plan, errors };
  }

  /** Region rules of register(): a known county (or a city without counties), inside a BUREAU's jurisdiction. */
  private rowChecks(actor: Actor): LedgerRowChecks {
    return {
      isKnownRegion: (code) => this.regions.find(code) !== undefined,
      countyProblem: (code) => {
        const region = this.regions.find(code);
        if (!region) return `${code} 不是已知的行政区划代码（GB/T 2260）`;
        try {
          this.regions.requireCounty(code, 'hukouRegionCode');
        } catch {
          return `${code}（${region.name}）不是区县级代码，请填写户籍所在区县`;
        }
        if (actor.role === Role.BUREAU && !canSeeRegion(actor, code)) return `${code}（${this.regions.fullName(code)}）不在您的管辖范围内`;
        return null;
      },
    };
  }

  private async importBatch(actor: Actor, groups: LedgerGroup[]): Promise<{ imported: number; skipped: number; errors: LedgerError[] }> {
    const memberGroups = groups.map((g) =>
      g.records.map((record): Member => ({ record, fingerprint: this.vault.fingerprint(record.idNumber), workerId: randomUUID() })),
    );
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.existingByFingerprint(
        manager,
        actor,
        memberGroups.flat().map((m) => m.fingerprint),
      );
      const errors: LedgerError[] = [];
      const newHouseholds: Array<{ id: string; region: string }> = [];
      const joins: Array<{ householdId: string; workerId: string }> = [];
      const toInsert: NewMember[] = [];
      let skipped = 0;

      groups.forEach((group, i) => {
        const outcome = groupOutcome(actor, group, memberGroups[i], existing);
        skipped += outcome.skipped;
        if (outcome.kind === 'refused') errors.push(...outcome.errors);
        if (outcome.kind !== 'register') return;
        const { fresh, joined } = outcome;
        // A household already holding a registered member of this 户编号 is joined rather than duplicated.
        let householdId = joined?.householdId;
        if (!householdId) {
          householdId = randomUUID();
          newHouseholds.push({ id: householdId, region: group.hukouRegionCode });
        } else {
          for (const m of fresh) joins.push({ householdId, workerId: m.workerId });
        }
        // Only people not yet registered are encrypted: a re-import costs fingerprints, not ciphertexts.
        for (const m of fresh) toInsert.push({ ...m, householdId, sealed: this.vault.seal(m.record.idNumber) });
      });

      if (toInsert.length === 0) return { imported: 0, skipped, errors };
      if (newHouseholds.length) {
        await manager.query(
          'INSERT INTO households (id, hukou_region_code, created_by_organization_id) SELECT u.id, u.region, $3::uuid FROM unnest($1::uuid[], $2::char(6)[]) AS u(id, region)',
          [newHouseholds.map((h) => h.id), newHouseholds.map((h) => h.region), householdCreatorFor(actor)],
        );
      }
      const inserted = await this.insertWorkers(manager, actor, toInsert);
      const insertedSet = new Set(inserted);
      const workerIds: string[] = [];
      const categories: string[] = [];
      for (const w of toInsert) {
        if (!insertedSet.has(w.workerId)) continue;
        for (const category of w.record.categories) {
          workerIds.push(w.workerId);
          categories.push(category);
        }
      }
      // A bureau's own ledger is verified at once; an agency's categories stay DECLARED until a bureau verifies them.
      const verified = verificationBy(actor);
      await manager.query(
        'INSERT INTO worker_categories (worker_id, category, effective_from, verified_at, verified_by) SELECT u.w, u.c, $3::date, $4::timestamptz, $5::uuid FROM unnest($1::uuid[], $2::worker_category[]) AS u(w, c)',
        [workerIds, categories, chinaToday(), verified.verifiedAt, verified.verifiedBy],
      );
      // Joining an existing household changes who counts in it (零就业家庭): audited, one entry per member added.
      await this.audit.recordMany(
        joins
          .filter((j) => insertedSet.has(j.workerId))
          .map((j) => ({
            actorAccountId: actor.accountId,
            action: 'household.member.joined',
            subjectType: 'household',
            subjectId: j.householdId,
            after: { workerId: j.workerId, via: 'ledger_import', organizationId: actor.organizationId },
          })),
        manager,
      );
      const raced = toInsert.length - inserted.length;
      if (raced > 0 && newHouseholds.length) {
        // Someone registered one of these people between our check and the insert: drop households left empty.
        await manager.query('DELETE FROM households h WHERE h.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM workers w WHERE w.household_id = h.id)', [
          newHouseholds.map((h) => h.id),
        ]);
      }
      return { imported: inserted.length, skipped: skipped + raced, errors };
    });
  }

  /**
   * The people of these rows already registered, as far as the importer may know: for a bureau or ADMIN every ACCEPTED
   * worker; for an agency only its own registrations (pending or accepted), so a ledger never tells an agency whether
   * somebody else registered a person (issue 15, item 4): its other rows become registrations under review.
   */
  private async existingByFingerprint(manager: EntityManager, actor: Actor, fingerprints: string[]): Promise<Map<string, RegisteredMember>> {
    const own = actor.role === Role.AGENT;
    const rows: Array<{ id_fingerprint: string; household_id: string; hukou_region_code: string; created_by_organization_id: string | null }> =
      await manager.query(
        `SELECT w.id_fingerprint, w.household_id, h.hukou_region_code, h.created_by_organization_id
           FROM workers w JOIN households h ON h.id = w.household_id
          WHERE w.id_fingerprint = ANY($1::char(64)[])
            AND (CASE WHEN $2::uuid IS NULL THEN w.registration_status = 'ACCEPTED'
                      ELSE w.registered_by_organization_id = $2::uuid AND w.registration_status IN ('ACCEPTED', 'PENDING_REVIEW') END)`,
        [fingerprints, own ? actor.organizationId : null],
      );
    return new Map(
      rows.map((r) => [
        r.id_fingerprint,
        { householdId: r.household_id, householdRegion: r.hukou_region_code, householdCreator: r.created_by_organization_id },
      ]),
    );
  }

  /** One multi-row INSERT (arrays unnested server-side); returns the ids actually inserted. */
  private async insertWorkers(manager: EntityManager, actor: Actor, rows: NewMember[]): Promise<string[]> {
    const col = <T>(pick: (row: NewMember) => T) => rows.map(pick);
    const facts = rows.map((r) => idNumberFacts(r.record.idNumber));
    const result: Array<{ id: string }> = await manager.query(
      `INSERT INTO workers (id, name, id_ciphertext, id_key_id, id_fingerprint, id_masked, gender, birth_date, phone, hukou_region_code,
                            household_id, labor_capacity, skills, labor_brand, willing_to_migrate, preferred_region_codes,
                            expected_monthly_wage, registered_by, registered_by_organization_id, registration_status, version)
       SELECT u.id, u.name, u.ciphertext, u.key_id, u.fingerprint, u.masked, u.gender, u.birth_date, u.phone, u.region,
              u.household_id, u.capacity, ARRAY(SELECT jsonb_array_elements_text(u.skills)), u.brand, u.migrate,
              ARRAY(SELECT jsonb_array_elements_text(u.preferred))::varchar(6)[], u.wage, $18::uuid, $19::uuid,
              $20::worker_registration_status, 1
         FROM unnest($1::uuid[], $2::varchar[], $3::bytea[], $4::varchar[], $5::char(64)[], $6::varchar[], $7::gender[], $8::date[],
                     $9::varchar[], $10::char(6)[], $11::uuid[], $12::labor_capacity[], $13::jsonb[], $14::varchar[], $15::boolean[],
                     $16::jsonb[], $17::integer[])
           AS u(id, name, ciphertext, key_id, fingerprint, masked, gender, birth_date, phone, region, household_id, capacity, skills,
                brand, migrate, preferred, wage)
       ON CONFLICT (id_fingerprint) WHERE registration_status = 'ACCEPTED' DO NOTHING
       RETURNING id`,
      [
        col((r) => r.workerId),
        col((r) => r.record.name),
        col((r) => r.sealed.ciphertext),
        col((r) => r.sealed.keyId),
        col((r) => r.sealed.fingerprint),
        col((r) => maskIdNumber(r.record.idNumber)),
        facts.map((f) => f.gender),
        facts.map((f) => f.birthDate),
        col((r) => r.record.phone),
        col((r) => r.record.hukouRegionCode),
        col((r) => r.householdId),
        col((r) => r.record.laborCapacity),
        col((r) => JSON.stringify(r.record.skills)),
        col((r) => r.record.laborBrand),
        col((r) => r.record.willingToMigrate),
        col((r) => JSON.stringify(r.record.preferredRegionCodes)),
        col((r) => r.record.expectedMonthlyWage),
        actor.accountId,
        actor.role === Role.AGENT ? actor.organizationId : null,
        registrationStatusFor(actor),
      ],
    );
    return result.map((r) => r.id);
  }
}
