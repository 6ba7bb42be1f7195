/**
 * The events of a session. They are both what the escalation machine receives and what the session
 * log records, so replaying a log is just applying its events again. `at` is the time the app's
 * injected clock gave when the event happened (ms since the epoch); the engine never reads a clock.
 */

export interface LearnerRespond {
  type: 'learner.respond';
  responseId: string;
  at: number | null;
}

/** "Step back and get support" — the safety action, available at every turn. */
export interface LearnerWithdraw {
  type: 'learner.withdraw';
  at: number | null;
}

/** Classroom mode: the tutor sets the tension or moves the conversation to a beat. */
export interface TutorOverride {
  type: 'tutor.override';
  tension?: number;
  beatId?: string;
  /** What the tutor said it was for ("the queue behind them starts complaining"). */
  reason?: string;
  at: number | null;
}

export type SessionEvent = LearnerRespond | LearnerWithdraw | TutorOverride;
