/**
 * The one catalogue of error codes, shared by the app, the command line and the docs (docs/errors.md is
 * generated from it). Each code names what went wrong; messages add where and why.
 */
export const errorCatalogue = {
  FW_USAGE: 'The command was called with missing or unknown arguments.',
  FW_INTERNAL: 'An unexpected failure inside Flowwright; please report it with the message.',
  FW_FILE_UNREADABLE: 'A file could not be read.',
  FW_RESTORE_JSON: 'The file is not valid JSON.',
  FW_RESTORE_NOT_FLOW: 'The document is not a Flowwright process (its "format" is not "flowwright.process").',
  FW_RESTORE_VERSION: 'The document was written by a newer Flowwright (its schemaVersion is unknown to this build).',
  FW_RESTORE_SCHEMA: 'A value in the document has the wrong type or is out of range.',
  FW_RESTORE_TOO_LARGE: 'The document is larger than Flowwright opens.',
  FW_MODEL_INVALID: 'The map has validation errors.',
  FW_SIM_INVALID_MODEL: 'The map cannot be simulated as it is.',
  FW_SIM_CANCELLED: 'The simulation was cancelled.',
  FW_IMPORT_INVALID_XML: 'The BPMN file is not well-formed XML.',
  FW_IMPORT_UNSUPPORTED_ELEMENT: 'The BPMN file has elements Flowwright does not model.',
  FW_EXPORT_UNSUPPORTED: 'The map has constructs the export target cannot express.',
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** An error with a catalogue code, thrown across layers and printed as `CODE: message`. */
export class FlowwrightError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'FlowwrightError';
  }
}
