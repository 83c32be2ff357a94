/** Audit actions that something reads back; the writer and the reader share the name. */
export const AuditAction = {
  /** revealIdNumber: a bureau saw a worker's full ID number, with the purpose and note in `after`. */
  ID_NUMBER_REVEALED: 'worker.id_number.revealed',
} as const;
