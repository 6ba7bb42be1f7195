// A conversation in progress: the machine (resumed from the session's log), the transcript, the
// customer now and the learner's options, in that order (on a phone the customer's panel sits between
// the latest line and the options, beside them on a wide screen). Focus and announcements follow the
// shared UI contract; after each turn the latest line, the cue and the first option are kept in view.
// Turns taken in another tab are followed; a session deleted elsewhere is said so and never written
// again.
import { MODE_LABEL } from '../../domain/evidence/words';
import { useSelector, useActorRef } from '@xstate/react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { customerNow } from '../../domain/escalation/engine';
import { shownOrder } from '../../domain/escalation/shown-order';
import { tipHash } from '../../domain/session/chain';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { sendFinishedSession } from '../lrs/lrs-start';
import { Conversation } from './conversation';
import { CustomerView } from './customer-view';
import { Hint } from './hint';
import { hintText } from './hint-text';
import { keepInView } from './keep-in-view';
import { ResponseOptions } from './response-options';
import { SafetyAction } from './safety-action';
import { TensionMeter } from './tension-meter';
import { SessionSoFar } from './session-so-far';
import { usePlayMachine, useTurn } from './use-turn';
import { beatOf } from '../../domain/scenario/lookup';

/** Memoised: the screens around it re-render as storage changes; its own props never do. */
export const PlaySession = memo(function PlaySession({
  record,
  scenario,
}: {
  record: SessionRecord;
  scenario: Scenario;
}) {
  const machine = usePlayMachine(scenario);
  const actorRef = useActorRef(machine, { input: { scenario, log: record.log } });
  const engine = useSelector(actorRef, (s) => s.context.engine);
  const ended = useSelector(actorRef, (s) => s.hasTag('ended'));
  const gone = useSelector(actorRef, (s) => s.hasTag('gone'));
  const movedOn = useSelector(actorRef, (s) => s.context.movedOn);
  const { respond, withdraw, retry, pending, busy, problem } = useTurn(actorRef);
  // A session with no turns yet chains its first to the header's hash: computed while the learner
  // reads the opening line, not after they choose (on a slow phone it is a noticeable part of turn 1).
  useEffect(() => {
    tipHash(record.log).catch(() => undefined);
  }, [record.log]);
  // Another tab's turns reach the store over BroadcastChannel; the machine adopts a longer log.
  // Only the length is watched (a number: this tab's own saves change the stored object too).
  const storedLength = useSessions(
    (s) => s.sessions.find((x) => x.log.header.sessionId === record.id)?.log.entries.length ?? -1,
  );
  useEffect(() => {
    const stored = useSessions
      .getState()
      .sessions.find((x) => x.log.header.sessionId === record.id);
    const now = actorRef.getSnapshot();
    // This tab's own save, or one the machine will hear of as a conflict when its save fails.
    if (
      !stored ||
      now.hasTag('busy') ||
      stored.log.entries.length <= now.context.log.entries.length
    )
      return;
    actorRef.send({ type: 'session.sync', log: stored.log });
  }, [actorRef, storedLength, record.id]);
  const ready = useSessions((s) => s.ready);
  // While storage fails the learner can take the session away with them at any moment.
  const unsavedHere = useSessions((s) => s.storage?.kind === 'memory');
  const log = useSelector(actorRef, (s) => s.context.log);
  const deletedElsewhere = ready && storedLength === -1;
  const [, navigate] = useLocation();
  const practice = record.mode === 'practice';
  const now = engine.ending ? undefined : customerNow(scenario, engine);
  const beat = beatOf(scenario, engine.beatId);
  // In the session's own order (recorded in each entry), so no position gives the best one away.
  const seed = record.log.header.optionSeed;
  const offered = useMemo(() => {
    const byId = new Map(beat?.responses.map((r) => [r.id, r]));
    return shownOrder(scenario, engine, seed).flatMap((id) => byId.get(id) ?? []);
  }, [scenario, engine, seed, beat]);
  // Computed once per turn, not on every render (the pending line re-renders while saving).
  const hint = useMemo(
    () => (practice ? hintText(scenario, engine) : undefined),
    [practice, scenario, engine],
  );

  const heading = useRef<HTMLHeadingElement>(null);
  const currentLine = useRef<HTMLLIElement>(null);
  const options = useRef<HTMLDivElement>(null);
  const [startTurn] = useState(engine.turn);
  const tookTurn = engine.turn > startTurn;
  // The reply to the turn just taken is announced with the line that follows it.
  const reply = engine.history.at(-1)?.reply;
  const announced = [reply?.line, now?.line]
    .filter((l) => l !== undefined)
    .map((l) => `${scenario.customer.name}: ${l}`)
    .join(' ');

  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  // Before paint, so focus is never seen resting on <body> after the old options are replaced, and
  // the screen never shows the new turn scrolled away from what the customer is doing.
  useLayoutEffect(() => {
    if (tookTurn) currentLine.current?.focus({ preventScroll: true });
    keepInView(currentLine.current, options.current?.querySelector('button') ?? null);
  }, [engine.turn, tookTurn]);
  // The session is over and saved: its statements go to the LRS, if one is set up (once per session).
  const finishedLog = ended ? log : null;
  useEffect(() => {
    if (!finishedLog) return;
    sendFinishedSession(scenario, finishedLog);
    navigate(`/debrief/${record.id}`, { replace: true });
  }, [finishedLog, scenario, navigate, record.id]);

  if (gone || deletedElsewhere) {
    return (
      <div className="play">
        <h1 ref={heading} tabIndex={-1}>
          This session was deleted
        </h1>
        <p role="alert">
          It was deleted in another tab or window, so nothing more is saved here and it will not
          come back.
        </p>
        <p>
          <a href="#/">Back to the scenario library</a>
        </p>
      </div>
    );
  }

  return (
    <div className="play">
      <header className="play-header">
        <h1 ref={heading} tabIndex={-1}>
          {scenario.title}
        </h1>
        <p className="play-meta">
          <span className="tag">{MODE_LABEL[record.mode]}</span> {scenario.setting} · Turn{' '}
          {Math.min(engine.turn + 1, scenario.flow.maxTurns)} of at most {scenario.flow.maxTurns}
        </p>
      </header>
      <div className="play-layout">
        <Conversation
          customerName={scenario.customer.name}
          history={engine.history}
          current={now?.line}
          pending={pending}
          currentRef={currentLine}
        />
        <section className="play-customer card" aria-label="The customer">
          <CustomerView
            channel={scenario.channel}
            mood={engine.mood}
            name={scenario.customer.name}
            cue={now?.cue}
            showMood={practice}
          />
          {practice && <TensionMeter value={engine.tension} />}
          {practice && <Hint key={engine.turn} text={hint} />}
        </section>
        <div className="play-act">
          <div aria-live="polite" className="visually-hidden">
            {tookTurn && now ? announced : ''}
          </div>
          {movedOn && (
            <p role="status" className="play-notice">
              This session moved on in another tab or window. You are seeing its latest turn.
            </p>
          )}
          {unsavedHere && <SessionSoFar log={log} />}
          {problem && (
            <div role="alert" className="play-problem">
              <p>{problem}</p>
              <button type="button" className="button" onClick={retry}>
                Try saving again
              </button>
            </div>
          )}
          {beat && now && (
            <ResponseOptions
              responses={offered}
              busy={busy}
              onRespond={respond}
              groupRef={options}
            />
          )}
          <SafetyAction key={engine.turn} busy={busy} onWithdraw={withdraw} />
        </div>
      </div>
    </div>
  );
});
