/**
 * Test support: a tiny SMTP server on 127.0.0.1 (port 0) that records the conversation. It speaks
 * just enough for the client in smtp.ts: EHLO (advertising AUTH PLAIN and 8BITMIME), AUTH PLAIN,
 * MAIL, RCPT, DATA, RSET, QUIT. `rejectRecipient` answers 550 for that address.
 */
import net from 'node:net';

export interface FakeSmtpOptions {
  /** Accepted AUTH PLAIN credentials; when set, MAIL before AUTH gets 530. */
  credentials?: { user: string; password: string };
  rejectRecipient?: string;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** DATA as received on the wire (still dot-stuffed, CRLF line ends, without the final ".\r\n"). */
  raw: string;
}

export interface FakeSmtpServer {
  port: number;
  /** Every line received from clients, in order. */
  commands: string[];
  mails: ReceivedMail[];
  close(): Promise<void>;
}

export async function startFakeSmtpServer(options: FakeSmtpOptions = {}): Promise<FakeSmtpServer> {
  const commands: string[] = [];
  const mails: ReceivedMail[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let data = '';
    let authed = !options.credentials;
    let from = '';
    let to: string[] = [];
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 fake.test ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push({ from, to, raw: data });
            data = '';
            say('250 2.0.0 queued');
          } else data += `${line}\r\n`;
          continue;
        }
        commands.push(line);
        const verb = line.split(' ')[0]!.toUpperCase();
        if (verb === 'EHLO') {
          say('250-fake.test');
          say('250-8BITMIME');
          say('250 AUTH PLAIN');
        } else if (verb === 'AUTH') {
          const decoded = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8');
          const c = options.credentials;
          if (c && decoded === `\0${c.user}\0${c.password}`) {
            authed = true;
            say('235 2.7.0 accepted');
          } else say('535 5.7.8 bad credentials');
        } else if (verb === 'MAIL') {
          if (!authed) say('530 5.7.0 authentication required');
          else {
            from = /<(.*)>/.exec(line)?.[1] ?? '';
            to = [];
            say('250 ok');
          }
        } else if (verb === 'RCPT') {
          const address = /<(.*)>/.exec(line)?.[1] ?? '';
          if (address === options.rejectRecipient) say('550 5.1.1 no such user');
          else {
            to.push(address);
            say('250 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          say('354 go on');
        } else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else say('502 not implemented');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    commands,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
