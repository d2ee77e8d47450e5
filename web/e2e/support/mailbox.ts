// The messages the SMTP sink received, as files; tests wait for one and follow its link.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Message {
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parse(raw: string): Message {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  let body = raw.slice(split).trim();
  const header = (name: string) =>
    head.split(/\r?\n/).find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1).trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  if (encoding === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return { to: header('X-Envelope-To'), subject: header('Subject'), text: body };
}

export class Mailbox {
  constructor(readonly directory: string) {
    mkdirSync(directory, { recursive: true });
  }

  messages(): Message[] {
    return readdirSync(this.directory)
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .map((name) => parse(readFileSync(join(this.directory, name), 'utf8')));
  }

  /** Waits for a message to `to` whose subject or text matches. */
  async waitFor(to: string, matching: RegExp, timeoutMs = 20_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages().find(
        (message) => message.to.includes(to.toLowerCase()) && (matching.test(message.subject) || matching.test(message.text)));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.messages().map((m) => `${m.to}: ${m.subject}`).join('\n');
        throw new Error(`no email to ${to} matching ${matching} within ${timeoutMs} ms; received:\n${seen}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** The first http(s) link in a message that contains `path`. */
  static link(message: Message, path: string): string {
    const link = message.text.match(/https?:\/\/[^\s"<>]+/g)?.find((url) => url.includes(path));
    if (!link) throw new Error(`no link to ${path} in: ${message.text}`);
    return link;
  }
}
