/** The renderer pool of chapter-by-chapter layout: opened together, handed out in order, failing loudly. */
import { describe, expect, it } from 'vitest';
import { RendererPool } from '../src/emit/pdf/pool.js';
import type { ChunkRenderer } from '../src/emit/pdf/layout.js';

const fake = (name: string) => ({ name, close: async () => undefined }) as unknown as ChunkRenderer & { name: string };

describe('renderer pool', () => {
  it('opens at most `size` renderers, all at once when prewarmed, and hands them out in the order asked', async () => {
    let opened = 0;
    const pool = new RendererPool(2, async () => fake(`r${++opened}`));
    pool.prewarm(5);
    expect(pool.opened).toBe(2);
    const first = (await pool.acquire()) as ReturnType<typeof fake>;
    const second = (await pool.acquire()) as ReturnType<typeof fake>;
    const order: string[] = [];
    const third = pool.acquire().then((renderer) => order.push(`third:${(renderer as ReturnType<typeof fake>).name}`));
    const fourth = pool
      .acquire()
      .then((renderer) => order.push(`fourth:${(renderer as ReturnType<typeof fake>).name}`));
    pool.release(second);
    pool.release(first);
    await Promise.all([third, fourth]);
    expect(order).toEqual([`third:${second.name}`, `fourth:${first.name}`]);
    expect(opened).toBe(2);
  });

  it('opens another renderer only when every one still opening is spoken for', async () => {
    let opened = 0;
    const pool = new RendererPool(3, async () => fake(`r${++opened}`));
    pool.prewarm(1);
    const first = pool.acquire(); // takes the one opening: nothing more is started
    expect(pool.opened).toBe(1);
    const second = pool.acquire(); // nothing left for it: a second one opens
    expect(pool.opened).toBe(2);
    await Promise.all([first, second]);
    expect(opened).toBe(2);
  });

  it('fails every waiting and later request when a browser cannot start, instead of waiting forever', async () => {
    const pool = new RendererPool(1, async () => {
      throw new Error('Chromium failed to start');
    });
    const waiting = pool.acquire();
    await expect(waiting).rejects.toThrow('Chromium failed to start');
    await expect(pool.acquire()).rejects.toThrow('Chromium failed to start');
    await pool.close();
  });
});
