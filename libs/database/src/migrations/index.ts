import type { MigrationInterface } from 'typeorm';
import { Foundation1795426898616 } from './1795426898616-Foundation.js';
import { LoadRegions1795426898700 } from './1795426898700-LoadRegions.js';
import { Registry1795427587373 } from './1795427587373-Registry.js';
import { Placements1795428016362 } from './1795428016362-Placements.js';
import { Subsidies1795428574309 } from './1795428574309-Subsidies.js';
import { Statistics1795428616990 } from './1795428616990-Statistics.js';
import { SeedSubsidyPolicies1795428900000 } from './1795428900000-SeedSubsidyPolicies.js';
import { StatisticsRollup1795429100000 } from './1795429100000-StatisticsRollup.js';
import { CategoryLookupIndex1795429200000 } from './1795429200000-CategoryLookupIndex.js';
import { PlacementStatuses1795429300000 } from './1795429300000-PlacementStatuses.js';
import { EvidenceTime1795429400000 } from './1795429400000-EvidenceTime.js';
import { CategoryVerification1795429700000 } from './1795429700000-CategoryVerification.js';
import { Attestation1795429800000 } from './1795429800000-Attestation.js';
import { CancelledApplications1795429800001 } from './1795429800001-CancelledApplications.js';
import { PlacementGroupConsent1795429900000 } from './1795429900000-PlacementGroupConsent.js';
import { PolicySuccession1796238366099 } from './1796238366099-PolicySuccession.js';
import { ClaimKeys1796247806000 } from './1796247806000-ClaimKeys.js';
import { AbsorptionMinimum1796251463488 } from './1796251463488-AbsorptionMinimum.js';
import { IdMaskCheckCharacterOnly1796252076207 } from './1796252076207-IdMaskCheckCharacterOnly.js';
import { AccountLifecycle1796293465382 } from './1796293465382-AccountLifecycle.js';
import { HouseholdCreator1796294477368 } from './1796294477368-HouseholdCreator.js';
import { CountySubsidyStandards1796297618378 } from './1796297618378-CountySubsidyStandards.js';
import { WorkerRegistrationReview1796297989814 } from './1796297989814-WorkerRegistrationReview.js';
import { EmploymentReward1796298551839 } from './1796298551839-EmploymentReward.js';
import { OrganizationContact1796313906046 } from './1796313906046-OrganizationContact.js';
import { ApplicationsByPosting1796320000000 } from './1796320000000-ApplicationsByPosting.js';
import { WorkerEntrustments1796320100000 } from './1796320100000-WorkerEntrustments.js';
import { OrganizationAwards1796359325226 } from './1796359325226-OrganizationAwards.js';
import { LaborCooperative1796360048322 } from './1796360048322-LaborCooperative.js';
import { IndividualBrokers1796361068877 } from './1796361068877-IndividualBrokers.js';
import { StatisticsWorkplaceRollup1796359500000 } from './1796359500000-StatisticsWorkplaceRollup.js';
import { AuditLogActionIndex1796365000000 } from './1796365000000-AuditLogActionIndex.js';
import { SubsidyFunds1796395654093 } from './1796395654093-SubsidyFunds.js';

/** Every migration in order. A new one is generated with `npm run typeorm -- migration:generate` and added here. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Foundation1795426898616,
  LoadRegions1795426898700,
  Registry1795427587373,
  Placements1795428016362,
  Subsidies1795428574309,
  Statistics1795428616990,
  SeedSubsidyPolicies1795428900000,
  StatisticsRollup1795429100000,
  CategoryLookupIndex1795429200000,
  PlacementStatuses1795429300000,
  EvidenceTime1795429400000,
  CategoryVerification1795429700000,
  Attestation1795429800000,
  CancelledApplications1795429800001,
  PlacementGroupConsent1795429900000,
  PolicySuccession1796238366099,
  ClaimKeys1796247806000,
  AbsorptionMinimum1796251463488,
  IdMaskCheckCharacterOnly1796252076207,
  AccountLifecycle1796293465382,
  HouseholdCreator1796294477368,
  CountySubsidyStandards1796297618378,
  WorkerRegistrationReview1796297989814,
  EmploymentReward1796298551839,
  OrganizationContact1796313906046,
  ApplicationsByPosting1796320000000,
  WorkerEntrustments1796320100000,
  OrganizationAwards1796359325226,
  StatisticsWorkplaceRollup1796359500000,
  LaborCooperative1796360048322,
  IndividualBrokers1796361068877,
  AuditLogActionIndex1796365000000,
  SubsidyFunds1796395654093,
];
