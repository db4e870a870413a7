// parseResultsFast gives PGlite's own parseResults rows for every option shape the application
// uses (decision 0013, tenth round): the query builder's text parsers for dates and times, a parser
// of the caller's own, array and object rows, several result sets, and no options at all.
import { PGlite, parse, protocol, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResultsFast } from './pglite-prepared';

let client: PGlite;
beforeAll(async () => {
  client = await PGlite.create();
});
afterAll(async () => client?.close());

const asText = (value: string) => value;
/** The options the query builder (drizzle-orm) passes with every statement. */
const drizzleParsers = {
  [types.TIMESTAMP]: asText,
  [types.TIMESTAMPTZ]: asText,
  [types.INTERVAL]: asText,
  [types.DATE]: asText,
  1231: asText,
  1115: asText,
  1185: asText,
  1187: asText,
  1182: asText,
};

const QUERIES = [
  `select 1::int4 as i, 2::int8 as big, 1.5::numeric as n, 2.5::float8 as f, true as b, 'x'::text as t,
     null::text as nothing, '{"a":[1,2]}'::jsonb as j, '[1]'::json as js, now() as tz, localtimestamp as ts,
     current_date as d, '1 day'::interval as iv, gen_random_uuid() as u, '\\x00ff'::bytea as bin,
     array[1,2]::int4[] as ai, array['a','b'] as at, array[current_date] as ad, array[now()] as atz,
     array[1.5]::numeric[] as an, array['{"k":1}'::jsonb] as aj, 'a'::char(3) as c, 12::oid as o`,
  `select g, g * 2 as twice, now() - g * interval '1 hour' as at from generate_series(1, 5) g`,
  `select 1 as one; select current_date as d, 'y' as t; select 1 as none where false`,
];

async function messagesOf(text: string) {
  return (await client.execProtocol(protocol.serialize.query(text))).messages;
}

describe('parseResultsFast', () => {
  it('gives the rows PGlite parseResults gives, for every option shape', async () => {
    const own = { ...drizzleParsers, [types.INT4]: (value: string) => `int4:${value}` };
    const optionSets = [
      undefined,
      {},
      { rowMode: 'array' as const, parsers: drizzleParsers },
      { rowMode: 'object' as const, parsers: drizzleParsers },
      { rowMode: 'object' as const, parsers: own },
      { rowMode: 'array' as const, parsers: {} },
    ];
    for (const text of QUERIES) {
      const messages = await messagesOf(text);
      for (const options of optionSets) {
        const expected = parse.parseResults(messages, client.parsers, options);
        expect(
          parseResultsFast(messages, client.parsers, options),
          `${text.slice(0, 30)} ${JSON.stringify(options)}`,
        ).toEqual(expected);
      }
    }
    // The caller's own parser is used, PGlite's otherwise (the dates stay text, a bigint a number).
    const [first] = parseResultsFast(await messagesOf(QUERIES[0]!), client.parsers, { parsers: own });
    expect(first!.rows[0]).toMatchObject({
      i: 'int4:1',
      big: 2,
      b: true,
      d: expect.any(String),
      j: { a: [1, 2] },
    });
  });
});
