/**
 * Named (prepared) statements on the server's application connections (issue 7, decision 0013,
 * fourth round). A statement the application sends again and again is given a name, so that each
 * connection parses and plans it once and afterwards only binds and executes it: PostgreSQL skips
 * the parse, the rewrite (row-level security policies included) and, once it settles on a generic
 * plan, the planning, which were most of its work for a short read.
 *
 * Row-level security is unchanged: policies are part of the plan, and their actor comes from the
 * transaction's settings (`current_setting`, the STABLE helpers), read when the statement runs,
 * never when it is planned; PostgreSQL replans a cached statement when the role it was planned for
 * changes or a table, policy or function it uses is altered.
 *
 * Only statements that are one command without a semicolon, sent with the extended protocol by
 * the query builder, and seen at least twice are named, and at most MAX_NAMED_STATEMENTS texts in
 * all, so that a connection holds a bounded number of plans; anything else goes unnamed, as before.
 * node-postgres keeps the statements a connection has parsed and sends the Parse message only once
 * per connection (also when pipelined).
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

/** At most this many texts are named (each application connection may hold a plan for each). */
export const MAX_NAMED_STATEMENTS = 250;
/** A text is named from its second use (a one-off statement is not kept by every connection). */
const USES_BEFORE_NAMING = 2;
/** Texts counted but not yet named; cleared when it grows past this (one-off texts). */
const MAX_COUNTED = 2_000;

export interface StatementNames {
  /** The name for `text`, or undefined when it goes unnamed. */
  nameFor(text: string): string | undefined;
  /** Texts named so far. */
  readonly size: number;
}

/** A registry of statement names, shared by the connections of one pool. */
export function statementNames(max = MAX_NAMED_STATEMENTS): StatementNames {
  const named = new Map<string, string>();
  const seen = new Map<string, number>();
  return {
    nameFor(text) {
      const name = named.get(text);
      if (name !== undefined) return name;
      if (named.size >= max || text.includes(';')) return undefined;
      const uses = (seen.get(text) ?? 0) + 1;
      if (uses < USES_BEFORE_NAMING) {
        if (seen.size >= MAX_COUNTED) seen.clear();
        seen.set(text, uses);
        return undefined;
      }
      seen.delete(text);
      // The name depends only on the text, so it means the same statement on every connection.
      const given = `steward_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      named.set(text, given);
      return given;
    },
    get size() {
      return named.size;
    },
  };
}

interface QueryConfigLike {
  text?: unknown;
  name?: unknown;
  values?: unknown;
}

/**
 * Makes `client` name the repeated statements it is given as query configs (the query builder's
 * form). Text queries (`client.query('begin; …')`, simple protocol, possibly several statements)
 * and configs that already carry a name are passed on as they are.
 */
export function nameRepeatedStatements(client: pg.ClientBase, names: StatementNames): void {
  const original = client.query as (...args: unknown[]) => unknown;
  const query = function (this: pg.ClientBase, config: unknown, ...rest: unknown[]) {
    if (config !== null && typeof config === 'object' && !('submit' in config)) {
      const c = config as QueryConfigLike;
      if (typeof c.text === 'string' && c.name === undefined) {
        const name = names.nameFor(c.text);
        if (name !== undefined) return original.call(this, { ...c, name }, ...rest);
      }
    }
    return original.call(this, config, ...rest);
  };
  (client as unknown as { query: typeof query }).query = query;
}
