import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { feelConfiguration, feelLanguageId, feelTokens } from './feelLanguage';
import { registerFeelProviders } from './feelProviders';

// Monaco is bundled: without these two lines it would fetch itself and its workers from a CDN (and never mount
// under the app's Content-Security-Policy).
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

monaco.languages.register({ id: feelLanguageId });
monaco.languages.setMonarchTokensProvider(feelLanguageId, feelTokens);
monaco.languages.setLanguageConfiguration(feelLanguageId, feelConfiguration);
registerFeelProviders(monaco);

export { monaco, jsonDefaults };
export type Monaco = typeof monaco;
