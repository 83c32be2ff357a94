import { byKeys, requestLoader } from '@app/common';
import type { OrganizationsService } from '@app/organizations';
import { toOrganization, type Organization } from './organization.type.js';

/** Organisations by id, batched per request (one query however many postings or placements name them). */
export function loadOrganization(context: object, organizations: OrganizationsService, id: string | null): Promise<Organization | null> {
  if (!id) return Promise.resolve(null);
  return requestLoader<string, Organization | null>(context, 'organization.byId', async (ids) => {
    const rows = await organizations.findMany(ids);
    return byKeys(ids, rows.map(toOrganization), (o) => o.id);
  }).load(id);
}
