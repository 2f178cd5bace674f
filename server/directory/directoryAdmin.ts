import { randomUUID } from "node:crypto";
import type {
  Commission,
  CommitteeSession,
  Role,
  Service,
  User,
} from "../../shared/domain/entities";
import { UserError } from "../../shared/contract/errors";
import { hashPassword } from "../auth/passwords";
import type { Store } from "../db/store";
import { publishChange } from "../sync/changeFeed";

/**
 * The admin's operations on services, commissions, sessions and users.
 * Each one validates its input, refuses duplicates with a UserError and
 * publishes the change workstations will pull. Duplicates are looked for
 * under the write lock that writes the record: records are written with
 * INSERT OR REPLACE, so another process adding the same one in between
 * would otherwise be replaced without a word.
 */

/** Adds a Service; its key is its id (short, stable, e.g. "agence"). */
export function addService(
  store: Store,
  input: { key: string; name: string; binding: boolean },
): Service {
  if (!/^[a-z0-9_-]{1,40}$/.test(input.key)) {
    throw new UserError("service.error.badKey", { key: input.key });
  }
  const service: Service = {
    id: input.key,
    name: input.name,
    binding: input.binding,
  };
  store.writeTransaction(() => {
    if (store.directory.getService(input.key) !== null) {
      throw new UserError("service.error.duplicate", { key: input.key });
    }
    store.directory.putService(service);
    publishChange(store, { entity: "service", record: service });
  });
  return service;
}

/** Adds a Commission for a commune, with its quorum. */
export function addCommission(
  store: Store,
  input: { name: string; commune: string; quorum: number },
): Commission {
  if (!Number.isInteger(input.quorum) || input.quorum < 0) {
    throw new UserError("commission.error.badQuorum");
  }
  const commission: Commission = { id: randomUUID(), ...input };
  store.writeTransaction(() => {
    if (store.directory.findCommissionByName(input.name) !== null) {
      throw new UserError("commission.error.duplicate", { name: input.name });
    }
    store.directory.putCommission(commission);
    publishChange(store, { entity: "commission", record: commission });
  });
  return commission;
}

/** Adds a Session (a meeting) to a commission found by name. */
export function addSession(
  store: Store,
  input: { commissionName: string; date: string; title: string },
): CommitteeSession {
  const commission = requireCommission(store, input.commissionName);
  if (!isIsoDate(input.date)) {
    throw new UserError("session.error.badDate", { date: input.date });
  }
  const session: CommitteeSession = {
    id: randomUUID(),
    commissionId: commission.id,
    date: input.date,
    title: input.title,
  };
  store.writeTransaction(() => {
    if (store.directory.findSession(commission.id, input.title) !== null) {
      throw new UserError("session.error.duplicate", { title: input.title });
    }
    store.directory.putSession(session);
    publishChange(store, { entity: "session", record: session });
  });
  return session;
}

/** What the admin gives to create a user. */
export interface NewUser {
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: Role;
  readonly serviceKey: string | null;
  readonly commissionNames: readonly string[];
}

/** Adds a user with a scrypt-hashed password. */
export async function addUser(store: Store, input: NewUser): Promise<User> {
  if (store.directory.findUserByUsername(input.username) !== null) {
    throw new UserError("user.error.duplicate", { username: input.username });
  }
  if (input.password.length < 8) throw new UserError("user.error.weakPassword");
  if (input.role === "member" && input.serviceKey === null) {
    throw new UserError("user.error.memberNeedsService");
  }
  if (
    input.serviceKey !== null &&
    store.directory.getService(input.serviceKey) === null
  ) {
    throw new UserError("service.error.notFound", { key: input.serviceKey });
  }

  const commissionIds = input.commissionNames.map(
    (name) => requireCommission(store, name).id,
  );
  const user: User = {
    id: randomUUID(),
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    serviceId: input.serviceKey,
    commissionIds: [...new Set(commissionIds)],
  };
  const passwordHash = await hashPassword(input.password);
  store.directory.addUser({ ...user, passwordHash });
  return user;
}

/** The commission of this name, or a UserError naming it. */
export function requireCommission(store: Store, name: string): Commission {
  const commission = store.directory.findCommissionByName(name);
  if (commission === null) {
    throw new UserError("commission.error.notFound", { name });
  }
  return commission;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
