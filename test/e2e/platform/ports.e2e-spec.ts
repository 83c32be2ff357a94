import type { ModuleMetadata, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfigModule, validateConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { EvidenceChangeListener, PlacementsModule, PlacementWorkerLinks } from '@app/placements';
import { ClaimsReviewFlagger } from '@app/subsidies';
import { WorkerLinksSource, WorkersModule } from '@app/workers';

const workerLinks: Provider = { provide: WorkerLinksSource, useClass: PlacementWorkerLinks };
const evidenceListener: Provider = { provide: EvidenceChangeListener, useClass: ClaimsReviewFlagger };

/** Builds a composition and runs its start-up hooks, as the API, the CLI and the worker do; always closes it again. */
async function boot(metadata: ModuleMetadata): Promise<void> {
  const config = validateConfig({ ...process.env });
  const composition = await Test.createTestingModule({ ...metadata, imports: [AppConfigModule.forRoot(config), DatabaseModule, ...(metadata.imports ?? [])] })
    .setLogger({ log() {}, error() {}, warn() {} })
    .compile();
  try {
    await composition.init();
  } finally {
    await composition.close();
  }
}

/**
 * The cross-domain ports are required: a composition that forgets one refuses to start, naming the port, instead of
 * running with agents and employers seeing no linked workers or with corrected evidence never flagging claims.
 */
describe('cross-domain ports', () => {
  it('refuses to start the workers domain without a WorkerLinksSource', async () => {
    await expect(boot({ imports: [WorkersModule] })).rejects.toThrow(/WorkersService needs the port WorkerLinksSource/);
    await expect(boot({ imports: [WorkersModule], providers: [workerLinks] })).resolves.toBeUndefined();
  });

  it('refuses to start the placements domain without an EvidenceChangeListener', async () => {
    await expect(boot({ imports: [PlacementsModule], providers: [workerLinks] })).rejects.toThrow(
      /PlacementsService needs the port EvidenceChangeListener.*claims decided on corrected evidence would not be flagged/,
    );
    await expect(boot({ imports: [PlacementsModule], providers: [workerLinks, evidenceListener] })).resolves.toBeUndefined();
  });
});
