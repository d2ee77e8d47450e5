// The video room of a teleconsultation, between two real browsers with Chromium's fake camera and
// microphone: the demo doctor consults by video, a patient books a video appointment and its room
// is made open now (the server's MEDIMEET_ROOM_EARLY reaches back to this moment). The doctor keeps
// the agenda open; the patient joins from their appointments and waits; the agenda shows them
// waiting live; the doctor goes in and admits them; each side then receives the other's video
// (RTCPeerConnection.getStats(): inbound-rtp video bytes growing). Someone else following the link
// is told it was not found; a tab whose camera was refused says so and joins without it, and the
// patient's older tab then says the call went on in another tab. The room passes axe and fits a
// laptop and a phone. With coturn installed, a second call goes through a TURN relay only (?relay=1).
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newContext } from './support/browsers';
import { parisDay } from './support/days';
import { test, expect, signIn, demoDoctor, type ApiHelper } from './support/fixtures';
import { checkLayout } from './support/layout';
import { bookVideoAppointment, fakeMediaLaunchOptions, restoreDoctor } from './support/video';

test.use({ launchOptions: fakeMediaLaunchOptions });

declare global {
  interface Window {
    /** The page's latest RTCPeerConnection, kept by the init script below for getStats(). */
    __medimeetPeer?: RTCPeerConnection;
  }
}

/** A browser of its own for each person, whose RTCPeerConnections the test can read. */
async function personPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, baseURL, { permissions: ['camera', 'microphone'] });
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        window.__medimeetPeer = this;
      }
    };
  });
  return { context, page: await context.newPage() };
}

/** Every room and rtc frame of a page's event socket, both ways, kept for the report of a failure. */
const frameLog: string[] = [];
function recordFrames(page: Page, who: string) {
  const keep = (direction: string, payload: string | Buffer) => {
    const text = payload.toString();
    if (/"type":"(room|rtc)\.|"type":"error"/.test(text)) {
      frameLog.push(`${new Date().toISOString()} ${who} ${direction} ${text.replace(/"sdp":"[^"]*"/, '"sdp":"…"')}`);
    }
  };
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => keep('→', payload));
    socket.on('framereceived', ({ payload }) => keep('←', payload));
  });
}

test.afterEach(async ({}, testInfo) => {
  if (frameLog.length > 0 && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('socket frames', { body: frameLog.join('\n'), contentType: 'text/plain' });
  }
  if (process.env.MEDIMEET_E2E_FRAMES) console.log(frameLog.join('\n'));
  frameLog.length = 0;
});

/** The video bytes this page's call has received so far. */
function videoBytesReceived(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const peer = window.__medimeetPeer;
    if (!peer) return 0;
    let bytes = 0;
    (await peer.getStats()).forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
      if (report.type === 'inbound-rtp' && report.kind === 'video') bytes += report.bytesReceived ?? 0;
    });
    return bytes;
  });
}

/** The kinds of the local candidates of the pair the call uses (`relay` through TURN). */
function selectedCandidateTypes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const stats = await window.__medimeetPeer!.getStats();
    const types: string[] = [];
    stats.forEach((report: { type: string; nominated?: boolean; state?: string; localCandidateId?: string }) => {
      if (report.type !== 'candidate-pair' || !report.nominated || report.state !== 'succeeded') return;
      const local = stats.get(report.localCandidateId!) as { candidateType?: string } | undefined;
      if (local?.candidateType) types.push(local.candidateType);
    });
    return types;
  });
}

/** Video arrives, and keeps arriving. */
async function expectVideoFlowing(page: Page, who: string) {
  await expect.poll(() => videoBytesReceived(page), { message: `${who} receives video`, timeout: 30_000 })
    .toBeGreaterThan(0);
  const first = await videoBytesReceived(page);
  await expect.poll(() => videoBytesReceived(page), { message: `${who} keeps receiving video`, timeout: 15_000 })
    .toBeGreaterThan(first);
}

