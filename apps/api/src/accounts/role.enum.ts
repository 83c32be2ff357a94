import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/common';

registerEnumType(Role, { name: 'Role', description: 'WORKER, EMPLOYER, AGENT, BUREAU or ADMIN' });

export { Role };
