// A modal confirmation (native <dialog>): the safe choice has the initial
// focus, Escape cancels, and focus goes back to the trigger on cancel.
import { h } from "./dom";

export interface ConfirmOptions {
  id: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  danger?: boolean;
  /** Called when the owner cancels (Escape or the cancel button). */
  onCancel: () => void;
  /** Called when the owner confirms; the dialog is closed first. */
  onConfirm: () => void;
}

export function confirmDialog(o: ConfirmOptions): HTMLDialogElement {
  const cancelBtn = h("button", { type: "button", class: "button" }, o.cancel);
  const confirmBtn = h("button", { type: "button", class: `button ${o.danger ? "danger" : "primary"}` }, o.confirm);
  const dialog = h("dialog", { class: "dialog", "aria-labelledby": `${o.id}-title`, "aria-describedby": `${o.id}-body` },
    h("h2", { id: `${o.id}-title` }, o.title),
    h("p", { id: `${o.id}-body` }, o.body),
    h("div", { class: "actions" }, cancelBtn, confirmBtn),
  );
  const close = (): void => {
    if (typeof dialog.close === "function") { if (dialog.open) dialog.close(); } else dialog.removeAttribute("open");
    dialog.remove();
  };
  const cancel = (): void => { close(); o.onCancel(); };
  cancelBtn.addEventListener("click", cancel);
  dialog.addEventListener("cancel", (ev) => { ev.preventDefault(); cancel(); });
  dialog.addEventListener("keydown", (ev) => { if (ev.key === "Escape") { ev.preventDefault(); cancel(); } });
  confirmBtn.addEventListener("click", () => { close(); o.onConfirm(); });
  document.body.append(dialog);
  if (typeof dialog.showModal === "function") dialog.showModal(); else dialog.setAttribute("open", "");
  cancelBtn.focus();
  return dialog;
}
