// A control that is unavailable at this stage says so (aria-disabled) and ignores presses, but keeps
// focus: a tutor who chose with the keyboard stays on the button rather than being dropped to the page.
import type { ButtonHTMLAttributes, Ref } from 'react';

interface ControlButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'disabled' | 'onClick'
> {
  active: boolean;
  onPress(): void;
  ref?: Ref<HTMLButtonElement>;
}

export function ControlButton({ active, onPress, className, ...rest }: ControlButtonProps) {
  return (
    <button
      type="button"
      {...rest}
      className={className}
      aria-disabled={!active || undefined}
      onClick={() => active && onPress()}
    />
  );
}
