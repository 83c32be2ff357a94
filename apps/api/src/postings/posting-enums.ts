import { registerEnumType } from '@nestjs/graphql';
import { PostingKind, PostingStatus } from '@app/postings';

registerEnumType(PostingKind, {
  name: 'PostingKind',
  description: '东西部劳务协作 EAST_WEST, 就业帮扶车间 WORKSHOP, 乡村公益性岗位 PUBLIC_WELFARE, ordinary local jobs LOCAL',
});
registerEnumType(PostingStatus, { name: 'PostingStatus', description: 'FILLED when every opening is taken; it reopens when a placement ends' });

export { PostingKind, PostingStatus };
