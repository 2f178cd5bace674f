import type {
  Commission,
  CommitteeSession,
  Dossier,
  DossierDocument,
  Georeference,
  Markup,
  Opinion,
  Service,
  User,
  Zone,
  ZoningPlan,
} from "../../shared/domain/entities";
import type { SyncChange, SyncRecord } from "../../shared/contract/sync";

/**
 * The server's storage, in domain words. SQLite implements it today
 * (server/db/sqlite*); a PostgreSQL store would implement the same
 * interface. Callers never see SQL or snake_case.
 *
 * Methods are synchronous because better-sqlite3 is; a future async store
 * would change this interface, which is why it is the only seam.
 */
export interface Store {
  readonly directory: DirectoryStore;
  readonly dossiers: DossierStore;
  readonly changes: ChangeLogStore;
  readonly zoning: ZoningStore;
  /**
   * Runs `work` atomically: all its writes land, or none. The lock is
   * taken at the first write: work that reads first and then writes while
   * another process holds the lock fails at once (SQLite cannot wait
   * without risking a deadlock), so such work uses `writeTransaction`.
   */
  transaction<T>(work: () => T): T;
  /**
   * Runs `work` like `transaction`, holding the store's write lock from
   * its first statement, so that no other writer, in this process or
   * another, commits between what `work` reads and what it then does.
   * For work whose reads decide a side effect outside the database, such
   * as deleting a file no record holds. SQLite takes the lock with BEGIN
   * IMMEDIATE; a PostgreSQL store would take a lock all writers share.
   * Throws, running nothing, when called inside another transaction: the
   * outer one may have read without the lock, and SQLite would turn this
   * one into a savepoint of it, taking no lock of its own.
   */
  writeTransaction<T>(work: () => T): T;
  close(): void;
}

/** A user with the password hash, which never leaves the server. */
export interface StoredUser extends User {
  readonly passwordHash: string;
}

/** Services, commissions, sessions, users and their tokens. */
export interface DirectoryStore {
  putService(service: Service): void;
  getService(id: string): Service | null;
  listServices(): Service[];
  putCommission(commission: Commission): void;
  getCommission(id: string): Commission | null;
  findCommissionByName(name: string): Commission | null;
  putSession(session: CommitteeSession): void;
  getSession(id: string): CommitteeSession | null;
  findSession(commissionId: string, title: string): CommitteeSession | null;
  /** Inserts a user and their commission memberships. */
  addUser(user: StoredUser): void;
  findUserByUsername(username: string): StoredUser | null;
  getUser(id: string): User | null;
  /** Stores a token by its SHA-256; the token itself is never stored. */
  saveToken(tokenSha256: string, userId: string, expiresAt: string): void;
  /** Forgets a token (sign-out) and every token expired by `now`. */
  deleteToken(tokenSha256: string, now: string): void;
  /** The user owning an unexpired token, or null. */
  findUserByToken(tokenSha256: string, now: string): User | null;
}

/** Dossiers and what hangs off them. */
export interface DossierStore {
  putDossier(dossier: Dossier): void;
  getDossier(id: string): Dossier | null;
  findDossierByNumber(number: string): Dossier | null;
  listDossiers(commissionIds: readonly string[] | "all"): Dossier[];
  putDocument(document: DossierDocument): void;
  getDocument(id: string): DossierDocument | null;
  listDocuments(dossierId: string): DossierDocument[];
  /** Documents whose content has this hash, in any dossier. */
  findDocumentsBySha256(sha256: string): DossierDocument[];
  putMarkup(markup: Markup): void;
  getMarkup(id: string): Markup | null;
  /** Every markup of a dossier, deleted ones included, oldest first. */
  listMarkups(dossierId: string): Markup[];
  putGeoreference(georeference: Georeference): void;
  getGeoreference(id: string): Georeference | null;
  putOpinion(opinion: Opinion): void;
  /** Opinions whose signed PDF has this hash. */
  findOpinionsBySignedPdf(sha256: string): Opinion[];
  getOpinion(id: string): Opinion | null;
  /** A Member's opinions on a dossier, any round. */
  listMemberOpinions(dossierId: string, memberId: string): Opinion[];
  /** Records that a blob of this hash is on disk. */
  recordBlob(sha256: string, sizeBytes: number): void;
  hasBlob(sha256: string): boolean;
}

/** Who may read a change; null fields do not restrict. */
export interface ChangeScope {
  readonly commissionId: string | null;
  readonly commune: string | null;
  readonly serviceId: string | null;
}

/** What a user may read when pulling changes. */
export interface ReadScope {
  readonly all: boolean;
  readonly commissionIds: readonly string[];
  readonly communes: readonly string[];
  readonly serviceIds: readonly string[];
}

/** The outcome of a push mutation, kept so a replay answers the same. */
export interface MutationOutcome {
  readonly status: "applied" | "rejected";
  readonly errorKey: string | null;
}

/** The change log that workstations pull, and the processed mutations. */
export interface ChangeLogStore {
  /** Appends a change and answers its sequence number. */
  append(record: SyncRecord, scope: ChangeScope): number;
  /** Changes after `since` the scope may read, oldest first. */
  listSince(since: number, limit: number, scope: ReadScope): SyncChange[];
  /**
   * The outcome of a mutation this user already pushed. Ids are scoped per
   * user, so another user reusing an id is not answered someone else's.
   */
  findMutation(mutationId: string, userId: string): MutationOutcome | null;
  recordMutation(
    mutationId: string,
    userId: string,
    outcome: MutationOutcome,
  ): void;
}

/** Zoning plans and their zones. */
export interface ZoningStore {
  getPlan(id: string): ZoningPlan | null;
  findPlan(commune: string, name: string): ZoningPlan | null;
  putPlan(plan: ZoningPlan): void;
  putZone(zone: Zone): void;
  listZones(planId: string): Zone[];
}
