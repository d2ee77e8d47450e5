// The fake Stripe (tests/support/fake_payment_provider_main.cpp) as its own program beside
// medimeet: Stripe's API on a loopback port, and the page a browser pays on, whose Pay button
// sends medimeet the signed webhook before it returns to the success URL.
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort, spawnReady, stopProcess } from './stack';

const providerBinary = process.env.MEDIMEET_FAKE_PROVIDER_BIN
  ?? resolve(import.meta.dirname, '..', '..', '..', 'build', 'tests', 'fake_payment_provider');

export class FakePaymentProvider {
  private process?: ChildProcess;
  private apiUrl = '';

  /** Starts it, sending its webhooks to the medimeet at `medimeetURL`; start it before medimeet. */
  async start(medimeetURL: string): Promise<void> {
    const port = await freePort();
    this.apiUrl = `http://127.0.0.1:${port}`;
    // It says "fake Stripe on <url>" once it listens.
    this.process = await spawnReady('fake payment provider', providerBinary,
                                    ['--port', String(port), '--webhook', `${medimeetURL}/api/v1/payments/webhooks/stripe`]);
  }

  /** The settings that point medimeet at it, with the keys the fake expects. */
  get medimeetEnv(): Record<string, string> {
    return {
      MEDIMEET_STRIPE_SECRET_KEY: 'sk_test_medimeet',
      MEDIMEET_STRIPE_WEBHOOK_SECRET: 'whsec_medimeet',
      MEDIMEET_STRIPE_API_URL: this.apiUrl,
    };
  }

  stop(): Promise<void> {
    return stopProcess(this.process);
  }
}
