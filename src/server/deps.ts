import type { Logger } from 'pino';
import type { AuthService } from '../services/auth-service.ts';
import type { FollowupService } from '../services/followup-service.ts';
import type { OrgService } from '../services/org-service.ts';
import type { ReportService } from '../services/report-service.ts';
import type { RetentionService } from '../services/retention-service.ts';
import type { BlobStore } from '../store/blob-store.ts';
import type { JoinService } from '../services/join-service.ts';
import type { ProcessService } from '../services/process-service.ts';
import type { SessionEngine } from '../services/session-engine.ts';
import type { Store } from '../store/store.ts';
import type { Config } from './config.ts';

/** What routes and the gateway may use: services, never the database directly except via Store. */
export interface Deps {
  config: Config;
  store: Store;
  auth: AuthService;
  processes: ProcessService;
  join: JoinService;
  engine: SessionEngine;
  followups: FollowupService;
  orgs: OrgService;
  reports: ReportService;
  retention: RetentionService;
  /** uploaded images (flipchart photos and drawings), re-encoded */
  blobs: BlobStore;
  log: Logger;
  now: () => number;
}
