/**
 * A small SMTP client over node:net / node:tls (RFC 5321): EHLO, STARTTLS when the server offers
 * it and the configuration allows it, AUTH PLAIN when credentials are given, MAIL FROM, RCPT TO,
 * DATA (dot-stuffed, CRLF), QUIT. Every reply waits at most `timeoutMs`. Failures come back as
 * values ({ ok: false, code }) where `code` is the SMTP reply code ('550'), 'timeout', or the
 * socket error code ('ECONNREFUSED') — never the addresses or the message.
 *
 * Messages are plain-text UTF-8 (8bit) with the Subject encoded per RFC 2047 when needed, and
 * Date / Message-ID headers from the clock and random source passed in.
 */
import net from 'node:net';
import tls from 'node:tls';
import { StringDecoder } from 'node:string_decoder';

export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (smtps://). */
  secure: boolean;
  /** Upgrade with STARTTLS when the server offers it (default true; `?starttls=no` turns it off). */
  starttls: boolean;
  user?: string;
  password?: string;
  /** Per-reply and connect timeout. Default 10 000 ms. */
  timeoutMs: number;
  /** Name sent with EHLO. Default 'localhost'. */
  heloName: string;
  /** Extra TLS options (tests pass a self-signed CA). */
  tls?: tls.ConnectionOptions;
}

export class SmtpError extends Error {
  constructor(
    /** SMTP reply code ('550'), 'timeout', 'closed', 'auth-unsupported' or a socket error code. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SmtpError';
  }
}

export type SmtpResult = { ok: true } | { ok: false; code: string; message: string };

/** smtp://user:pass@host:port or smtps://… (user and password percent-decoded). Throws on a bad URL. */
export function parseSmtpUrl(url: string): SmtpConfig {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SmtpError('bad-url', 'not a URL: expected smtp://user:pass@host:port or smtps://…');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new SmtpError('bad-url', `the scheme must be smtp:// or smtps:// (got ${u.protocol}//)`);
  if (!u.hostname) throw new SmtpError('bad-url', 'the host is missing');
  const secure = u.protocol === 'smtps:';
  const starttls = !['no', 'false', '0', 'off'].includes(
    (u.searchParams.get('starttls') ?? '').toLowerCase(),
  );
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: u.port ? Number(u.port) : secure ? 465 : 25,
    secure,
    starttls,
    ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    timeoutMs: 10_000,
    heloName: 'localhost',
  };
}

export interface OutgoingMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  date: Date;
  /** Without angle brackets, e.g. '3f9a…@example.org'. */
  messageId: string;
}

function checkAddress(address: string): string {
  if (!/^[^\s<>@,;:"\\]+@[^\s<>@,;:"\\]+$/.test(address))
    throw new TypeError('an e-mail address with no spaces, brackets or line breaks was expected');
  return address;
}

/** RFC 2047 B-encoding in chunks that never split a UTF-8 character (≤ 75 characters per word). */
export function encodeHeaderWord(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean) && clean.length <= 900) return clean;
  const words: string[] = [];
  let chunk = '';
  for (const ch of clean) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** RFC 5322 date in UTC, e.g. 'Mon, 23 Nov 2026 23:52:36 +0000'. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** Lines beginning with '.' get a second '.' (RFC 5321 §4.5.2); every line ends with CRLF. */
export function dotStuff(text: string): string {
  return text
    .replace(/\r?\n/g, '\r\n')
    .split('\r\n')
    .map((line) => (line.startsWith('.') ? `.${line}` : line))
    .join('\r\n');
}

