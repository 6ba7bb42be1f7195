/**
 * Which of the debrief's sections are open, and links between them. A link to a turn (an evidence
 * link in the criteria, a key moment) opens "Turn by turn", moves focus to the turn and adds a
 * history entry, so the browser's Back (or the turn's "Back to the criteria") returns focus to the
 * link followed. The route never changes: both entries have the debrief's URL, and each records in
 * its history state where on the page it stands (hash routing leaves `#turn-N` unusable).
 */
import {
  createContext,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { focusTurn } from './criteria-jump';

/** The sections the learner opens as they need them. */
export type DebriefSection = 'turns' | 'criteria' | 'account';

/** The link a jump was made from, to come back to. */
export interface JumpOrigin {
  /** The link's element id. */
  id: string;
  /** The closed section it sits in, opened again on the way back. */
  section: DebriefSection | null;
  /** The way-back link's words: "Back to the criteria". */
  back: string;
}

/** Where one history entry stands on the debrief. */
type Place =
  { kind: 'origin'; origin: JumpOrigin } | { kind: 'turn'; turn: number; origin: JumpOrigin };

const placeOf = (state: unknown): Place | null =>
  (state as { defusePlace?: Place } | null)?.defusePlace ?? null;

const withPlace = (place: Place): unknown => ({
  ...((history.state as object | null) ?? {}),
  defusePlace: place,
});

export interface DebriefNav {
  isOpen(section: DebriefSection): boolean;
  setOpen(section: DebriefSection, open: boolean): void;
  /** Opens the turn list at `turn`, from the link `origin`. */
  jumpToTurn(turn: number, origin: JumpOrigin): void;
  /** The turn reached by the last jump and where it came from, until the learner goes back. */
  cameFrom: { turn: number; origin: JumpOrigin } | null;
  /** Back to the link of the last jump (the browser's Back when the jump added the entry). */
  goBack(): void;
}

/** The debrief's navigation; absent (null) where a section is shown outside a debrief. */
export const DebriefNavContext = createContext<DebriefNav | null>(null);

type Focus = { turn: number } | { id: string };

export function useDebriefNav(initiallyOpen: readonly DebriefSection[] = []): DebriefNav {
  const [open, setOpenSections] = useState<ReadonlySet<DebriefSection>>(
    () => new Set(initiallyOpen),
  );
  const [cameFrom, setCameFrom] = useState<DebriefNav['cameFrom']>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const here = useRef('');

  const setOpen = useCallback((section: DebriefSection, isOpen: boolean) => {
    setOpenSections((s) => {
      if (s.has(section) === isOpen) return s;
      const next = new Set(s);
      if (isOpen) next.add(section);
      else next.delete(section);
      return next;
    });
  }, []);

  /** Shows the page as `place` describes it. */
  const show = useCallback(
    (place: Place) => {
      if (place.kind === 'turn') {
        setOpen('turns', true);
        setCameFrom({ turn: place.turn, origin: place.origin });
        setFocus({ turn: place.turn });
      } else {
        if (place.origin.section) setOpen(place.origin.section, true);
        setCameFrom(null);
        setFocus({ id: place.origin.id });
      }
    },
    [setOpen],
  );

  useEffect(() => {
    here.current = location.hash;
    const onPop = (e: PopStateEvent) => {
      const place = placeOf(e.state);
      if (place && location.hash === here.current) show(place);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [show]);

  // Once the section is open and rendered: focus the turn, or the link the learner came back to.
  useLayoutEffect(() => {
    if (!focus) return;
    setFocus(null);
    if ('turn' in focus) {
      focusTurn(focus.turn);
      return;
    }
    const target = document.getElementById(focus.id);
    if (typeof target?.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focus]);

  const jumpToTurn = useCallback(
    (turn: number, origin: JumpOrigin) => {
      // This entry becomes "at the link"; the new one "at the turn, from the link".
      history.replaceState(withPlace({ kind: 'origin', origin }), '');
      history.pushState(withPlace({ kind: 'turn', turn, origin }), '');
      show({ kind: 'turn', turn, origin });
    },
    [show],
  );

  const goBack = useCallback(() => {
    if (placeOf(history.state)?.kind === 'turn') history.back();
    else if (cameFrom) show({ kind: 'origin', origin: cameFrom.origin });
  }, [cameFrom, show]);

  // One value while nothing changes, so the sections that read it re-render only when it does.
  return useMemo(
    () => ({ isOpen: (section) => open.has(section), setOpen, jumpToTurn, cameFrom, goBack }),
    [open, setOpen, jumpToTurn, cameFrom, goBack],
  );
}
