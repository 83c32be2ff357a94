import { NestFactory } from '@nestjs/core';
import { AccountsService, USERNAME_PATTERN } from '@app/accounts';
import { CliModule } from '../cli.module.js';
import { promptPassword } from '../prompt-password.js';
import type { CliCommand } from './command.js';

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  usage: 'create-admin <username> [--password <password>]',
  description: 'Create an ADMIN account. Without --password it asks (hidden), or reads one line from piped input.',
  async run(runtime, args) {
    const username = args.find((a) => !a.startsWith('--'));
    if (!username || !USERNAME_PATTERN.test(username)) throw new Error('Give a username of 3-64 letters, digits, _ . @ or -');
    const flag = args.indexOf('--password');
    const password = flag >= 0 ? (args[flag + 1] ?? '') : await promptPassword(`Password for ${username}: `);
    if (password.length < 8) throw new Error('The password must be at least 8 characters');
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.config), { logger: ['error'] });
    try {
      const account = await app.get(AccountsService).createAdmin(username, password);
      process.stdout.write(`Created ADMIN ${account.username} (${account.id}).\n`);
    } finally {
      await app.close();
    }
  },
};
