// App-wide UI state shared by components: the confirm dialog and the toast.

import { toAppError } from '../api';
import { t } from './i18n.svelte';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
}

export interface ToastState {
  id: number;
  message: string;
  actionLabel?: string;
  action?: () => void | Promise<void>;
  tone: 'info' | 'error';
}

export const ui = $state<{ confirm: ConfirmRequest | null; toast: ToastState | null }>({
  confirm: null,
  toast: null,
});

let toastSeq = 0;

/** Ask the teacher to confirm; resolves false on Cancel or Escape. */
export function askConfirm(opts: {
  title: string;
  message: string;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
}): Promise<boolean> {
  // A second request while one is open cancels the first.
  ui.confirm?.resolve(false);
  return new Promise<boolean>((resolve) => {
    ui.confirm = {
      title: opts.title,
      message: opts.message,
      confirmLabel: opts.confirmLabel ?? t('shell-confirm-ok'),
      cancelLabel: opts.cancelLabel ?? t('common-cancel'),
      danger: opts.danger ?? false,
      resolve: (ok) => {
        ui.confirm = null;
        resolve(ok);
      },
    };
  });
}

/**
 * Ask before throwing away unsaved edits. `what` names them in the current language, as the
 * object of "You have unsaved changes to …" ("this student", "este estudiante").
 */
export function confirmDiscard(what: string): Promise<boolean> {
  return askConfirm({
    title: t('shell-discard-title'),
    message: t('shell-discard-message', { what }),
    confirmLabel: t('shell-discard-confirm'),
    cancelLabel: t('shell-discard-cancel'),
    danger: true,
  });
}

export function showToast(
  message: string,
  opts: { actionLabel?: string; action?: () => void | Promise<void>; tone?: 'info' | 'error' } = {},
): void {
  toastSeq += 1;
  const t: ToastState = { id: toastSeq, message, tone: opts.tone ?? 'info' };
  if (opts.actionLabel !== undefined && opts.action !== undefined) {
    t.actionLabel = opts.actionLabel;
    t.action = opts.action;
  }
  ui.toast = t;
}

export function dismissToast(id?: number): void {
  if (id === undefined || ui.toast?.id === id) ui.toast = null;
}

/** The sentence to show for a failed action: the backend's message, or a generic one. */
export function errorMessage(err: unknown): string {
  return toAppError(err).message;
}

/** Shows why an action failed, as an error toast. */
export function showError(err: unknown): void {
  showToast(errorMessage(err), { tone: 'error' });
}
