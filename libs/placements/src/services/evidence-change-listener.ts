import type { EntityManager } from 'typeorm';

/**
 * Told, inside the transaction that made the change, that a placement's evidence was corrected (a monthly
 * confirmation rewritten). The subsidy domain uses it to flag claims decided on the old evidence for review.
 */
export abstract class EvidenceChangeListener {
  abstract placementEvidenceChanged(manager: EntityManager, placementId: string): Promise<void>;
}
