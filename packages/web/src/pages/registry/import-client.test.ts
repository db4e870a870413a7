import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { createImportClient } from './import-client';

interface Call {
  url: string;
  init: RequestInit;
}

/** A stand-in for the network: records each request and answers with the given response. */
function network(respond: () => Response) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return respond();
  }) as typeof fetch;
  return { calls, fetchFn };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const file = () => new File(['title,kind\r\nA,asset\r\n'], 'entries.csv', { type: 'text/csv' });

describe('registry import client', () => {
  it('posts the file as multipart field "file" with the CSRF token and returns the count', async () => {
    const { calls, fetchFn } = network(() => json(201, { created: 2 }));
    const client = createImportClient({
      fetch: fetchFn,
      csrfToken: () => 'tok-9',
      onUnauthenticated: () => {},
    });
    expect(await client.importRegistry(file())).toEqual({ created: 2 });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/registry/import');
    expect(calls[0]!.init.method).toBe('POST');
    expect(new Headers(calls[0]!.init.headers).get('x-csrf-token')).toBe('tok-9');
    // No content-type of our own: the browser sets the multipart boundary.
    expect(new Headers(calls[0]!.init.headers).get('content-type')).toBeNull();
    const body = calls[0]!.init.body;
    expect(body).toBeInstanceOf(FormData);
    const sent = (body as FormData).get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe('entries.csv');
    expect(await (sent as File).text()).toBe('title,kind\r\nA,asset\r\n');
  });

  it('turns a 400 into an ApiError with the problems by row and column', async () => {
    const { fetchFn } = network(() =>
      json(400, {
        error: {
          code: 'validation',
          message: 'Nothing was imported: 1 problem(s) in "entries.csv".',
          fields: [{ path: 'row 3, column nextReviewOn', message: 'must be a date YYYY-MM-DD' }],
        },
      }),
    );
    const client = createImportClient({ fetch: fetchFn, csrfToken: () => null, onUnauthenticated: () => {} });
    const error = await client.importRegistry(file()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation',
      fields: [{ path: 'row 3, column nextReviewOn', message: 'must be a date YYYY-MM-DD' }],
    });
  });

  it('signals an ended session and reports a network failure', async () => {
    let signals = 0;
    const ended = network(() => json(401, { error: { code: 'unauthenticated', message: 'Sign in' } }));
    const client = createImportClient({
      fetch: ended.fetchFn,
      csrfToken: () => null,
      onUnauthenticated: () => (signals += 1),
    });
    await expect(client.importRegistry(file())).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(signals).toBe(1);
    const down = createImportClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      csrfToken: () => null,
      onUnauthenticated: () => {},
    });
    await expect(down.importRegistry(file())).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
