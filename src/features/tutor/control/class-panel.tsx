// The tutor's control panel for one class session: the tutor machine (resumed from the branch's log),
// what the class sees now, the tutor's notes, each option's techniques and predicted effect with the
// votes, and the controls — choose, pause, reveal, next, curveball, rewind, branches, exports — each
// with a keyboard shortcut. Every action is an event to the machine; the projected screen follows
// it over the presenter channel.
import { beatOf, endingOf } from '../../../domain/scenario/lookup';
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { runtime } from '../../../app/runtime';
import { branchesOf, type BranchNode } from '../../../domain/classroom/branch-tree';
import {
  mostVoted,
  numberedOptions,
  votesFor,
  type VoteOption,
} from '../../../domain/classroom/votes';
import { shownOrder } from '../../../domain/escalation/shown-order';
import type { Scenario } from '../../../domain/scenario/schema';
import type { SessionLog } from '../../../domain/session/log-types';
import { stageOf, type ClassStage, type TutorEvent } from '../../../machines/tutor.machine';
import type { SessionSummary } from '../../../store/session-store-types';
import type { SessionsStore } from '../../../store/sessions-store';
import { presenterStage, presenterView, type PresenterSource } from '../presenter/presenter-view';
import type { OpenChannel } from '../sync/presenter-channel';
import { usePresenterSync } from '../sync/use-presenter-sync';
import { BeatNotes } from './beat-notes';
import { ControlButton } from './control-button';
import { branchLabel, BranchTreeView } from './branch-tree-view';
import { ClassExportsCard, useClassExports } from './class-exports';
import { ClassNow } from './class-now';
import { CurveballForm } from './curveball-form';
import { OptionsTable } from './options-table';
import { RewindForm } from './rewind-form';
import { ShortcutList } from './shortcut-list';
import { commandFor, type Armed, type Command } from './shortcuts';
import { useClassMachine } from './use-class-machine';

export interface ClassPanelProps {
  scenario: Scenario;
  /** The branch to show, as stored (the route's). */
  log: SessionLog;
  /** The class session's branches, as stored. */
  root: BranchNode;
  summaries: ReadonlyMap<string, SessionSummary>;
  store: SessionsStore;
  /** The route follows the branch on screen. */
  onShowBranch(sessionId: string): void;
  openPresenter(): void;
  openChannel?: OpenChannel;
}

const STAGE_WORDS: Readonly<Record<ClassStage, string>> = {
  voting: 'Voting',
  discussing: 'Paused for discussion',
  chosen: 'Showing the class’s choice',
  revealed: 'Revealed: what it did and why',
  ended: 'The conversation has ended',
  saving: 'Saving…',
  saveFailed: 'Not saved',
  branching: 'Making the branch…',
  gone: 'Deleted',
};

const optionKey = (o: VoteOption) => (o.kind === 'step-back' ? 'step-back' : o.responseId);