test('a patient waits, the doctor admits them from the live agenda, and both receive video', async ({
  browser, api, stack,
}) => {
  test.setTimeout(300_000);
  const patientName = 'Margaux Lemaire';
  const patient = await api.verifiedPatient(patientName);
  const stranger = await api.verifiedPatient('Paul Girard');
  const booking = await bookVideoAppointment(api, patient);
  const { teleconsultation } = booking;
  const visitPath = new URL(teleconsultation.videoLink).pathname;
  expect(visitPath).toBe(`/visit/${teleconsultation._id}`);
  const contexts: BrowserContext[] = [];

  try {
    await test.step('before its window, the room says when it opens', async () => {
      expect(teleconsultation.room.state).toBe('scheduled');
      const { context, page } = await personPage(browser, stack.baseURL);
      contexts.push(context);
      await signIn(page, patient);
      await page.goto(visitPath);
      await expect(page.getByRole('heading', { level: 1, name: 'Video consultation' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^The room opens (at|on) / })).toBeVisible();
      await checkLayout(page, 'video-room-scheduled');
      await context.close();
      contexts.pop();
    });

    await stack.restartServer({ env: { MEDIMEET_ROOM_EARLY: booking.roomEarly } });

    const doctorSide = await personPage(browser, stack.baseURL);
    const patientSide = await personPage(browser, stack.baseURL);
    contexts.push(doctorSide.context, patientSide.context);
    const doctorPage = doctorSide.page;
    const patientPage = patientSide.page;
    recordFrames(doctorPage, 'doctor');
    recordFrames(patientPage, 'patient');
    const patientStatus = patientPage.locator('.visit-status');
    const doctorStatus = doctorPage.locator('.visit-status');

    await test.step('the doctor keeps the agenda open', async () => {
      await signIn(doctorPage, demoDoctor);
      await expect(doctorPage.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
      // The appointment's own view leads to the room too.
      const day = parisDay(booking.appointmentDate);
      await doctorPage.goto(`/practice?view=day&day=${day}&appointment=${teleconsultation.appointmentId}`);
      await expect(doctorPage.getByRole('dialog').getByRole('link', { name: 'Join the video consultation' }))
        .toHaveAttribute('href', visitPath);
      await doctorPage.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    });

    await test.step('the patient joins from their appointments and waits to be let in', async () => {
      await signIn(patientPage, patient);
      await patientPage.goto('/appointments');
      const appointment = patientPage.getByRole('region', { name: 'Upcoming' }).getByRole('article');
      await appointment.getByRole('link', { name: 'Join the video consultation' }).click();
      await expect(patientPage).toHaveURL(visitPath);
      await expect(patientStatus).toHaveText('You are in the waiting room. The doctor will let you in.');
      await expect(patientPage.getByRole('figure', { name: /^Video of Dr Hélène Durand/ })).toBeVisible();
      await checkLayout(patientPage, 'video-room-waiting');
    });

    await test.step('the agenda shows the patient waiting, live, and the doctor goes in and admits them', async () => {
      const waiting = doctorPage.getByRole('region', { name: 'Patients waiting for their video consultation' });
      await expect(waiting).toContainText(`${patientName} is in the waiting room.`);
      await checkLayout(doctorPage, 'video-room-agenda-waiting');
      await waiting.getByRole('link', { name: `Join the video consultation with ${patientName}` }).click();
      await expect(doctorPage).toHaveURL(visitPath);
      await expect(doctorPage.getByText(`Patient waiting: ${patientName}`)).toBeVisible();
      await doctorPage.getByRole('button', { name: 'Admit' }).click();
      await expect(doctorPage.getByText(`Patient waiting: ${patientName}`)).toHaveCount(0);
    });

    await test.step('each side receives the other’s video', async () => {
      await expect(doctorStatus).toHaveText('Connected', { timeout: 30_000 });
      await expect(patientStatus).toHaveText('Connected', { timeout: 30_000 });
      await expectVideoFlowing(doctorPage, 'the doctor');
      await expectVideoFlowing(patientPage, 'the patient');
    });

    await test.step('the controls mute and hide, and the room is said in French too', async () => {
      const controls = patientPage.getByRole('group', { name: 'Call controls' });
      await controls.getByRole('button', { name: 'Mute' }).click();
      await expect(controls.getByRole('button', { name: 'Unmute' })).toBeVisible();
      await controls.getByRole('button', { name: 'Turn camera off' }).click();
      await expect(patientPage.getByText('Your camera is off.')).toBeVisible();
      await controls.getByRole('button', { name: 'Turn camera on' }).click();
      await controls.getByRole('button', { name: 'Unmute' }).click();
      await checkLayout(patientPage, 'video-room-patient');
      await checkLayout(doctorPage, 'video-room-doctor');
      await patientPage.getByRole('button', { name: 'Français' }).click();
      await expect(patientStatus).toHaveText('Connecté');
      await expect(patientPage.getByRole('group', { name: 'Commandes de l’appel' })
        .getByRole('button', { name: 'Couper le micro' })).toBeVisible();
      await patientPage.getByRole('button', { name: 'English' }).click();
    });

    await test.step('someone else following the link is told it was not found', async () => {
      const { context, page } = await personPage(browser, stack.baseURL);
      contexts.push(context);
      await signIn(page, stranger);
      await page.goto(visitPath);
      await expect(page.getByRole('alert')).toContainText('not found');
      await expect(page.getByRole('button', { name: 'Admit' })).toHaveCount(0);
    });

    await test.step('when the patient leaves, the doctor waits for them again', async () => {
      await patientPage.getByRole('button', { name: 'Leave' }).click();
      await expect(patientPage.getByRole('status').filter({ hasText: 'You left the video consultation.' })).toBeVisible();
      await expect(doctorStatus).toHaveText('Waiting for the patient to join.');
      // Once admitted, a patient who comes back is in at once.
      await patientPage.getByRole('button', { name: 'Join again' }).click();
      await expect(patientStatus).toHaveText('Connected', { timeout: 30_000 });
      await expect(doctorStatus).toHaveText('Connected', { timeout: 30_000 });
    });

    await test.step('a tab refused the camera can still join, and the older tab says where the call went', async () => {
      const { context, page } = await personPage(browser, stack.baseURL);
      contexts.push(context);
      // As if the patient had refused the camera and microphone in this tab.
      await context.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      });
      recordFrames(page, 'patient tab 2');
      await signIn(page, patient);
      await page.goto(visitPath);
      const refusal = page.getByRole('alert').filter({ hasText: 'Your browser was not allowed to use your camera' });
      await expect(refusal).toBeVisible();
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(page.getByRole('alert')).toContainText('Votre navigateur n’a pas été autorisé à utiliser votre caméra');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Join without camera or microphone' }).click();
      await expect(page.getByText('You joined without camera or microphone')).toBeVisible();
      await expect(patientPage.getByRole('status').filter({ hasText: 'This video consultation was opened in another tab' }))
        .toBeVisible();
      await expect(patientPage.getByRole('button', { name: 'Continue in this tab' })).toBeVisible();
      // Admitted before, the patient is in at once; the doctor calls the new tab.
      await expect(page.locator('.visit-status')).toHaveText('Connected', { timeout: 30_000 });
      await expectVideoFlowing(page, 'the patient’s second tab');
    });
  } finally {
    for (const context of contexts) await context.close();
    await restoreDoctor(api, booking.doctor, teleconsultation.appointmentId);
    await stack.restartServer();
  }
});