/** The message as it goes after DATA (before dot-stuffing). */
export function formatMessage(m: OutgoingMessage): string {
  checkAddress(m.from);
  m.to.forEach(checkAddress);
  if (/[\r\n<>]/.test(m.messageId)) throw new TypeError('a Message-ID without brackets or line breaks');
  const headers = [
    `From: ${m.from}`,
    `To: ${m.to.join(', ')}`,
    `Subject: ${encodeHeaderWord(m.subject)}`,
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: <${m.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${m.text.replace(/\r?\n/g, '\r\n')}`;
}

interface Reply {
  code: number;
  lines: string[];
}

/** One connection: reads CRLF-terminated reply lines, writes commands. */
class Session {
  private socket!: net.Socket;
  private decoder = new StringDecoder('utf8');
  private buffer = '';
  private lines: string[] = [];
  private failure: SmtpError | null = null;
  private waiter: { resolve: (line: string) => void; reject: (e: SmtpError) => void } | null = null;

  constructor(private readonly timeoutMs: number) {}

  private readonly onData = (chunk: Buffer) => {
    this.buffer += this.decoder.write(chunk);
    let i: number;
    while ((i = this.buffer.indexOf('\n')) >= 0) {
      this.lines.push(this.buffer.slice(0, i).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(i + 1);
    }
    this.deliver();
  };
  private readonly onError = (e: NodeJS.ErrnoException) =>
    this.fail(new SmtpError(e.code ?? 'socket', e.message));
  private readonly onClose = () => this.fail(new SmtpError('closed', 'the server closed the connection'));

  private fail(e: SmtpError) {
    this.failure ??= e;
    this.deliver();
  }

  private deliver() {
    if (!this.waiter) return;
    const line = this.lines.shift();
    const w = this.waiter;
    if (line !== undefined) {
      this.waiter = null;
      w.resolve(line);
    } else if (this.failure) {
      this.waiter = null;
      w.reject(this.failure);
    }
  }

  attach(socket: net.Socket) {
    this.socket = socket;
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  detach(): net.Socket {
    this.socket.off('data', this.onData);
    this.socket.off('error', this.onError);
    this.socket.off('close', this.onClose);
    return this.socket;
  }

  private nextLine(): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new SmtpError('timeout', `no reply from the server within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.waiter = {
        resolve: (l) => (clearTimeout(timer), resolve(l)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      this.deliver();
    });
  }

  async reply(): Promise<Reply> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.nextLine();
      if (!/^\d{3}([ -]|$)/.test(line)) throw new SmtpError('protocol', 'the server sent a malformed reply');
      lines.push(line.slice(4));
      if (line[3] !== '-') return { code: Number(line.slice(0, 3)), lines };
    }
  }

  write(text: string) {
    this.socket.write(text);
  }

  async command(line: string, expect: number[]): Promise<Reply> {
    this.write(`${line}\r\n`);
    return expectReply(await this.reply(), expect);
  }

  destroy() {
    this.socket?.destroy();
  }
}

function expectReply(reply: Reply, expect: number[]): Reply {
  if (!expect.includes(reply.code)) throw new SmtpError(String(reply.code), reply.lines.join(' '));
  return reply;
}

function connect(config: SmtpConfig): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = config.secure
      ? tls.connect({ host: config.host, port: config.port, servername: config.host, ...config.tls })
      : net.connect({ host: config.host, port: config.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new SmtpError('timeout', `could not connect within ${config.timeoutMs} ms`));
    }, config.timeoutMs);
    socket.once(config.secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(socket);
    });
    const onError = (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new SmtpError(e.code ?? 'socket', e.message));
    };
    socket.once('error', onError);
  });
}

function upgrade(plain: net.Socket, config: SmtpConfig): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ socket: plain, servername: config.host, ...config.tls });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new SmtpError('timeout', `TLS did not start within ${config.timeoutMs} ms`));
    }, config.timeoutMs);
    const onError = (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new SmtpError(e.code ?? 'tls', e.message));
    };
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(socket);
    });
  });
}

function extensions(reply: Reply): Map<string, string> {
  return new Map(
    reply.lines.slice(1).map((l) => {
      const [name = '', ...rest] = l.trim().split(/\s+/);
      return [name.toUpperCase(), rest.join(' ').toUpperCase()];
    }),
  );
}

/** Sends one message to every address in `to`. Never throws: failures are values. */
export async function sendSmtp(config: SmtpConfig, message: OutgoingMessage): Promise<SmtpResult> {
  let data: string;
  try {
    data = dotStuff(formatMessage(message));
  } catch (e) {
    return { ok: false, code: 'bad-message', message: (e as Error).message };
  }
  const session = new Session(config.timeoutMs);
  try {
    session.attach(await connect(config));
    expectReply(await session.reply(), [220]);
    let ext = extensions(await session.command(`EHLO ${config.heloName}`, [250]));
    if (!config.secure && config.starttls && ext.has('STARTTLS')) {
      await session.command('STARTTLS', [220]);
      session.attach(await upgrade(session.detach(), config));
      ext = extensions(await session.command(`EHLO ${config.heloName}`, [250]));
    }
    if (config.user !== undefined) {
      if (!(ext.get('AUTH') ?? '').split(' ').includes('PLAIN'))
        throw new SmtpError('auth-unsupported', 'the server does not offer AUTH PLAIN');
      const token = Buffer.from(`\0${config.user}\0${config.password ?? ''}`, 'utf8').toString('base64');
      await session.command(`AUTH PLAIN ${token}`, [235]);
    }
    await session.command(`MAIL FROM:<${message.from}>${ext.has('8BITMIME') ? ' BODY=8BITMIME' : ''}`, [250]);
    for (const to of message.to) await session.command(`RCPT TO:<${to}>`, [250, 251]);
    await session.command('DATA', [354]);
    session.write(`${data}\r\n.\r\n`);
    expectReply(await session.reply(), [250]);
    await session.command('QUIT', [221]).catch(() => undefined);
    return { ok: true };
  } catch (e) {
    if (e instanceof SmtpError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'error', message: (e as Error).message };
  } finally {
    session.destroy();
  }
}