export function ClassPanel(p: ClassPanelProps) {
  const { scenario, store } = p;
  const machine = useClassMachine(scenario, store);
  const actor = useActorRef(machine, { input: { scenario, log: p.log } });
  const stage = useSelector(actor, stageOf);
  const engine = useSelector(actor, (s) => s.context.engine);
  const votes = useSelector(actor, (s) => s.context.votes);
  const log = useSelector(actor, (s) => s.context.log);
  const problem = useSelector(actor, (s) => s.context.problem);
  const movedOn = useSelector(actor, (s) => s.context.movedOn);
  // While saving or branching the class keeps seeing the screen before.
  const source = useSelector(
    actor,
    (s): PresenterSource => ({
      scenario,
      log: s.context.log,
      engine: s.context.engine,
      stage: stageOf(s),
    }),
    (a, b) =>
      presenterStage(b.stage) === null ||
      (a.log === b.log && a.engine === b.engine && a.stage === b.stage),
  );
  const view = useMemo(() => presenterView(source), [source]);
  const { connected } = usePresenterSync(view, p.openChannel);

  const open = stage === 'voting' || stage === 'discussing';
  const shown = useMemo(
    () => (engine.ending ? [] : shownOrder(scenario, engine, log.header.optionSeed)),
    [scenario, engine, log.header.optionSeed],
  );
  const options = useMemo(() => numberedOptions(shown), [shown]);
  const top = mostVoted(votes);
  const last = engine.history.at(-1);
  const between = stage === 'chosen' || stage === 'revealed' || stage === 'ended';
  const canRewind = (open || between) && engine.turn > 0;
  const branch = useMemo(
    () => branchesOf(p.root).find((b) => b.sessionId === log.header.sessionId),
    [p.root, log.header.sessionId],
  );

  // The route names the branch on screen: it follows the machine (a rewind moves to the new
  // branch), and a route that comes to name another branch (the tree, Back) opens it here.
  const { onShowBranch } = p;
  const showBranch = useRef(onShowBranch);
  useEffect(() => {
    showBranch.current = onShowBranch;
  });
  const currentId = log.header.sessionId;
  useEffect(() => showBranch.current(currentId), [currentId]);
  const routeLog = p.log;
  const routeId = routeLog.header.sessionId;
  const lastRoute = useRef(routeId);
  useEffect(() => {
    if (routeId === lastRoute.current) return;
    lastRoute.current = routeId;
    if (routeId !== actor.getSnapshot().context.log.header.sessionId)
      actor.send({ type: 'class.open', log: routeLog });
  }, [actor, routeId, routeLog]);

  const [said, setSaid] = useState('');
  const send = useCallback((event: TutorEvent) => actor.send(event), [actor]);
  const vote = useCallback(
    (option: VoteOption, delta: 1 | -1, n: number) => {
      send({ type: delta > 0 ? 'vote.add' : 'vote.remove', option });
      const count = votesFor(actor.getSnapshot().context.votes, option);
      setSaid(`Option ${n}: ${count} ${count === 1 ? 'vote' : 'votes'}`);
    },
    [actor, send],
  );
  const choose = useCallback(
    (option?: VoteOption) =>
      send({ type: 'class.choose', ...(option ? { option } : {}), at: runtime.now() }),
    [send],
  );
  const curveballRef = useRef<HTMLInputElement>(null);
  const rewindRef = useRef<HTMLSelectElement>(null);
  const exports = useClassExports(scenario, p.root);

  // What the class is doing, said politely for a tutor using a screen reader.
  useEffect(() => {
    if (stage === 'saving' || stage === 'branching') return;
    setSaid(
      stage === 'voting'
        ? `Turn ${engine.turn + 1}: voting`
        : stage === 'ended'
          ? `${STAGE_WORDS.ended}: ${engine.ending ? (endingOf(scenario, engine.ending.id)?.title ?? '') : ''}`
          : STAGE_WORDS[stage],
    );
  }, [stage, engine, scenario]);

  const [keysOn, setKeysOn] = useState(true);
  /** After G or T, what the next digit is for. */
  const armed = useRef<Armed | null>(null);
  const run = useCallback(
    (c: Command) => {
      switch (c.kind) {
        case 'vote': {
          const option = options[c.option - 1];
          if (option && open) vote(option, c.delta, c.option);
          return;
        }
        case 'clear-votes':
          if (open) {
            send({ type: 'vote.clear' });
            setSaid('Votes cleared');
          }
          return;
        case 'choose':
          if (open && top) choose();
          else if (open) setSaid('No option has the most votes: choose one with its button.');
          return;
        case 'pause':
          return send({ type: 'class.pause' });
        case 'reveal':
          return send({ type: 'class.reveal' });
        case 'next':
          return send({ type: 'class.next' });
        case 'curveball':
          return curveballRef.current?.focus();
        case 'rewind':
          return rewindRef.current?.focus();
        case 'presenter':
          return p.openPresenter();
        case 'export-json':
          return exports.json();
        case 'export-summary':
          return exports.summary();
        case 'arm':
          armed.current = c.then;
          return setSaid(
            c.then === 'choose-option'
              ? 'Choose which option? Press its number.'
              : 'Open which branch? Press its number.',
          );
        case 'cancel':
          return setSaid('');
        case 'choose-option': {
          const option = options[c.option - 1];
          if (option && open) choose(option);
          return;
        }
        case 'open-branch': {
          const target = branchesOf(p.root).find((b) => b.number === c.branch);
          if (target && (open || between)) onShowBranch(target.sessionId);
          else setSaid(`There is no branch ${c.branch} to open now.`);
          return;
        }
      }
    },
    [options, open, between, vote, send, top, choose, p, exports, onShowBranch],
  );
  useEffect(() => {
    if (!keysOn) return;
    const onKey = (e: KeyboardEvent) => {
      const c = commandFor(e, armed.current);
      if (!c) return;
      if (c.kind !== 'arm') armed.current = null;
      e.preventDefault();
      run(c);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keysOn, run]);

  // A control that disappears (the options once chosen) must not leave keyboard focus on the page:
  // it goes to what comes next at this stage.
  const chooseRef = useRef<HTMLButtonElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost) return;
    const target = { chosen: revealRef, revealed: nextRef, voting: chooseRef }[stage as string];
    target?.current?.focus();
  }, [stage]);

  const notesBeat = open ? engine.beatId : (last?.beatId ?? engine.beatId);
  const gone = stage === 'gone';

  return (
    <div className="tutor">
      <header className="tutor-header">
        <div>
          <h1>Classroom: {scenario.title}</h1>
          <p className="tutor-meta">
            {log.header.learnerName && <>{log.header.learnerName} · </>}
            {branch ? branchLabel(branch) : 'Branch'} · Turn{' '}
            {Math.min(engine.turn + (open ? 1 : 0), scenario.flow.maxTurns)} of at most{' '}
            {scenario.flow.maxTurns} · <strong>{STAGE_WORDS[stage]}</strong>
          </p>
        </div>
        <div className="tutor-presenter">
          <button type="button" className="button" aria-keyshortcuts="O" onClick={p.openPresenter}>
            Open the presenter window
          </button>
          <p className="field-hint">
            {connected
              ? 'Presenter window open: it shows what the class sees.'
              : 'No presenter window open. Open it, then drag it to the projector.'}
          </p>
        </div>
      </header>
      <p aria-live="polite" className="visually-hidden">
        {said}
      </p>
      {gone && (
        <p role="alert" className="tutor-problem">
          This class session was deleted in another tab or window: nothing more is saved here.
        </p>
      )}
      {movedOn && (
        <p role="status" className="tutor-notice">
          This branch moved on in another tab or window. You are seeing its latest turn.
        </p>
      )}
      {stage === 'saveFailed' && (
        <div role="alert" className="tutor-problem">
          <p>That could not be saved ({problem ?? 'unknown error'}).</p>
          <button type="button" className="button" onClick={() => send({ type: 'session.retry' })}>
            Try saving again
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => send({ type: 'session.discard' })}
          >
            Give it up
          </button>
        </div>
      )}
      {stage !== 'saveFailed' && problem && (
        <p role="alert" className="tutor-problem">
          That did not work ({problem}).
        </p>
      )}
      <div className="tutor-layout">
        <div className="tutor-main">
          <ClassNow scenario={scenario} engine={engine} stage={stage} />
          <BeatNotes beat={beatOf(scenario, notesBeat)} />
          <section className="tutor-card tutor-turn" aria-labelledby="tutor-turn-heading">
            <h2 id="tutor-turn-heading">The class’s turn</h2>
            <div className="tutor-actions" role="group" aria-label="Class controls">
              <ControlButton
                ref={chooseRef}
                className="button"
                aria-keyshortcuts="C"
                active={open && top !== undefined}
                onPress={() => choose()}
              >
                {top
                  ? `Choose ${options.findIndex((o) => optionKey(o) === optionKey(top)) + 1} (most votes)`
                  : 'Choose (most votes)'}
              </ControlButton>
              <ControlButton
                className="button button-secondary"
                aria-keyshortcuts="P"
                aria-pressed={stage === 'discussing'}
                active={open}
                onPress={() => send({ type: 'class.pause' })}
              >
                Pause for discussion
              </ControlButton>
              <ControlButton
                ref={revealRef}
                className="button button-secondary"
                aria-keyshortcuts="R"
                active={stage === 'chosen'}
                onPress={() => send({ type: 'class.reveal' })}
              >
                Reveal
              </ControlButton>
              <ControlButton
                ref={nextRef}
                className="button button-secondary"
                aria-keyshortcuts="N"
                active={stage === 'chosen' || stage === 'revealed'}
                onPress={() => send({ type: 'class.next' })}
              >
                {engine.ending ? 'Show the ending' : 'Next turn'}
              </ControlButton>
              <ControlButton
                className="button button-secondary"
                aria-keyshortcuts="0"
                active={open}
                onPress={() => send({ type: 'vote.clear' })}
              >
                Clear the votes
              </ControlButton>
            </div>
            {open && !top && (
              <p className="field-hint">
                Count the votes with + and −. With no single option ahead, choose one with its own
                button.
              </p>
            )}
            {open ? (
              <OptionsTable
                scenario={scenario}
                engine={engine}
                shown={shown}
                votes={votes}
                active={open}
                top={top}
                onVote={(option, delta) =>
                  vote(
                    option,
                    delta,
                    options.findIndex((o) => optionKey(o) === optionKey(option)) + 1,
                  )
                }
                onChoose={(option) => choose(option)}
              />
            ) : (
              <p className="tutor-none">
                {stage === 'ended'
                  ? 'Rewind to a turn to explore another road, or open another branch.'
                  : stage === 'chosen' || stage === 'revealed'
                    ? 'Reveal what the choice did, then go on to the next turn.'
                    : ''}
              </p>
            )}
          </section>
        </div>
        <div className="tutor-side">
          <CurveballForm
            active={open}
            tension={engine.tension}
            reasonRef={curveballRef}
            onThrow={(delta, reason) =>
              send({ type: 'tutor.curveball', delta, reason, at: runtime.now() })
            }
          />
          <RewindForm
            turns={engine.turn}
            active={canRewind}
            turnRef={rewindRef}
            onRewind={(turn) => send({ type: 'class.rewind', turn })}
          />
          <BranchTreeView
            root={p.root}
            currentId={log.header.sessionId}
            summaries={p.summaries}
            active={open || between}
            onOpen={onShowBranch}
          />
          <ClassExportsCard exports={exports} />
          <ShortcutList enabled={keysOn} onToggle={setKeysOn} />
        </div>
      </div>
    </div>
  );
}