/** Raw event sockets opened from a page of the app (its origin is the one the server accepts). */
class RawSockets {
  constructor(private readonly page: Page, private readonly api: ApiHelper, private readonly baseURL: string) {}

  async open(name: string, token: string): Promise<void> {
    const { ticket } = await this.api.call<{ ticket: string }>('POST', '/events/ticket', undefined, token);
    const url = `${this.baseURL.replace(/^http/, 'ws')}/api/v1/events?ticket=${encodeURIComponent(ticket)}`;
    await this.page.evaluate(async ({ name, url }) => {
      const registry = ((window as unknown as { rawSockets?: Record<string, { socket: WebSocket; frames: unknown[] }> })
        .rawSockets ??= {});
      const socket = new WebSocket(url);
      const entry = { socket, frames: [] as unknown[] };
      socket.onmessage = (message) => entry.frames.push(JSON.parse(String(message.data)));
      registry[name] = entry;
      await new Promise((opened, failed) => {
        socket.onopen = opened;
        socket.onerror = failed;
      });
    }, { name, url });
  }

  send(name: string, frame: unknown): Promise<void> {
    return this.sendText(name, JSON.stringify(frame));
  }

  sendText(name: string, text: string): Promise<void> {
    return this.page.evaluate(({ name, text }) => {
      (window as unknown as { rawSockets: Record<string, { socket: WebSocket }> }).rawSockets[name]!.socket.send(text);
    }, { name, text });
  }

