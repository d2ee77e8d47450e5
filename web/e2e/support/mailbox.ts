// The messages the SMTP sink received, as files; tests wait for one and follow its link.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Message {
  to: string;
  subject: string;
  text: string;
  html: string;
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

interface Part {
  header: (name: string) => string;
  body: string;
}

function splitPart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) =>
    head.split(/\r?\n/).find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1).trim() ?? '';
  return { header, body: split < 0 ? '' : raw.slice(split).trim() };
}

function decode(part: Part): string {
  const encoding = part.header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}

function decodeSubject(subject: string): string {
  const encoded = subject.match(/^=\?UTF-8\?B\?(.*)\?=$/i);
  return encoded ? Buffer.from(encoded[1]!, 'base64').toString('utf8') : subject;
}

// A plain email, or multipart/alternative with a text and an HTML part (what the server sends).
function parse(raw: string): Message {
  const message = splitPart(raw);
  const result: Message = { to: message.header('X-Envelope-To'), subject: decodeSubject(message.header('Subject')), text: '', html: '' };
  const boundary = message.header('Content-Type').match(/boundary="([^"]+)"/)?.[1];
  if (!boundary) return { ...result, text: decode(message) };
  for (const chunk of message.body.split(`--${boundary}`)) {
    const part = splitPart(chunk.replace(/^\r?\n/, ''));
    const type = part.header('Content-Type').toLowerCase();
    if (type.startsWith('text/plain')) result.text = decode(part);
    if (type.startsWith('text/html')) result.html = decode(part);
  }
  return result;
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
