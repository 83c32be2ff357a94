import { registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@app/organizations';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Agencies (LABOR_AGENCY, HR_AGENCY) get AGENT accounts; all other kinds get EMPLOYER accounts',
});

export { OrganizationKind };