  close(name: string): Promise<void> {
    return this.page.evaluate((name) => {
      (window as unknown as { rawSockets: Record<string, { socket: WebSocket }> }).rawSockets[name]!.socket.close(1000);
    }, name);
  }

  /** The room, rtc and error frames `name` received, oldest first, and forgets them. */
  take(name: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    return this.page.evaluate((name) => {
      const entry = (window as unknown as { rawSockets: Record<string, { frames: Array<{ type: string }> }> })
        .rawSockets[name]!;
      const frames = entry.frames.filter((frame) => /^(room|rtc)\.|^error$/.test(frame.type));
      entry.frames = [];
      return frames as Array<{ type: string; data: Record<string, unknown> }>;
    }, name);
  }

  /** Waits until `name` received a frame like `expected`, and returns all it received meanwhile. */
  async expectFrame(name: string, expected: { type: string; data?: Record<string, unknown> }) {
    const seen: Array<{ type: string; data: Record<string, unknown> }> = [];
    await expect.poll(async () => {
      seen.push(...await this.take(name));
      return seen;
    }, { message: `${name} receives ${JSON.stringify(expected)}`, timeout: 5_000 })
      .toContainEqual(expected.data ? { type: expected.type, data: expect.objectContaining(expected.data) }
                                    : expect.objectContaining({ type: expected.type }));
    return seen;
  }
}

