// What the page and the verification worker say to each other.
import type { CheckedFile } from '../../../domain/assessor/checked-file';

/** Check this file; `id` comes back with the answer. */
export interface VerifyRequest {
  id: number;
  file: File;
}

/** The verdict on file `id`, or why the worker could not give one. */
export type VerifyReply = { id: number; checked: CheckedFile } | { id: number; error: string };
