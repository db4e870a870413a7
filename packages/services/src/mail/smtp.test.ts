// The SMTP client against a fake server in this process (127.0.0.1, port 0) that records the
// conversation.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSmtpServer, type FakeSmtpServer } from './fake-smtp-server';
import { dotStuff, encodeHeaderWord, parseSmtpUrl, sendSmtp, type OutgoingMessage } from './smtp';
import { createSmtpMailer } from './mailer';

let server: FakeSmtpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const message = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  from: 'steward@cluster.example',
  to: ['focal@org-b.example'],
  subject: 'Agreement DSA-2026-0001 was made',
  text: 'Line one\n.starts with a dot\n..two dots\n.\nend',
  date: new Date('2026-03-01T09:05:07.000Z'),
  messageId: 'abc123@cluster.example',
  ...over,
});

function headersOf(raw: string): Map<string, string> {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n /g, ' ');
  return new Map(
    head.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)] as const),
  );
}

function decodeWords(value: string): string {
  return value
    .split(' ')
    .map((w) => {
      const m = /^=\?UTF-8\?B\?(.*)\?=$/.exec(w);
      return m ? Buffer.from(m[1]!, 'base64').toString('utf8') : w;
    })
    .join('');
}

describe('parseSmtpUrl', () => {
  it('reads host, port, credentials and TLS mode', () => {
    expect(parseSmtpUrl('smtp://me%40x:p%3Ass@mail.example:2525')).toMatchObject({
      host: 'mail.example',
      port: 2525,
      secure: false,
      starttls: true,
      user: 'me@x',
      password: 'p:ss',
    });
    expect(parseSmtpUrl('smtps://mail.example')).toMatchObject({ port: 465, secure: true });
    expect(parseSmtpUrl('smtp://mail.example?starttls=no')).toMatchObject({ port: 25, starttls: false });
    expect(() => parseSmtpUrl('http://mail.example')).toThrow(/smtp:\/\/ or smtps:\/\//);
  });
});

describe('message format', () => {
  it('dot-stuffs lines that begin with a dot and ends every line with CRLF', () => {
    expect(dotStuff('a\n.b\r\n..c\n.')).toBe('a\r\n..b\r\n...c\r\n..');
  });

  it('encodes a non-ASCII subject as RFC 2047 words that decode back', () => {
    const subject = 'Accord approuvé : « Évaluation des besoins » — مشاركة البيانات';
    const encoded = encodeHeaderWord(subject);
    expect(encoded).toMatch(/^=\?UTF-8\?B\?/);
    for (const word of encoded.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(encoded.replace(/\r\n /g, ' '))).toBe(subject);
    expect(encodeHeaderWord('Plain subject')).toBe('Plain subject');
  });
});

describe('sendSmtp', () => {
  it('delivers with AUTH PLAIN, the right headers and a dot-stuffed body', async () => {
    server = await startFakeSmtpServer({ credentials: { user: 'relay', password: 'sécret' } });
    const config = {
      ...parseSmtpUrl(`smtp://relay:s%C3%A9cret@127.0.0.1:${server.port}`),
      timeoutMs: 5000,
    };
    const result = await sendSmtp(
      config,
      message({ subject: 'Demande approuvée', to: ['a@b.example', 'c@b.example'] }),
    );
    expect(result).toEqual({ ok: true });
    expect(server.commands.map((c) => c.split(' ')[0])).toEqual([
      'EHLO',
      'AUTH',
      'MAIL',
      'RCPT',
      'RCPT',
      'DATA',
      'QUIT',
    ]);
    expect(server.commands[1]).toBe(`AUTH PLAIN ${Buffer.from('\0relay\0sécret').toString('base64')}`);
    expect(server.commands[2]).toBe('MAIL FROM:<steward@cluster.example> BODY=8BITMIME');
    const [mail] = server.mails;
    expect(mail?.to).toEqual(['a@b.example', 'c@b.example']);
    const headers = headersOf(mail!.raw);
    expect(headers.get('From')).toBe('steward@cluster.example');
    expect(headers.get('To')).toBe('a@b.example, c@b.example');
    expect(decodeWords(headers.get('Subject')!)).toBe('Demande approuvée');
    expect(headers.get('Date')).toBe('Sun, 01 Mar 2026 09:05:07 +0000');
    expect(headers.get('Message-ID')).toBe('<abc123@cluster.example>');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    const body = mail!.raw.slice(mail!.raw.indexOf('\r\n\r\n') + 4);
    expect(body).toBe('Line one\r\n..starts with a dot\r\n...two dots\r\n..\r\nend\r\n');
  });

  it('returns a 550 reply as a failure with its code', async () => {
    server = await startFakeSmtpServer({ rejectRecipient: 'gone@org-b.example' });
    const config = { ...parseSmtpUrl(`smtp://127.0.0.1:${server.port}`), timeoutMs: 5000 };
    const result = await sendSmtp(config, message({ to: ['gone@org-b.example'] }));
    expect(result).toMatchObject({ ok: false, code: '550' });
    expect(server.mails).toEqual([]);
    expect(server.commands).not.toContain('DATA');
  });

  it('returns wrong credentials (535) and a refused connection as failures', async () => {
    server = await startFakeSmtpServer({ credentials: { user: 'relay', password: 'right' } });
    const wrong = { ...parseSmtpUrl(`smtp://relay:wrong@127.0.0.1:${server.port}`), timeoutMs: 5000 };
    expect(await sendSmtp(wrong, message())).toMatchObject({ ok: false, code: '535' });
    const port = server.port;
    await server.close();
    server = undefined;
    const refused = { ...parseSmtpUrl(`smtp://127.0.0.1:${port}`), timeoutMs: 5000 };
    expect(await sendSmtp(refused, message())).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  });

  it('the mailer takes Date from the clock and Message-ID from the random source', async () => {
    server = await startFakeSmtpServer();
    const mailer = createSmtpMailer(
      {
        ...parseSmtpUrl(`smtp://127.0.0.1:${server.port}`),
        timeoutMs: 5000,
        from: 'steward@cluster.example',
      },
      { clock: () => new Date('2026-04-02T10:00:00.000Z'), randomBytes: (n) => new Uint8Array(n).fill(171) },
    );
    expect(await mailer.send({ to: ['x@y.example'], subject: 'Hi', text: 'Body' })).toEqual({ ok: true });
    const headers = headersOf(server.mails[0]!.raw);
    expect(headers.get('Date')).toBe('Thu, 02 Apr 2026 10:00:00 +0000');
    expect(headers.get('Message-ID')).toBe(`<${'ab'.repeat(16)}@cluster.example>`);
  });
});
