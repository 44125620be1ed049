// The worker that hashes files for uploads from the browser (see hash.ts).

import { blake3Of, type HashAnswer, type HashRequest } from "./hash";

const scope = self as unknown as { postMessage(answer: HashAnswer): void; onmessage: ((event: MessageEvent<HashRequest>) => void) | null };

scope.onmessage = (event) => {
  const { id, file } = event.data;
  blake3Of(file, (done) => scope.postMessage({ id, type: "progress", done }))
    .then((hash) => scope.postMessage({ id, type: "done", hash }))
    .catch((error: unknown) => scope.postMessage({ id, type: "failed", message: String(error) }));
};
