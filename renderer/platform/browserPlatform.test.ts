// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from './browserPlatform';
import { createPlatform } from './platform';

const options = { accept: ['.flow.json', '.json'], maxBytes: 10 };

/** Answers the next file picker the way a user would: choosing `file`, or cancelling with null. */
function answerPicker(file: File | null) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (this: HTMLInputElement) {
    expect(this.accept).toBe('.flow.json,.json');
    if (file) Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event(file ? 'change' : 'cancel'));
  });
}

describe('browser platform', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is chosen when there is no preload bridge', () => {
    expect(createPlatform(window).kind).toBe('browser');
  });

  it('reads the picked file and removes the transient input', async () => {
    answerPicker(new File(['{"a":1}'], 'a.flow.json'));
    const opened = await createBrowserPlatform(document).openFile(options);
    expect(opened).toMatchObject({ name: 'a.flow.json', text: '{"a":1}' });
    expect(Array.from(opened!.bytes!)).toEqual(Array.from(new TextEncoder().encode('{"a":1}')));
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('returns null when the picker is cancelled and refuses files over the limit unread', async () => {
    answerPicker(null);
    expect(await createBrowserPlatform(document).openFile(options)).toBeNull();
    answerPicker(new File(['x'.repeat(11)], 'big.flow.json'));
    await expect(createBrowserPlatform(document).openFile(options)).rejects.toMatchObject({
      code: 'FW_RESTORE_TOO_LARGE',
    });
  });

  /** Records the downloads offered: the blob and what the transient link was clicked with. */
  function recordDownloads() {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:flowwright/${blobs.length}`;
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    return { blobs, clicked };
  }

  it('downloads the text under the given name', async () => {
    const { blobs, clicked } = recordDownloads();
    expect(await createBrowserPlatform(document).saveFile('Claims.flow.json', '{\n}\n')).toBe(true);
    expect(clicked).toEqual([{ download: 'Claims.flow.json', href: 'blob:flowwright/1' }]);
    expect(await blobs[0].text()).toBe('{\n}\n');
    expect(document.querySelector('a')).toBeNull();
  });

  it('downloads bytes unchanged, with their media type', async () => {
    const { blobs, clicked } = recordDownloads();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
    expect(await createBrowserPlatform(document).saveBytes('Claims.png', png, 'image/png')).toBe(true);
    expect(clicked).toEqual([{ download: 'Claims.png', href: 'blob:flowwright/1' }]);
    expect(blobs[0].type).toBe('image/png');
    expect(Array.from(new Uint8Array(await blobs[0].arrayBuffer()))).toEqual(Array.from(png));
  });
});
