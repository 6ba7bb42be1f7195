// A field's own error line, as GOV.UK forms give it: read before the field by its describedby.
export function FieldError({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error:</span> {messages.join(' ')}
    </p>
  );
}
