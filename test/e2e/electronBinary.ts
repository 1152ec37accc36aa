import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron binary, when it has been downloaded; resolving the package would try to download it. */
export function electronBinary(): string | null {
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
