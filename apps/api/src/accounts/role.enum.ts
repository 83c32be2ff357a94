import { registerEnumType } from '@nestjs/graphql';
import { BureauDepartment, Role } from '@app/common';

registerEnumType(Role, { name: 'Role', description: 'WORKER, EMPLOYER, AGENT, BUREAU or ADMIN' });

registerEnumType(BureauDepartment, {
  name: 'BureauDepartment',
  description:
    'A bureau account’s department, where subsidy money is split: 乡村振兴部门 RURAL_REVITALIZATION (衔接推进乡村振兴补助资金: transport support), 人力资源社会保障部门 HUMAN_RESOURCES (就业补助资金: the employment subsidies and awards)',
});

export { BureauDepartment, Role };
