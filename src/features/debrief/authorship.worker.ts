// The authored-share count in a worker of its own: a word diff of a long account against its draft
// can take seconds, and the page must never wait for it while the learner types or pastes.
import { authorship } from '../../domain/reflection/authorship';

export interface CountRequest {
  draft: string;
  text: string;
}

self.onmessage = (event: MessageEvent<CountRequest>) => {
  const { draft, text } = event.data;
  self.postMessage(authorship(draft, text));
};
