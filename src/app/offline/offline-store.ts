// Whether a new version of Defuse is waiting, and how to take it: set by the service worker's
// registration (register-offline.ts), read by the update notice.
import { create } from 'zustand';

export interface OfflineState {
  /** A new version is installed and waiting; `update` switches to it and reloads. */
  update: (() => void) | null;
  /** Another tab took the new version: this one must reload to keep its lazily loaded screens. */
  updatedElsewhere: boolean;
}

export const useOffline = create<OfflineState>()(() => ({ update: null, updatedElsewhere: false }));
