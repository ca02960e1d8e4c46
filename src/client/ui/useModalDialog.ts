/** A `<dialog>` shown as a modal while `open` is true and closed when it turns false: put the
 * returned ref on the element. Closing by Escape still reaches the dialog's own onClose. */
import { useEffect, useRef } from 'react';

export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
