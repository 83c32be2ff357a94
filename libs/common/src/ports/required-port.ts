import type { ModuleRef } from '@nestjs/core';

/** A port's token: the abstract class its consumer depends on. */
export type PortToken<T> = abstract new (...args: never[]) => T;

/**
 * A cross-domain port (a domain asks another it may not import, e.g. workers asking placements who works with a
 * worker): the consumer declares the abstract class, and the composition root (apps/api, apps/cli …) wires the
 * implementation among its providers, `{ provide: Port, useClass: Implementation }`. Nest resolves a provider only from
 * its own module, its imports and global modules, so the consumer looks the port up in the whole application once
 * every provider exists (onModuleInit) and refuses to start without it: a missing port fails the boot, it never
 * silently turns into "nobody is linked" or "nothing to flag".
 */
export function requirePort<T>(moduleRef: ModuleRef, token: PortToken<T>, consumer: string, withoutIt: string): T {
  let found: T | undefined;
  try {
    found = moduleRef.get<T>(token, { strict: false });
  } catch {
    found = undefined;
  }
  if (!found) {
    throw new Error(
      `${consumer} needs the port ${token.name}, and this application does not provide it (without it, ${withoutIt}). ` +
        `Wire it in the composition root: providers: [{ provide: ${token.name}, useClass: <its implementation> }] (see docs/architecture.md, "Ports").`,
    );
  }
  return found;
}
