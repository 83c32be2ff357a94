import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AccountEntity, LoginKnownAddressEntity, LoginThrottleEntity } from '@app/accounts';
import { AuditEntryEntity } from '@app/audit';
import { dataSourceOptions } from '@app/database';
import { RecommendationRoundEntity } from '@app/matching';
import { OrganizationEntity } from '@app/organizations';
import { OutboxEventEntity } from '@app/outbox';
import {
  ApplicationEntity,
  EmploymentConfirmationEntity,
  PlacementEntity,
  PlacementFollowUpEntity,
  PlacementGroupEntity,
  PlacementGroupMemberEntity,
} from '@app/placements';
import { PostingEntity } from '@app/postings';
import { RegionEntity } from '@app/regions';
import { CountySubsidyStandardEntity, OrganizationAwardEntity, SubsidyClaimEntity, SubsidyPolicyEntity } from '@app/subsidies';
import { HouseholdEntity, WorkerCategoryEntity, WorkerEntity, WorkerEntrustmentEntity } from '@app/workers';
import { EmploymentTargetEntity } from '../../../libs/statistics/src/entities/employment-target.entity.js';

const ENTITIES = [
  RegionEntity,
  OrganizationEntity,
  AccountEntity,
  LoginThrottleEntity,
  LoginKnownAddressEntity,
  AuditEntryEntity,
  OutboxEventEntity,
  WorkerEntity,
  HouseholdEntity,
  WorkerCategoryEntity,
  PostingEntity,
  ApplicationEntity,
  PlacementGroupEntity,
  PlacementGroupMemberEntity,
  PlacementEntity,
  EmploymentConfirmationEntity,
  PlacementFollowUpEntity,
  WorkerEntrustmentEntity,
  RecommendationRoundEntity,
  SubsidyPolicyEntity,
  SubsidyClaimEntity,
  CountySubsidyStandardEntity,
  OrganizationAwardEntity,
  EmploymentTargetEntity,
];

/** Every entity file of the libraries (one class each): a new one missing from ENTITIES would escape the check. */
function entityFiles(): string[] {
  const libs = join(process.cwd(), 'libs');
  return readdirSync(libs).flatMap((lib) => {
    const folder = join(libs, lib, 'src', 'entities');
    return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.entity.ts')) : [];
  });
}

describe('migrations', () => {
  it('are checked against every entity the libraries declare', () => {
    expect(ENTITIES).toHaveLength(entityFiles().length);
  });

  it('leave the database exactly as the entities describe it (nothing for synchronize to do)', async () => {
    const dataSource = new DataSource({ ...dataSourceOptions(process.env.DATABASE_URL!), entities: ENTITIES });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(dataSource.migrations.map((m) => m.name));
    } finally {
      await dataSource.destroy();
    }
  });
});
