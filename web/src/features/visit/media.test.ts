import { describe, expect, it, vi } from 'vitest';
import { MediaError, mediaProblem, openLocalMedia } from './media';

const failure = (name: string) => Object.assign(new Error(name), { name });
const stream = {} as MediaStream;

describe('the camera and microphone', () => {
  it('says why they could not be had, by the browser’s error', () => {
    expect(mediaProblem(failure('NotAllowedError'))).toBe('denied');
    expect(mediaProblem(failure('SecurityError'))).toBe('denied');
    expect(mediaProblem(failure('NotFoundError'))).toBe('notFound');
    expect(mediaProblem(failure('OverconstrainedError'))).toBe('notFound');
    expect(mediaProblem(failure('NotReadableError'))).toBe('inUse');
    expect(mediaProblem(new TypeError('bad constraints'))).toBe('other');
    expect(mediaProblem('what')).toBe('other');
  });

  it('takes both when there are both', async () => {
    const getUserMedia = vi.fn(async (_constraints: MediaStreamConstraints) => stream);
    await expect(openLocalMedia(getUserMedia)).resolves.toEqual({ stream, missing: [] });
    expect(getUserMedia).toHaveBeenCalledTimes(1);
    expect(getUserMedia.mock.calls[0]![0]).toMatchObject({ audio: true, video: expect.anything() });
  });

  it('goes on with the microphone alone when there is no camera, or the camera alone', async () => {
    const noCamera = vi.fn(async (constraints: MediaStreamConstraints) => {
      if (constraints.video) throw failure('NotFoundError');
      return stream;
    });
    await expect(openLocalMedia(noCamera)).resolves.toEqual({ stream, missing: ['video'] });
    const noMicrophone = vi.fn(async (constraints: MediaStreamConstraints) => {
      if (constraints.audio) throw failure('NotFoundError');
      return stream;
    });
    await expect(openLocalMedia(noMicrophone)).resolves.toEqual({ stream, missing: ['audio'] });
  });

  it('does not ask again after a refusal', async () => {
    const refuse = vi.fn(async () => {
      throw failure('NotAllowedError');
    });
    await expect(openLocalMedia(refuse)).rejects.toEqual(new MediaError('denied'));
    expect(refuse).toHaveBeenCalledTimes(1);
  });

  it('says there is nothing, or that it is busy, when nothing could be had', async () => {
    await expect(openLocalMedia(async () => {
      throw failure('NotFoundError');
    })).rejects.toMatchObject({ problem: 'notFound' });
    let call = 0;
    await expect(openLocalMedia(async () => {
      call += 1;
      throw failure(call === 1 ? 'NotReadableError' : 'NotFoundError');
    })).rejects.toMatchObject({ problem: 'inUse' });
    await expect(openLocalMedia(undefined)).rejects.toMatchObject({ problem: 'unsupported' });
  });
});
