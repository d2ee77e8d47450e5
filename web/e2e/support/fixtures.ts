// The Playwright fixtures every spec uses: one MediMeet stack per worker (see stack.ts), pages
// that use its URL, and helpers that prepare data through the API when a spec is not about it.
import { test as base, expect, type Page } from '@playwright/test';
import { addDays, parisDay } from './days';
import { Mailbox } from './mailbox';
import { Stack } from './stack';

export const demoPatient = { email: 'patient@demo.medimeet.localhost', password: 'demo patient password' };
export const demoDoctor = { email: 'doctor@demo.medimeet.localhost', password: 'demo doctor password' };

export interface ApiSession {
  token: string;
  user: { _id: string; name: string; email: string; role: string; language: string };
}

export type NewAccount = ApiSession & { email: string; password: string };

export class ApiHelper {
  constructor(private readonly stack: Stack) {}

  async call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.stack.baseURL}/api/v1${path}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  login(credentials: { email: string; password: string }): Promise<ApiSession> {
    return this.call<ApiSession>('POST', '/auth/login', credentials);
  }

  /** A new patient who has not followed the emailed link yet; `email` replaces the generated address. */
  async unverifiedPatient(name: string, email?: string): Promise<NewAccount> {
    const address = email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now()}@example.test`;
    const password = 'correct horse battery staple';
    const session = await this.call<ApiSession>('POST', '/auth/register',
      { name, email: address, password, role: 'patient', phone: '+33612345678' });
    return { ...session, email: address, password };
  }

  /** The link of the latest verification email sent to `email` (a new link may void the older ones). */
  async verificationLink(email: string): Promise<string> {
    await this.stack.mailbox.waitFor(email, /verify/i);
    const sent = this.stack.mailbox.messages()
      .filter((message) => message.to.includes(email.toLowerCase()) && /verify/i.test(message.text));
    return Mailbox.link(sent[sent.length - 1]!, '/verify-email');
  }

  /** The start of a listed doctor's first free slot in the next two weeks. */
  async firstFreeSlot(doctorId: string): Promise<string> {
    const today = parisDay(Date.now());
    const { slots } = await this.call<{ slots: Array<{ start: string }> }>(
      'GET', `/doctors/${doctorId}/slots?from=${today}&to=${addDays(today, 13)}`);
    const slot = slots[0];
    if (!slot) throw new Error(`the doctor ${doctorId} offers no slot in the next two weeks`);
    return slot.start;
  }

  /** A new patient whose email is verified by following the emailed link's token. */
  async verifiedPatient(name: string): Promise<NewAccount> {
    const patient = await this.unverifiedPatient(name);
    const token = new URL(await this.verificationLink(patient.email)).searchParams.get('token');
    await this.call('POST', '/auth/verify-email', { token });
    return patient;
  }
}

/** Signs in through the app's own form. */
export async function signIn(page: Page, credentials: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel(/email/i).fill(credentials.email);
  await page.getByLabel(/^(password|mot de passe)$/i).fill(credentials.password);
  await page.getByRole('button', { name: /^(sign in|se connecter)$/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export const test = base.extend<{ api: ApiHelper; mailbox: Mailbox }, { stack: Stack }>({
  stack: [
    async ({}, use) => {
      const stack = new Stack();
      await stack.start();
      await use(stack);
      await stack.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ stack }, use) => use(stack.baseURL),
  api: async ({ stack }, use) => use(new ApiHelper(stack)),
  mailbox: async ({ stack }, use) => use(stack.mailbox),
});

export { expect };
