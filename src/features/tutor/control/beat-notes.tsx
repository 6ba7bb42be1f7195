// The tutor's notes and discussion prompt for the beat the class is at (scenario data, optional):
// shown here only. The prompt goes to the projected screen when the tutor pauses for discussion.
import type { Beat } from '../../../domain/scenario/schema';
import { DEFAULT_DISCUSSION } from '../presenter/presenter-view';

/** Paragraphs of a note, as written (blank lines between). */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

export function BeatNotes({ beat }: { beat: Beat | undefined }) {
  return (
    <section className="tutor-card tutor-notes" aria-labelledby="tutor-notes-heading">
      <h2 id="tutor-notes-heading">Tutor notes</h2>
      {beat?.tutorNotes ? (
        paragraphs(beat.tutorNotes).map((p, i) => <p key={i}>{p}</p>)
      ) : (
        <p className="tutor-none">No tutor notes for this beat.</p>
      )}
      <h3>Discussion prompt</h3>
      {beat?.discussion ? (
        <p>{beat.discussion}</p>
      ) : (
        <p className="tutor-none">
          No discussion prompt for this beat: pausing shows “{DEFAULT_DISCUSSION}”
        </p>
      )}
    </section>
  );
}
