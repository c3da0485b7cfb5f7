// The advisor seen from the page: ask for a month's orders, get them back from the worker.
import type { Action, ActionType, GameState, Level } from '../engine';
import type { AdviceReply } from './advice';

export class Advisor {
  private readonly worker: Worker;
  private readonly waiting: Record<number, (reply: AdviceReply) => void> = {};
  private next = 1;

  constructor() {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'paper-alliance-advisor' });
    this.worker.onmessage = ({ data: reply }: MessageEvent<AdviceReply>) => {
      const resolve = this.waiting[reply.id];
      delete this.waiting[reply.id];
      resolve?.(reply);
    };
  }

  /** This month's suggested orders for `state`. */
  ask(level: Level, state: GameState, budget?: number, forbid?: ActionType[]): Promise<Action[]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting[id] = (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.orders));
      this.worker.postMessage({ id, level, state, ...(budget !== undefined ? { budget } : {}), ...(forbid ? { forbid } : {}) });
    });
  }

  close(): void {
    this.worker.terminate();
  }
}
