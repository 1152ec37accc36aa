/**
 * The one catalogue of error codes, shared by the app, the command line and the docs (docs/errors.md is
 * generated from it). Each code names what went wrong; messages add where and why.
 */
export const errorCatalogue = {
  FW_USAGE: 'The command was called with missing or unknown arguments.',
  FW_INTERNAL: 'An unexpected failure inside Flowwright; please report it with the message.',
  FW_FILE_UNREADABLE: 'A file could not be read.',
  FW_FILE_UNWRITABLE: 'A file could not be written; a file already at that place is left as it was.',
  FW_RESTORE_JSON: 'The file is not valid JSON.',
  FW_RESTORE_NOT_FLOW: 'The document is not a Flowwright process (its "format" is not "flowwright.process").',
  FW_RESTORE_VERSION: 'The document was written by a newer Flowwright (its schemaVersion is unknown to this build).',
  FW_RESTORE_SCHEMA: 'A value in the document has the wrong type or is out of range.',
  FW_RESTORE_TOO_LARGE: 'The document is larger than Flowwright opens.',
  FW_RESTORE_TOO_DEEP:
    'The document nests deeper than Flowwright opens (objects inside objects, or sub-processes inside sub-processes).',
  FW_MODEL_INVALID: 'The map has validation errors.',
  FW_MODEL_PATCH: 'An edit could not be applied to the map: a path in it does not exist.',
  FW_SIM_INVALID_MODEL: 'The map cannot be simulated as it is.',
  FW_SIM_CANCELLED: 'The simulation was cancelled.',
  FW_SIM_NO_START: 'The map (or a sub-process) has no start event, so no case can begin.',
  FW_SIM_UNKNOWN_RESOURCE: 'A task names a resource pool that is not in the simulation settings.',
  FW_SIM_ZERO_CAPACITY: 'A resource pool used by a task has no units, so its work would wait forever.',
  FW_SIM_UNKNOWN_CALENDAR: 'A resource pool or the arrivals name a calendar that is not defined.',
  FW_SIM_BAD_CALENDAR: 'A calendar has an unknown timezone or a holiday that is not a YYYY-MM-DD date.',
  FW_SIM_NO_WORKING_TIME: 'A calendar has no working time at all, so nothing could ever happen in it.',
  FW_SIM_BAD_DISTRIBUTION: 'A duration or inter-arrival distribution is negative or impossible (e.g. min above max).',
  FW_SIM_BAD_PROBABILITIES: "A gateway's outgoing probabilities do not add up to 1.",
  FW_SIM_BAD_STRUCTURE: 'An element is connected in a way the simulation cannot execute.',
  FW_SIM_BAD_START_TIME: 'The simulation start time is not an ISO 8601 date and time.',
  FW_SIM_UNKNOWN_SCENARIO: 'The requested scenario is not in the map.',
  FW_SIM_BAD_OVERRIDE: "A scenario override's path does not exist in the map or its value has the wrong type.",
  FW_SIM_TOO_LARGE:
    'The run asks for more than Flowwright simulates: too many cases or replications, too high a loop limit, or a time, cost or capacity beyond any real process.',
  FW_SIM_RECORDS: 'The case records cannot give the cases asked for (none to replay, or more than each record once).',
  FW_EXPR_SYNTAX: 'A FEEL expression does not parse.',
  FW_DATA_UNREADABLE:
    'A data file is not readable text, JSON or a workbook (or is in a format Flowwright cannot read).',
  FW_DATA_TOO_LARGE: 'A data file is larger than Flowwright reads (for instance a workbook that unzips to too much).',
  FW_DATA_EMPTY: 'A data file holds no header row and no records.',
  FW_DATA_NOT_RECORDS: 'A JSON data file is not an array of objects (nor an object with a "records" array).',
  FW_DATA_NO_SHEET: 'The workbook has no sheet of the requested name.',
  FW_DATA_MAPPING: 'A column mapping names a column that the data does not have.',
  FW_DATA_MISSING_COLUMNS: 'The data has no column for fields the map requires.',
  FW_IMPORT_INVALID_XML: 'The BPMN file is not well-formed XML.',
  FW_IMPORT_UNSUPPORTED_ELEMENT: 'The BPMN file has elements Flowwright does not model.',
  FW_IMPORT_ENCODING:
    'The file is not valid text in the encoding it declares (or declares one Flowwright cannot read).',
  FW_IMPORT_NOT_BPMN:
    'The XML file is not a BPMN 2.0 document (its root is not <definitions> in the BPMN model namespace).',
  FW_IMPORT_DUPLICATE_ID: 'Two elements of the BPMN file share an id.',
  FW_IMPORT_NO_PROCESS: 'The BPMN file holds no process and no pool to import.',
  FW_IMPORT_FORMAT: 'The file type cannot be imported (by this command, or yet).',
  FW_IMPORT_KEPT_AS_EXTENSION:
    'BPMN elements Flowwright does not simulate were kept under `extensions`, so they are exported again.',
  FW_IMPORT_ID_RENAMED: 'An id that is not a valid XML name was renamed so that its element could be read.',
  FW_IMPORT_UNRESOLVED_REFERENCE: 'The BPMN file refers to an element it does not contain.',
  FW_IMPORT_EVENT_DEFINITION:
    'An event definition Flowwright does not simulate (conditional, link, compensation, cancel, multiple) was read as a plain event.',
  FW_IMPORT_CONDITION: 'A sequence-flow condition is not FEEL; it was converted or kept under `extensions`.',
  FW_IMPORT_LAYOUT:
    'Positions were missing or rotated: the diagram was laid out, or turned from vertical to horizontal.',
  FW_IMPORT_MERGED:
    'Parts the BPMN file keeps apart (several diagrams, processes outside pools) are shown together on one map.',
  FW_IMPORT_SIMULATION: 'A BIMP/QBP simulation parameter could not be mapped to the simulation settings.',
  FW_IMPORT_RESTORE_FIX:
    'The imported map needed a fix to be a valid Flowwright map (e.g. a flow to a missing node was dropped).',
  FW_IMPORT_TOO_LARGE:
    'The BPMN file has more elements than Flowwright opens, or the map it gives would be larger than a file Flowwright opens.',
  FW_IMPORT_TOO_DEEP: 'The BPMN file nests XML elements or sub-processes deeper than Flowwright reads.',
  FW_IMPORT_CONTROL_CHARACTER:
    'The file held characters XML does not allow (control characters such as U+0001); they were removed.',
  FW_LOG_UNREADABLE: 'The event log is not well-formed XML, not an XES log, or not readable text.',
  FW_LOG_EMPTY: 'The event log holds no events.',
  FW_LOG_MAPPING:
    'The column mapping of a CSV event log lacks the case, activity or time column, or names a column the file does not have.',
  FW_LOG_BAD_VALUE: 'A value in the event log does not parse as its declared type; it was kept as text.',
  FW_LOG_BAD_TIMESTAMP: 'A timestamp in the event log does not parse in the declared format; the event has no time.',
  FW_LOG_NO_TIMEZONE:
    'A timestamp in the event log has no time-zone offset; it was read in the declared zone (UTC unless set).',
  FW_LOG_MISSING_VALUE: 'An event lacks its case id or activity name.',
  FW_LOG_NONSTANDARD: 'The XES file breaks a rule of the standard (IEEE 1849); what could be read was kept.',
  FW_LOG_UNPAIRED: 'A start event has no matching complete event (or the other way round) in its case.',
  FW_LOG_OUTSIDE_TRACE: 'The XES log holds events outside any trace; they belong to no case and are left out of cases.',
  FW_LOG_LOW_FITNESS: 'The log fits the map less well than the fitness asked for (conformance --min-fitness).',
  FW_EXPORT_CONDITION: 'A flow condition cannot be translated for the export target.',
  FW_EXPORT_UNSUPPORTED: 'The map has constructs the export target cannot express.',
  FW_EXPORT_SETTING:
    'A Camunda 8 setting of an element is not one the engine can read (a retry count, timer or mapping).',
  FW_SAVE_CONFLICT:
    'The process was changed or deleted in another window or tab since this one loaded it; the save was refused so that neither version is lost.',
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
