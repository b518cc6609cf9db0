/** A problem of the assembled feed, by JSON path: lint.ts and its helpers find these, check.ts places them in files. */
import type { Said } from '../words/said.js';
import { inEnglish } from '../words/speaker.js';

export interface Finding {
  path: string;
  severity: 'error' | 'warning';
  /** In English; printed from `said` in the coordinator's language when it is set. */
  message: string;
  said?: Said;
}

/** A finding that says `said`. */
export const finding = (path: string, severity: Finding['severity'], said: Said): Finding => ({ path, severity, message: inEnglish(said), said });
