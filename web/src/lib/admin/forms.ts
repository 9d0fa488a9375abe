// Client-side checks of the console's forms, run before `use:enhance` sends them (the server
// checks again, and the API a third time). A form with a `reason` field is refused in the
// browser until the reason says something.
import type { SubmitFunction } from '@sveltejs/kit';

export const REASON_HINT = 'Say why (at least 3 characters): it goes into the audit log.';

/**
 * An enhance handler that validates the form first (forms using it carry `novalidate`, so a
 * field marked invalid by an earlier attempt cannot keep the submit event from firing again): the `reason` field (when there is one),
 * the native constraints, and `check` (which may set custom validity on fields). An invalid
 * form is not sent. `after` runs once the server accepted it (success or redirect).
 */
export function checkedSubmit(check?: (form: HTMLFormElement) => void, after?: () => void): SubmitFunction {
  return ({ formElement, cancel }) => {
    const reason = formElement.elements.namedItem('reason');
    if (reason instanceof HTMLInputElement) reason.setCustomValidity(reason.value.trim().length < 3 ? REASON_HINT : '');
    check?.(formElement);
    if (!formElement.reportValidity()) {
      cancel();
      return;
    }
    return async ({ result, update }) => {
      await update();
      if (result.type === 'success' || result.type === 'redirect') after?.();
    };
  };
}
