import { isAppUrl } from './security';

/** The part of an IPC event that says who sent it (Electron's IpcMainInvokeEvent fits). */
export interface SenderFrameEvent<Contents = unknown> {
  readonly sender: Contents;
  /** Null when the frame has navigated away or been destroyed since it sent the message. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Is the message from the app's own page: the top frame of one of our windows, showing app://? A frame
 * inside the page (an iframe), a page that navigated elsewhere or a closed frame is refused.
 */
export function isOwnPage<Contents>(
  event: SenderFrameEvent<Contents>,
  isOwnWindow: (contents: Contents) => boolean,
): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url) && isOwnWindow(event.sender);
}

/** Where handlers are registered (Electron's ipcMain fits). */
export interface InvokeRegistry<Contents> {
  handle(channel: string, listener: (event: SenderFrameEvent<Contents>, request: unknown) => Promise<unknown>): void;
}

/**
 * Registers each handler on its channel behind the sender check, so no handler can be added without it.
 * A refused call rejects in the sender and never reaches the handler.
 */
export function handleFromOwnPage<Contents>(
  ipc: InvokeRegistry<Contents>,
  /** Each gets the request and the contents that sent it (which window's document it is about). */
  handlers: Record<string, (request: unknown, sender: Contents) => Promise<unknown>>,
  isOwnWindow: (contents: Contents) => boolean,
): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipc.handle(channel, async (event, request) => {
      if (!isOwnPage(event, isOwnWindow)) {
        throw new Error(`Flowwright refused a ${channel} request from ${event.senderFrame?.url ?? 'a closed frame'}`);
      }
      return handler(request, event.sender);
    });
  }
}
