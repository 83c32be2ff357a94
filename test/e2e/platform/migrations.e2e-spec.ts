import { DataSource } from 'typeorm';
import { AccountEntity, LoginKnownAddressEntity, LoginThrottleEntity } from '@app/accounts';
import { AuditEntryEntity } from '@app/audit';
import { dataSourceOptions } from '@app/database';
import { RecommendationRoundEntity } from '@app/matching';
import { OrganizationEntity } from '@app/organizations';
import { OutboxEventEntity } from '@app/outbox';
import { ApplicationEntity, EmploymentConfirmationEntity, PlacementEntity, PlacementGroupEntity, PlacementGroupMemberEntity } from '@app/placements';
import { PostingEntity } from '@app/postings';
import { RegionEntity } from '@app/regions';
import { SubsidyClaimEntity, SubsidyPolicyEntity } from '@app/subsidies';
import { HouseholdEntity, WorkerCategoryEntity, WorkerEntity } from '@app/workers';
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
  RecommendationRoundEntity,
  SubsidyPolicyEntity,
  SubsidyClaimEntity,
  EmploymentTargetEntity,
];

describe('migrations', () => {
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
