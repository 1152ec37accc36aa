import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FlowwrightError } from '../../model/errors';
import { importXes } from './xesImport';

const folder = new URL('../../../test/fixtures/logs/xes-conformance/', import.meta.url);

type Expectation = { outcome: 'valid' } | { outcome: 'warns'; warning: RegExp } | { outcome: 'fails'; error: RegExp };
const valid: Expectation = { outcome: 'valid' };
const warns = (warning: RegExp): Expectation => ({ outcome: 'warns', warning });
const fails = (error: RegExp): Expectation => ({ outcome: 'fails', error });

/**
 * pm4py's IEEE 1849-2016 probes ship without an oracle; their names say which rule each probes. "Valid" means it
 * imports with no warning (notes, such as events outside traces or traces without a name, are allowed: the
 * standard permits both). Invalid files must fail or raise a warning that names the breach.
 */
const expectations: Record<string, Expectation> = {
  attributeEventSwapped: warns(/attribute comes after an <event>/),
  attributeTraceSwapped: warns(/attribute comes after a <trace>/),
  attributeValuesSwapped: warns(/attribute comes after a <values> in a <list>/),
  booleanCorrectValue: valid,
  booleanIncorrectValue: warns(/"expression" values are not a number \(float\) \(first "yes"\)/),
  classifierAttributeSwapped: warns(/<classifier> comes after an attribute/),
  classifierCorrectAttributes: valid,
  classifierEmptyKeys: warns(/classifier "name" names no keys/),
  classifierEventCorrectAttributes: valid,
  classifierEventSwapped: warns(/<classifier> comes after an <event>/),
  classifierIncorrectKey: warns(/classifier "name" uses "resource", which is not a global event attribute/),
  classifierIncorrectScope: warns(/classifier "name" has the scope "incorrect"/),
  classifierNoAttributes: warns(/<classifier> lacks its required "name"/),
  classifierTooManyAttributes: warns(/<classifier> has "attribute"/),
  classifierTraceCorrectAttributes: valid,
  classifierTraceSwapped: warns(/<classifier> comes after a <trace>/),
  dateCorrectValue: valid,
  dateIncorrectValue: warns(/"long ago" values are not a date/),
  dateNoTZD: warns(/dates of "long ago" have no time-zone offset/),
  elementIncorrect: warns(/<text> inside a <trace> is not part of XES/),
  eventCorrectAttributes: valid,
  eventIdenticalAttributes: warns(/"concept:name" is given twice in an <event>/),
  eventIncorrectType: warns(/"org:resource" should be a string attribute, not int/),
  eventTooManyAttributes: warns(/<event> has "key"/),
  extensionAttributeSwapped: warns(/<extension> comes after an attribute/),
  extensionClassifierSwapped: warns(/<extension> comes after a <classifier>/),
  extensionCorrectAttributes: valid,
  extensionEventSwapped: warns(/<extension> comes after an <event>/),
  extensionGlobalSwapped: warns(/<extension> comes after a <global>/),
  extensionIncorrectKey: warns(/"concept:event" is not a key of the Concept extension/),
  extensionNoAttributes: warns(/<extension> lacks its required "prefix"/),
  extensionNotDeclared: warns(/"org:resource" belongs to the Organizational extension, which the log does not declare/),
  extensionStandard: valid,
  extensionTooManyAttributes: warns(/<extension> has "attribute"/),
  extensionTraceSwapped: warns(/<extension> comes after a <trace>/),
  globalAttributeSwapped: warns(/<global> comes after an attribute/),
  globalClassifierSwapped: warns(/<global> comes after a <classifier>/),
  globalEventStringCorrectAttributes: valid,
  globalEventSwapped: warns(/<global> comes after an <event>/),
  globalIncorrectScope: warns(/scope "incorrect": only "trace" and "event" exist/),
  globalNoAttributes: warns(/global declaration declares no attributes/),
  globalStringCorrectAttributes: valid,
  globalStringNoAttributes: warns(/<string> has no key/),
  globalStringTooManyAttributes: warns(/<string> has "attribute"/),
  globalTooManyAttributes: warns(/<global> has "attribute"/),
  globalTraceStringCorrectAttributes: valid,
  globalTraceSwapped: warns(/<global> comes after a <trace>/),
  idCorrectValue: valid,
  idIncorrectValue: warns(/"id" values are not an identifier/),
  intCorrectValue: valid,
  intIncorrectValue: warns(/"number" values are not a whole number \(int\) \(first "0.0"\)/),
  listEmptyValues: valid, // an empty <values> is an empty list
  listNoValues: warns(/list "list" has no <values> element/),
  listTwoValues: valid,
  logCorrectAttributes: valid,
  logNoAttributes: warns(/<log> lacks its required "xes.version"/),
  logNoNestedAttributes: valid, // declares the nested-attributes feature and uses none: allowed
  logOutOfPlace: fails(/line 29: a <log> stands inside an <event>/),
  logTooManyAttributes: warns(/<log> has "openxes.version"/),
  noLog: fails(/the file is empty/),
  realCorrectValue: valid,
  realIncorrectValue: warns(/"number" values are not a number \(float\) \(first "1.0.0"\)/),
  stringCorrectAttributes: valid,
  stringNestedNotDeclared: warns(/does not declare the nested-attributes feature/),
  stringNoAttributes: warns(/<string> has no key/),
  stringNotNestedButDeclared: valid,
  stringTooManyAttributes: warns(/<string> has "attribute"/),
  traceCorrectAttributes: valid,
  traceEventSwapped: warns(/<trace> comes after an <event>/),
  traceOutOfPlace: fails(/line 29: a <trace> stands inside an <event>/),
  traceTooManyAttributes: warns(/<trace> has "key"/),
};

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.xes'))
  .map((name) => name.slice(0, -'.xes'.length))
  .sort();

describe('XES conformance probes (IEEE 1849-2016)', () => {
  it('has an expectation for every file of the folder', () => {
    expect(files).toEqual(Object.keys(expectations).sort());
  });

  it.each(files)('%s', async (name) => {
    const expected = expectations[name];
    const bytes = new Uint8Array(readFileSync(new URL(`${name}.xes`, folder)));
    if (expected.outcome === 'fails') {
      const error = await importXes(bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(FlowwrightError);
      expect((error as FlowwrightError).code).toBe('FW_LOG_UNREADABLE');
      expect((error as Error).message).toMatch(expected.error);
      return;
    }
    const log = await importXes(bytes);
    const warnings = log.warnings.filter((warning) => warning.severity === 'warning');
    if (expected.outcome === 'valid') expect(warnings).toEqual([]);
    else expect(warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(expected.warning));
  });
});
