import { byKeys, requestLoader } from '@app/common';
import type { PostingEntity, PostingsService } from '@app/postings';

/** Postings by id, batched per request, for fields of applications, placements and groups the caller may already see. */
export function loadPosting(context: object, postings: PostingsService, id: string): Promise<PostingEntity | null> {
  return requestLoader<string, PostingEntity | null>(context, 'posting.byId', async (ids) => byKeys(ids, await postings.findMany(ids), (p) => p.id)).load(id);
}
