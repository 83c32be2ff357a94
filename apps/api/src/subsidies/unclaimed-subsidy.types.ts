import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { IsRegionCode, PageArgs, PageInfo } from '@app/common';
import type { UnclaimedPage } from '@app/subsidies';
import { Placement, toPlacement } from '../placements/placement.type.js';
import { SubsidyKind } from './subsidy-enums.js';
import { SubsidyAssessment, type SubsidyPolicy, toAssessment } from './subsidy.types.js';

@InputType()
export class UnclaimedSubsidyFilterInput {
  @Field(() => String, { nullable: true, description: 'Worker’s hukou region and everything under it; the bureau’s own jurisdiction when left out' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => SubsidyKind, { nullable: true })
  @IsOptional()
  @IsEnum(SubsidyKind)
  kind?: SubsidyKind;
}

@ArgsType()
export class UnclaimedSubsidiesArgs extends PageArgs {
  @Field(() => UnclaimedSubsidyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnclaimedSubsidyFilterInput)
  filter?: UnclaimedSubsidyFilterInput;
}

@ObjectType({ description: 'A subsidy ELIGIBLE today that nobody has claimed (应发尽发): raise it with submitSubsidyClaims' })
export class UnclaimedSubsidy {
  @Field(() => Placement)
  placement: Placement;

  @Field(() => SubsidyAssessment, { description: 'The assessment: kind, title, amount, beneficiary, reason and policy version' })
  assessment: SubsidyAssessment;
}

@ObjectType()
export class UnclaimedSubsidyEdge {
  @Field()
  cursor: string;

  @Field(() => UnclaimedSubsidy)
  node: UnclaimedSubsidy;
}

@ObjectType({ description: 'Computed on each call from the placements of the region, oldest start first; no total (it would assess them all)' })
export class UnclaimedSubsidyConnection {
  @Field(() => [UnclaimedSubsidyEdge])
  edges: UnclaimedSubsidyEdge[];

  @Field(() => PageInfo, {
    description: 'hasNextPage may be true on a short (even empty) page: the call read its limit of 2,000 placements, or spent its 400 ms',
  })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Placements this page read and assessed' })
  scannedPlacements: number;
}

export function toUnclaimedConnection(page: UnclaimedPage, policyOf: (id: string) => SubsidyPolicy): UnclaimedSubsidyConnection {
  return {
    edges: page.items.map((item, i) => ({
      cursor: page.cursors[i],
      node: { placement: toPlacement(item.placement), assessment: toAssessment(item.assessment, policyOf(item.policy.id), item.placement.recordedLate) },
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    scannedPlacements: page.scannedPlacements,
  };
}
