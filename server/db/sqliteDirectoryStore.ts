import type { Database as SqliteDatabase } from "better-sqlite3";
import {
  commissionSchema,
  serviceSchema,
  sessionSchema,
  userSchema,
} from "../../shared/domain/entities";
import type {
  Commission,
  CommitteeSession,
  Service,
  User,
} from "../../shared/domain/entities";
import type { DirectoryStore, StoredUser } from "./store";
import { RecordTable } from "./sqliteRecords";
import type { RecordRow } from "./sqliteRecords";

/** Services, commissions, sessions, users and tokens in SQLite. */
export class SqliteDirectoryStore implements DirectoryStore {
  private readonly services;
  private readonly commissions;
  private readonly sessions;
  private readonly users;

  constructor(private readonly db: SqliteDatabase) {
    this.services = new RecordTable(db, "services", serviceSchema);
    this.commissions = new RecordTable(db, "commissions", commissionSchema);
    this.sessions = new RecordTable(db, "sessions", sessionSchema);
    this.users = new RecordTable(db, "users", userSchema);
  }

  putService(service: Service): void {
    this.services.put(service.id, service, {});
  }

  getService(id: string): Service | null {
    return this.services.get(id);
  }

  listServices(): Service[] {
    return this.services.where("1 = 1 ORDER BY id");
  }

  putCommission(commission: Commission): void {
    this.commissions.put(commission.id, commission, {
      name: commission.name,
      commune: commission.commune,
    });
  }

  getCommission(id: string): Commission | null {
    return this.commissions.get(id);
  }

  findCommissionByName(name: string): Commission | null {
    return this.commissions.where("name = ?", name)[0] ?? null;
  }

  putSession(session: CommitteeSession): void {
    this.sessions.put(session.id, session, {
      commission_id: session.commissionId,
      title: session.title,
    });
  }

  getSession(id: string): CommitteeSession | null {
    return this.sessions.get(id);
  }

  findSession(commissionId: string, title: string): CommitteeSession | null {
    return (
      this.sessions.where(
        "commission_id = ? AND title = ?",
        commissionId,
        title,
      )[0] ?? null
    );
  }

  addUser(user: StoredUser): void {
    const { passwordHash, ...record } = user;
    this.db
      .prepare(
        "INSERT INTO users (id, username, password_hash, record_json) " +
          "VALUES (?, ?, ?, ?)",
      )
      .run(user.id, user.username, passwordHash, JSON.stringify(record));
    const member = this.db.prepare(
      "INSERT INTO user_commissions (user_id, commission_id) VALUES (?, ?)",
    );
    for (const commissionId of user.commissionIds) {
      member.run(user.id, commissionId);
    }
  }

  findUserByUsername(username: string): StoredUser | null {
    const row = this.db
      .prepare(
        "SELECT record_json, password_hash FROM users WHERE username = ?",
      )
      .get(username) as (RecordRow & { password_hash: string }) | undefined;
    if (row === undefined) return null;
    return { ...this.users.parse(row), passwordHash: row.password_hash };
  }

  getUser(id: string): User | null {
    return this.users.get(id);
  }

  saveToken(tokenSha256: string, userId: string, expiresAt: string): void {
    this.db
      .prepare(
        "INSERT INTO auth_tokens (token_sha256, user_id, expires_at) " +
          "VALUES (?, ?, ?)",
      )
      .run(tokenSha256, userId, expiresAt);
  }

  deleteToken(tokenSha256: string, now: string): void {
    this.db
      .prepare(
        "DELETE FROM auth_tokens WHERE token_sha256 = ? OR expires_at <= ?",
      )
      .run(tokenSha256, now);
  }

  findUserByToken(tokenSha256: string, now: string): User | null {
    const row = this.db
      .prepare(
        "SELECT u.record_json FROM auth_tokens t JOIN users u " +
          "ON u.id = t.user_id WHERE t.token_sha256 = ? AND t.expires_at > ?",
      )
      .get(tokenSha256, now) as RecordRow | undefined;
    return row === undefined ? null : this.users.parse(row);
  }
}