test('the room’s socket refuses, relays and tells as its contract says', async ({ page, api, stack }) => {
  test.setTimeout(120_000);
  const patient = await api.verifiedPatient('Chloé Renaud');
  const stranger = await api.verifiedPatient('Louis Perrin');
  const booking = await bookVideoAppointment(api, patient);
  const { doctor } = booking;
  const room = { teleconsultationId: booking.teleconsultation._id };
  const sockets = new RawSockets(page, api, stack.baseURL);
  /** The socketIds the patient's and the doctor's room.joined gave: the `to` of what is relayed to them. */
  let patientSocketId = '';
  let doctorSocketId = '';
  try {
    await page.goto('/');
    await test.step('before the window: too_early, with when it opens', async () => {
      await sockets.open('patient', patient.token);
      await sockets.send('patient', { type: 'room.join', data: room });
      const opensAt = (await api.call<{ room: { opensAt: string } }>(
        'GET', `/teleconsultations/${room.teleconsultationId}`, undefined, patient.token)).room.opensAt;
      await sockets.expectFrame('patient', { type: 'room.refused', data: { ...room, reason: 'too_early', opensAt } });
    });

    await stack.restartServer({ env: { MEDIMEET_ROOM_EARLY: booking.roomEarly } });
    await page.goto('/');
    await sockets.open('patient', patient.token);
    await sockets.open('doctor', doctor.token);
    await sockets.open('stranger', stranger.token);

    await test.step('frames that are not messages, and types it does not take', async () => {
      await sockets.sendText('patient', 'not json');
      await sockets.expectFrame('patient', { type: 'error', data: { code: 'malformed_message' } });
      await sockets.send('patient', { type: 'room.join', data: 'room' });
      await sockets.expectFrame('patient', { type: 'error', data: { code: 'malformed_message' } });
      await sockets.send('patient', { type: 'room.dance', data: room });
      await sockets.expectFrame('patient', { type: 'error', data: { code: 'unknown_message_type' } });
    });

    await test.step('refusals: not a party, not joined, not the doctor, nobody waiting, not admitted, peer absent', async () => {
      await sockets.send('stranger', { type: 'room.join', data: room });
      await sockets.expectFrame('stranger', { type: 'room.refused', data: { ...room, reason: 'not_found' } });
      await sockets.send('patient', { type: 'rtc.offer', data: { ...room, sdp: 'v=0' } });
      await sockets.expectFrame('patient', { type: 'room.refused', data: { ...room, reason: 'not_joined' } });
      await sockets.send('doctor', { type: 'room.join', data: room });
      await sockets.expectFrame('doctor', { type: 'room.joined', data: { ...room, role: 'doctor', admitted: false,
                                                                         peerPresent: false, patientWaiting: false } });
      await sockets.send('doctor', { type: 'room.admit', data: room });
      await sockets.expectFrame('doctor', { type: 'room.refused', data: { ...room, reason: 'no_patient_waiting' } });
      await sockets.send('patient', { type: 'room.join', data: room });
      await sockets.expectFrame('patient', { type: 'room.joined', data: { ...room, role: 'patient', admitted: false,
                                                                           peerPresent: true } });
      await sockets.expectFrame('doctor', { type: 'room.waiting', data: { ...room,
                                                                          patient: { _id: patient.user._id, name: 'Chloé Renaud' } } });
      await sockets.send('patient', { type: 'room.admit', data: room });
      await sockets.expectFrame('patient', { type: 'room.refused', data: { ...room, reason: 'not_doctor' } });
      await sockets.send('patient', { type: 'rtc.answer', data: { ...room, sdp: 'v=0' } });
      await sockets.expectFrame('patient', { type: 'room.refused', data: { ...room, reason: 'not_admitted' } });
      // Nor does the doctor call a patient not let in yet.
      await sockets.send('doctor', { type: 'rtc.offer', data: { ...room, sdp: 'v=0' } });
      await sockets.expectFrame('doctor', { type: 'room.refused', data: { ...room, reason: 'not_admitted' } });
      await page.waitForTimeout(300);
      expect((await sockets.take('patient')).filter((frame) => frame.type.startsWith('rtc.'))).toEqual([]);
    });

    await test.step('a waiting patient who leaves is gone for the doctor too', async () => {
      await sockets.send('patient', { type: 'room.leave', data: room });
      await sockets.expectFrame('doctor', { type: 'room.leave', data: { ...room, userId: patient.user._id,
                                                                        role: 'patient' } });
      await sockets.send('patient', { type: 'room.join', data: room });
      const patientJoined = await sockets.expectFrame('patient', { type: 'room.joined', data: { ...room, admitted: false } });
      patientSocketId = String(patientJoined.find((frame) => frame.type === 'room.joined')!.data.socketId);
      await sockets.expectFrame('doctor', { type: 'room.waiting' });
      // The doctor's tab calls on its own room.joined with peerPresent && admitted: not while the patient waits.
      await sockets.send('doctor', { type: 'room.leave', data: room });
      await sockets.send('doctor', { type: 'room.join', data: room });
      const seen = await sockets.expectFrame('doctor', { type: 'room.joined', data: { ...room, admitted: false,
                                                                                    peerPresent: true, patientWaiting: true } });
      doctorSocketId = String(seen.find((frame) => frame.type === 'room.joined')!.data.socketId);
    });

    await test.step('admitted, the patient and the doctor exchange their signalling, and only they', async () => {
      await sockets.send('doctor', { type: 'room.admit', data: room });
      await sockets.expectFrame('patient', { type: 'room.admit', data: room });
      await sockets.expectFrame('doctor', { type: 'room.admit', data: room });
      // Nobody waits any more: admitting again is refused.
      await sockets.send('doctor', { type: 'room.admit', data: room });
      await page.waitForTimeout(500);
      expect(await sockets.take('doctor'), 'room.admit with the patient already in: refused no_patient_waiting')
        .toEqual([{ type: 'room.refused', data: { ...room, reason: 'no_patient_waiting' } }]);
      await sockets.take('patient');
      await sockets.send('doctor', { type: 'rtc.offer', data: { ...room, sdp: 'offer' } });
      await sockets.expectFrame('patient', { type: 'rtc.offer', data: { ...room, sdp: 'offer', from: doctor.user._id,
                                                                          to: patientSocketId } });
      const candidate = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', sdpMid: '0', sdpMLineIndex: 0 };
      await sockets.send('patient', { type: 'rtc.ice', data: { ...room, candidate } });
      await sockets.expectFrame('doctor', { type: 'rtc.ice', data: { ...room, candidate, from: patient.user._id,
                                                                       to: doctorSocketId } });
      await sockets.send('patient', { type: 'rtc.ice', data: { ...room, candidate: null } });
      await sockets.expectFrame('doctor', { type: 'rtc.ice', data: { ...room, candidate: null, to: doctorSocketId } });
      expect(await sockets.take('stranger')).toEqual([]);
    });

    await test.step('the room opened in another tab: the older one is out of the call', async () => {
      await sockets.open('patient tab 2', patient.token);
      await sockets.send('patient tab 2', { type: 'room.join', data: room });
      const joined = await sockets.expectFrame('patient tab 2', { type: 'room.joined', data: { ...room, admitted: true } });
      const newSocketId = joined.find((frame) => frame.type === 'room.joined')!.data.socketId;
      const replaced = await sockets.expectFrame('patient', { type: 'room.replaced', data: room });
      expect(replaced.find((frame) => frame.type === 'room.replaced')!.data.socketId).not.toBe(newSocketId);
      await sockets.expectFrame('doctor', { type: 'room.join', data: { ...room, role: 'patient' } });
      await sockets.send('doctor', { type: 'rtc.offer', data: { ...room, sdp: 'offer to the new tab' } });
      await sockets.expectFrame('patient tab 2', { type: 'rtc.offer', data: { ...room, sdp: 'offer to the new tab',
                                                                                to: newSocketId } });
      // Sent to all of a user's sockets at once: what the replaced tab got is there by now. Whatever
      // signalling reaches it names the new tab, so that it ignores it.
      await page.waitForTimeout(500);
      const toReplaced = await sockets.take('patient');
      test.info().annotations.push({ type: 'frames to the replaced tab', description: JSON.stringify(toReplaced) });
      expect(toReplaced.filter((frame) => frame.type.startsWith('room.'))).toEqual([]);
      for (const frame of toReplaced.filter((frame) => frame.type.startsWith('rtc.'))) {
        expect(frame.data.to, 'a relayed frame the replaced tab sees is for the new tab').toBe(newSocketId);
      }
      expect(toReplaced.every((frame) => frame.type.startsWith('rtc.'))).toBe(true);
      await sockets.close('patient tab 2');
      await sockets.expectFrame('doctor', { type: 'room.leave', data: { ...room, role: 'patient' } });
      await sockets.send('patient', { type: 'room.join', data: room });
      const rejoined = await sockets.expectFrame('patient', { type: 'room.joined', data: { ...room, admitted: true } });
      patientSocketId = String(rejoined.find((frame) => frame.type === 'room.joined')!.data.socketId);
      await sockets.expectFrame('doctor', { type: 'room.join', data: { ...room, role: 'patient' } });
    });

    await test.step('signalling with the other party away: peer_absent; the doctor hears the patient is admitted', async () => {
      await sockets.send('doctor', { type: 'room.leave', data: room });
      await sockets.expectFrame('patient', { type: 'room.leave', data: { ...room, role: 'doctor' } });
      await sockets.send('patient', { type: 'rtc.answer', data: { ...room, sdp: 'v=0' } });
      await sockets.expectFrame('patient', { type: 'room.refused', data: { ...room, reason: 'peer_absent' } });
      // Nobody waits (the patient is in, admitted): admitting is refused.
      await sockets.send('doctor', { type: 'room.join', data: room });
      await sockets.expectFrame('doctor', { type: 'room.joined', data: { ...room, role: 'doctor', admitted: true,
                                                                         peerPresent: true, patientWaiting: false } });
      await sockets.expectFrame('patient', { type: 'room.join', data: { ...room, role: 'doctor' } });
      await sockets.send('doctor', { type: 'room.admit', data: room });
      await sockets.expectFrame('doctor', { type: 'room.refused', data: { ...room, reason: 'no_patient_waiting' } });
      await sockets.send('doctor', { type: 'rtc.offer', data: { ...room, sdp: 'offer again' } });
      await sockets.expectFrame('patient', { type: 'rtc.offer', data: { ...room, sdp: 'offer again', to: patientSocketId } });
    });

    await test.step('a socket that closes leaves the room', async () => {
      await sockets.close('patient');
      await sockets.expectFrame('doctor', { type: 'room.leave', data: { ...room, userId: patient.user._id,
                                                                        role: 'patient' } });
      await sockets.send('doctor', { type: 'rtc.offer', data: { ...room, sdp: 'v=0' } });
      await sockets.expectFrame('doctor', { type: 'room.refused', data: { ...room, reason: 'peer_absent' } });
      // The patient, admitted, is away: the doctor is told so, and has nobody to admit or call.
      await sockets.send('doctor', { type: 'room.leave', data: room });
      await sockets.send('doctor', { type: 'room.join', data: room });
      await sockets.expectFrame('doctor', { type: 'room.joined', data: { ...room, admitted: true, peerPresent: false,
                                                                         patientWaiting: false } });
      await sockets.send('doctor', { type: 'room.admit', data: room });
      await sockets.expectFrame('doctor', { type: 'room.refused', data: { ...room, reason: 'no_patient_waiting' } });
    });
  } finally {
    await restoreDoctor(api, doctor, booking.teleconsultation.appointmentId);
    await stack.restartServer();
  }
});

