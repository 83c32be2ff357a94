import { registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@app/organizations';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description:
    'Agencies (LABOR_AGENCY 劳务公司, HR_AGENCY 人力资源服务机构, LABOR_COOPERATIVE 劳务合作社, INDIVIDUAL_BROKER 个人劳务经纪人: no credit code, their own ID number) get AGENT accounts; all other kinds (COOPERATIVE is the farmers’ 农民合作社, an employer) get EMPLOYER accounts',
});

export { OrganizationKind };
