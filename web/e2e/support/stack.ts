// A real MediMeet for the browser tests: the `medimeet` binary on a loopback port with a fresh
// SQLite database, serving the built app, sending its email to a real SMTP server (aiosmtpd)
// that stores every message in a folder the tests read.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Mailbox } from './mailbox';

const webDir = resolve(import.meta.dirname, '..', '..');
const medimeetBinary = process.env.MEDIMEET_BIN ?? resolve(webDir, '..', 'build', 'medimeet');
const appDir = process.env.MEDIMEET_WEB_DIR ?? resolve(webDir, 'dist');

/** Debian's libfaketime for threaded programs (package faketime), under the machine's multiarch dir. */
function libfaketime(): string {
  for (const dir of readdirSync('/usr/lib')) {
    const candidate = `/usr/lib/${dir}/faketime/libfaketimeMT.so.1`;
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('libfaketime not found: install the Debian package faketime');
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until medimeet answers /readyz; fails at once if the process we started has exited. */
async function waitUntilReady(server: ChildProcess, baseURL: string, logPath: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Checked first: another process answering on the port must not pass for ours.
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`medimeet exited (${server.exitCode ?? server.signalCode}); see ${logPath}`);
    }
    if (await fetch(`${baseURL}/readyz`).then((response) => response.ok, () => false)) return;
    if (Date.now() > deadline) throw new Error(`medimeet not ready after ${timeoutMs} ms; see ${logPath}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a helper program and waits until it says it is ready: its first output. */
export async function spawnReady(name: string, command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, failed) => {
    child.stdout!.once('data', () => ready());
    child.once('exit', (code) => failed(new Error(`${name} exited with ${code}`)));
    child.once('error', failed);
  });
  return child;
}

export function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface StartOptions {
  /** Seconds to move the server's wall clock forward (libfaketime); its timers keep real time. */
  clockOffsetSeconds?: number;
  /** Settings for this start only, like `MEDIMEET_ROOM_EARLY` (the next start goes without them). */
  env?: Record<string, string>;
}

export class Stack {
  readonly directory = mkdtempSync(join(tmpdir(), 'medimeet-e2e-'));
  readonly mailbox = new Mailbox(join(this.directory, 'mail'));
  baseURL = '';
  private port = 0;
  private smtpPort = 0;
  private smtp?: ChildProcess;
  private server?: ChildProcess;
  private serverStarts = 0;

  async start(options: StartOptions = {}): Promise<void> {
    this.port = await freePort();
    this.smtpPort = await freePort();
    this.baseURL = `http://127.0.0.1:${this.port}`;
    this.smtp = await spawnReady('SMTP sink', '/usr/bin/python3',
                                 [resolve(import.meta.dirname, 'smtp_sink.py'), '127.0.0.1', String(this.smtpPort),
                                  this.mailbox.directory]);
    await this.startServer(options);
  }

  /** Stops medimeet and starts it again on the same database, optionally with its clock moved. */
  async restartServer(options: StartOptions = {}): Promise<void> {
    await stopProcess(this.server);
    await this.startServer(options);
  }

  private async startServer({ clockOffsetSeconds, env: extra = {} }: StartOptions): Promise<void> {
    const args = ['serve', '--listen', `127.0.0.1:${this.port}`, '--data-dir', join(this.directory, 'data'),
                  '--web-dir', appDir, '--public-url', this.baseURL,
                  '--smtp-url', `smtp://127.0.0.1:${this.smtpPort}`, '--mail-from', 'MediMeet <noreply@medimeet.test>',
                  '--timezone', 'Europe/Paris', '--demo'];
    const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
    if (clockOffsetSeconds) {
      // The library is preloaded into medimeet itself rather than run through the `faketime`
      // command, which forks: stopping it would leave the real server running.
      env.LD_PRELOAD = libfaketime();
      env.FAKETIME = `+${Math.round(clockOffsetSeconds)}`;
      env.FAKETIME_DONT_FAKE_MONOTONIC = '1';
    }
    this.serverStarts += 1;
    const logPath = join(this.directory, `medimeet-${this.serverStarts}.log`);
    const log = createWriteStream(logPath);
    this.server = spawn(medimeetBinary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.server.stdout!.pipe(log);
    this.server.stderr!.pipe(log);
    await waitUntilReady(this.server, this.baseURL, logPath);
  }

  async stop(): Promise<void> {
    await stopProcess(this.server);
    await stopProcess(this.smtp);
    if (!process.env.MEDIMEET_E2E_KEEP) rmSync(this.directory, { recursive: true, force: true });
  }
}