/** coturn's server, when Debian's package is installed. */
const turnserver = ['/usr/bin/turnserver', '/usr/sbin/turnserver'].find((path) => existsSync(path));

/** A UDP port nobody listens on, for coturn. */
function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** coturn on loopback only, checking TURN REST API credentials against `secret`. */
async function startTurn(port: number, secret: string): Promise<ChildProcess> {
  const turn = spawn(turnserver!, [
    '-n', '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${port}`, '--use-auth-secret',
    `--static-auth-secret=${secret}`, '--realm=medimeet.test', '--no-tls', '--no-dtls', '--allow-loopback-peers',
    '--no-cli', '--log-file=stdout',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error('coturn did not start within 10 s')), 10_000);
    turn.once('exit', (code) => failed(new Error(`coturn exited with ${code}`)));
    turn.stdout!.on('data', (chunk: Buffer) => {
      if (/listener opened on|Total (UDP|General) servers/i.test(chunk.toString())) {
        clearTimeout(timer);
        ready();
      }
    });
  });
  return turn;
}

test('with coturn, the call goes through the TURN relay only', async ({ browser, api, stack }) => {
  test.skip(!turnserver, 'coturn (Debian package coturn) is not installed');
  test.setTimeout(240_000);
  const patient = await api.verifiedPatient('Inès Marchand');
  const booking = await bookVideoAppointment(api, patient);
  const secret = `medimeet-e2e-${Date.now()}`;
  const port = await freeUdpPort();
  const turn = await startTurn(port, secret);
  const contexts: BrowserContext[] = [];
  try {
    await stack.restartServer({ env: {
      MEDIMEET_ROOM_EARLY: booking.roomEarly,
      MEDIMEET_TURN_URLS: `turn:127.0.0.1:${port}?transport=udp`,
      MEDIMEET_TURN_SECRET: secret,
    } });
    const ice = await api.call<{ iceServers: Array<{ urls: string[]; username?: string; credential?: string }> }>(
      'GET', `/teleconsultations/${booking.teleconsultation._id}/ice-servers`, undefined, patient.token);
    expect(ice.iceServers).toEqual([expect.objectContaining({
      urls: [`turn:127.0.0.1:${port}?transport=udp`], username: expect.stringMatching(new RegExp(`^\\d+:${patient.user._id}$`)),
    })]);

    const relayPath = `${new URL(booking.teleconsultation.videoLink).pathname}?relay=1`;
    const doctorSide = await personPage(browser, stack.baseURL);
    const patientSide = await personPage(browser, stack.baseURL);
    contexts.push(doctorSide.context, patientSide.context);
    await signIn(patientSide.page, patient);
    await patientSide.page.goto(relayPath);
    await expect(patientSide.page.locator('.visit-status')).toHaveText(/The doctor will let you in/);
    await signIn(doctorSide.page, demoDoctor);
    await doctorSide.page.goto(relayPath);
    await doctorSide.page.getByRole('button', { name: 'Admit' }).click();
    for (const [page, who] of [[doctorSide.page, 'the doctor'], [patientSide.page, 'the patient']] as const) {
      await expect(page.locator('.visit-status')).toHaveText('Connected', { timeout: 30_000 });
      await expectVideoFlowing(page, who);
      expect(await selectedCandidateTypes(page), `${who}’s call goes through TURN`).toContain('relay');
    }
  } finally {
    for (const context of contexts) await context.close();
    turn.kill('SIGTERM');
    await restoreDoctor(api, booking.doctor, booking.teleconsultation.appointmentId);
    await stack.restartServer();
  }
});
