// Dates on the debrief: in the session's own time zone, naming it (the evidence date rules).
export { dateTimeInWords as sessionWhen } from '../../domain/evidence/dates';
