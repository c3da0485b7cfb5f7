// The advisor's worker: one month's search off the page's main thread. Started only when a
// player asks for advice, so the game's startup never loads the search.
import { advise, type AdviceRequest } from './advice';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AdviceRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage(advise(data));
  } catch (error) {
    scope.postMessage({ id: data?.id ?? 0, error: error instanceof Error ? error.message : String(error) });
  }
};
