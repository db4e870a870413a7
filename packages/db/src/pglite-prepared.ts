/**
 * Named (prepared) statements on embedded PGlite (decision 0013, fourth round). PGlite's own
 * `query()` sends each statement as six protocol calls into the WASM backend (parse, describe,
 * bind, describe, execute, sync) and PostgreSQL parses, rewrites (row-level security included) and
 * plans it every time. A statement the application repeats is here parsed once under a name
 * (prepared.ts decides which), and each execution is ONE protocol call: bind, describe, execute
 * and sync together. Values are serialised and rows parsed by PGlite's own serialisers and parsers,
 * as its `query()` does; the call holds PGlite's query lock, so it never interleaves with another.
 * Row-level security is unchanged (see prepared.ts).
 */
import {
  parse as pgliteParse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
} from '@electric-sql/pglite';
import { statementNames } from './prepared';

type Query = (text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<unknown>>;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type Messages = Parameters<typeof pgliteParse.parseResults>[0];
type Parsers = Parameters<typeof pgliteParse.parseResults>[1];

/**
 * PGlite's `parseResults`, with the same rows, for options that carry their own `parsers` (the
 * query builder's options always do: its date and time types as text). PGlite merges them with its
 * own parsers on every call (`{ ...defaults, ...options.parsers }`, some 320 entries keyed by type
 * id): about 105 µs per statement against 6–9 µs without, a tenth of a PGlite list's CPU (decision
 * 0013, tenth round). Here only the result's column types are merged, by the same rule (an option's
 * own parser first, else the instance's; a type with neither falls back to PGlite's built-in
 * handlers, as before), and PGlite parses with that table and no `parsers` option.
 */
export function parseResultsFast(
  messages: Messages,
  parsers: Parsers,
  options?: QueryOptions,
): Results<unknown>[] {
  const own = options?.parsers;
  if (!own) return pgliteParse.parseResults(messages, parsers, options) as Results<unknown>[];
  const table: Parsers = {};
  for (const message of messages) {
    if (message.name !== 'rowDescription') continue;
    for (const field of (message as unknown as { fields: { dataTypeID: number }[] }).fields) {
      const oid = field.dataTypeID;
      const parser = Object.hasOwn(own, oid) ? own[oid] : parsers[oid];
      if (parser !== undefined) table[oid] = parser;
    }
  }
  const { parsers: _merged, ...rest } = options;
  return pgliteParse.parseResults(messages, table, rest) as Results<unknown>[];
}

/**
 * Runs `text` (statements without parameters) as ONE simple Query call into the backend and gives
 * each statement's rows, as PGlite's `exec` does, without the separate Sync call `exec` sends after
 * it (a Query ends with ReadyForQuery by itself; on an error PostgreSQL skips the rest of the text
 * and ends it the same way): 62–80 µs a call against 91–157 µs (decision 0013, tenth round). Takes
 * no lock: the caller holds PGlite's query lock (and, outside a transaction, its transaction lock).
 */
export async function pgliteSimpleQuery(client: PGlite, text: string): Promise<Results<unknown>[]> {
  if (client.closed) throw new Error('PGlite is closed');
  const { messages } = await client.execProtocol(protocol.serialize.query(text), { syncToFs: false });
  return pgliteParse.parseResults(messages, client.parsers) as Results<unknown>[];
}

/**
 * For one PGlite instance (one backend): wraps a `query` function (PGlite's, or a transaction's)
 * so that repeated statements run prepared.
 */
export function pglitePreparedQueries(client: PGlite): (query: Query) => Query {
  const names = statementNames();
  /** Parameter types of the statements this backend has prepared, by name. */
  const prepared = new Map<string, number[]>();
  const { serialize } = protocol;
  const run = async (name: string, text: string, params: unknown[], options?: QueryOptions) => {
    let types = prepared.get(name);
    if (!types) {
      const { messages } = await client.execProtocol(
        concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
        { syncToFs: false },
      );
      types = pgliteParse.parseDescribeStatementResults(messages);
      prepared.set(name, types);
    }
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const oid = types[i]!;
      const serializer = options?.serializers?.[oid] ?? client.serializers[oid];
      return serializer ? serializer(param) : String(param);
    });
    const { messages } = await client.execProtocol(
      concat([
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    return parseResultsFast(messages, client.parsers, options)[0] as Results<unknown>;
  };
  return (query) =>
    (text, params = [], options) => {
      const name = options?.blob ? undefined : names.nameFor(text);
      if (name === undefined) return query(text, params, options);
      return client._runExclusiveQuery(() => run(name, text, params, options));
    };
}
