import type { PostingKind, PostingSearchSort } from '../gql/graphql';

/** The Chinese names of the server's enums, as UI.md spells them. */
export const KIND_LABELS: Record<PostingKind, string> = {
  EAST_WEST: '东西部协作',
  WORKSHOP: '帮扶车间',
  PUBLIC_WELFARE: '公益性岗位',
  LOCAL: '本地岗位',
};

export const SORT_LABELS: Record<PostingSearchSort, string> = {
  RELEVANCE: '相关度',
  WAGE_DESC: '工资最高',
  NEWEST: '最新',
  DISTANCE: '距离最近',
};

export function wageRange(min: number, max: number): string {
  return min === max ? `${min}元/月` : `${min}–${max}元/月`;
}
