import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { FlowwrightError } from '../../model/errors';
import type { EventLog, LogAttributes, LogCase, LogEvent, LogValue } from '../../log/eventLog';
import { reportUnpaired } from '../../log/activityInstances';
import { LogWarnings } from '../../log/logWarnings';
import { xesEvent, xesCase } from './xesElements';
import { allowedXmlAttributes, childRank, classifierKeys, elementWords } from './xesStructure';
import { standardExtensionKeys, timestampFromText, xesValue, xesValueTypes } from './xesValues';

/** An open element: what it collects from its children, and where it stands in the order of its parent. */
interface Frame {
  name: string; // 'attribute' for every typed attribute element; the XES type is in `type`
  line: number;
  attributes: LogAttributes;
  lines: Record<string, number>;
  rank: number;
  /** The child that set `rank`: the latest kind of child in the standard's order met so far. */
  rankedChild?: string;
  // typed attributes only:
  type?: string;
  key?: string;
  value?: LogValue;
  list?: LogValue[];
  events?: LogEvent[];
  sawValues?: boolean;
  scope?: string;
}

/** The children each element may have; everything else is ignored with a warning, or fails when it breaks nesting. */
const allowedChildren: Record<string, string[]> = {
  log: ['extension', 'global', 'classifier', 'attribute', 'trace', 'event'],
  trace: ['attribute', 'event'],
  event: ['attribute'],
  global: ['attribute'],
  values: ['attribute'],
  attribute: ['attribute'],
  list: ['attribute', 'values'],
};

const fail = (line: number, what: string) =>
  new FlowwrightError('FW_LOG_UNREADABLE', `line ${line}: ${what}; the file's structure is broken`);

/**
 * Reads XES text as it arrives, chunk by chunk, through a SAX parser, so a large log never needs a DOM. Cases,
 * events and standard attributes go into an EventLog; breaches of IEEE 1849 become warnings with their lines.
 */
export class XesReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: Frame[] = [];
  private readonly warnings = new LogWarnings();
  private readonly cases: LogCase[] = [];
  private readonly globals: Record<'trace' | 'event', LogAttributes> = { trace: {}, event: {} };
  private readonly classifiers: { name: string; scope: string; keys: string[]; line: number }[] = [];
  private readonly prefixes = new Set<string>();
  /** Standard prefixes used, with their first key and line; checked against the declarations at the end. */
  private readonly usedPrefixes = new Map<string, { key: string; line: number }>();
  private log: Frame | null = null;
  private nested = false;
  private ignoring = 0;
  private sawRoot = false;
  private error: Error | null = null;
  private looseEvents = 0;
  private sawText = false;
  /** Events read so far, for progress. */
  eventsRead = 0;

  constructor() {
    this.parser.on('opentag', (tag) => this.guard(() => this.openTag(tag as SaxesTagPlain)));
    this.parser.on('closetag', () => this.guard(() => this.closeTag()));
    this.parser.on('error', (error) => {
      this.error ??= new FlowwrightError('FW_LOG_UNREADABLE', `the file is not well-formed XML: ${error.message}`);
    });
  }

  /** Feeds the next piece of text. */
  write(text: string): void {
    if (this.error) throw this.error;
    if (!this.sawText && text.trim() !== '') this.sawText = true;
    this.parser.write(text);
    if (this.error) throw this.error;
  }

  /** Ends the text and returns the log; throws FW_LOG_UNREADABLE when the text is no XES log. */
  close(): EventLog {
    if (!this.sawText) throw new FlowwrightError('FW_LOG_UNREADABLE', 'the file is empty');
    if (!this.error) this.parser.close();
    if (this.error) throw this.error;
    if (!this.sawRoot || !this.log) throw new FlowwrightError('FW_LOG_UNREADABLE', 'the file holds no XES <log>');
    this.checkDeclarations();
    reportUnpaired(this.cases, this.warnings);
    this.checkClassifiers();
    if (this.looseEvents > 0)
      this.warnings.add(
        'FW_LOG_OUTSIDE_TRACE',
        `${this.looseEvents} event(s) stand directly in the log, outside any trace: they belong to no case`,
        this.log.line,
        { severity: 'note' },
      );
    const name = this.log.attributes['concept:name'];
    return {
      format: 'xes',
      ...(typeof name === 'string' ? { name } : {}),
      attributes: this.log.attributes,
      cases: this.cases,
      warnings: this.warnings.list(),
    };
  }

  private guard(step: () => void): void {
    if (this.error) return;
    try {
      step();
    } catch (error) {
      this.error = error instanceof Error ? error : new Error(String(error));
    }
  }

  private get line(): number {
    return this.parser.line;
  }

  private nonstandard(message: string, line = this.line): void {
    this.warnings.add('FW_LOG_NONSTANDARD', message, line);
  }

  private openTag(tag: SaxesTagPlain): void {
    const tagName = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    if (this.ignoring > 0) {
      this.ignoring++;
      return;
    }
    const name = xesValueTypes.has(tagName) ? 'attribute' : tagName;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (tagName !== 'log') throw fail(this.line, `the root element is <${tagName}>, not an XES <log>`);
      this.sawRoot = true;
    } else if (!this.placeChild(parent, name, tagName)) {
      this.ignoring = 1;
      return;
    }
    const frame: Frame = { name, line: this.line, attributes: {}, lines: {}, rank: -1 };
    this.checkXmlAttributes(
      tag,
      name === 'attribute' && (tagName === 'list' || tagName === 'container') ? tagName : name,
    );
    if (name === 'attribute') this.openAttribute(frame, tagName, tag.attributes, parent);
    if (name === 'log') this.openLog(frame, tag.attributes);
    if (name === 'extension' && tag.attributes.prefix) this.prefixes.add(tag.attributes.prefix);
    if (name === 'global') {
      frame.scope = tag.attributes.scope ?? 'event';
      if (frame.scope !== 'event' && frame.scope !== 'trace')
        this.nonstandard(`a global declaration has the scope "${frame.scope}": only "trace" and "event" exist`);
    }
    if (name === 'classifier') this.openClassifier(tag.attributes);
    this.stack.push(frame);
  }

  /** Whether the child may stand in the parent; breaks of order are warnings, broken nesting fails. */
  private placeChild(parent: Frame, name: string, tagName: string): boolean {
    const structural = name === 'log' || name === 'trace' || name === 'event';
    const allowed = allowedChildren[parent.type === 'list' ? 'list' : parent.name];
    if (!allowed?.includes(name)) {
      if (structural) throw fail(this.line, `${elementWords(name)} stands inside ${elementWords(parent.name)}`);
      this.nonstandard(
        `${elementWords(tagName)} inside ${elementWords(parent.name)} is not part of XES: it was ignored`,
      );
      return false;
    }
    const ranks = childRank[parent.type === 'list' ? 'list' : parent.name];
    if (ranks) {
      const rank = ranks[name];
      if (rank < parent.rank)
        this.nonstandard(
          `${elementWords(name)} comes after ${elementWords(parent.rankedChild ?? '')} in ${elementWords(parent.name === 'attribute' ? 'list' : parent.name)}: the standard puts it before`,
        );
      if (rank > parent.rank) {
        parent.rank = rank;
        parent.rankedChild = name;
      }
    }
    if (parent.name === 'attribute' && name === 'attribute' && !this.nested)
      this.nonstandard(
        'an attribute has nested attributes, but the log does not declare the nested-attributes feature',
      );
    return true;
  }

  private checkXmlAttributes(tag: SaxesTagPlain, kind: string): void {
    const rule = allowedXmlAttributes[kind];
    if (!rule) return;
    for (const required of rule.required)
      if (tag.attributes[required] === undefined && required !== 'key')
        // a missing key is reported when it closes
        this.nonstandard(`${elementWords(tag.name)} lacks its required "${required}"`);
    for (const attribute of Object.keys(tag.attributes)) {
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
      if (!rule.required.includes(attribute) && !rule.optional.includes(attribute))
        this.nonstandard(`${elementWords(tag.name)} has "${attribute}", which the standard does not define there`);
    }
  }

  private openLog(frame: Frame, attributes: Record<string, string>): void {
    this.log = frame;
    this.nested = (attributes['xes.features'] ?? '').split(/\s+/).includes('nested-attributes');
  }

  private openAttribute(
    frame: Frame,
    type: string,
    attributes: Record<string, string>,
    parent: Frame | undefined,
  ): void {
    frame.type = type;
    frame.key = attributes.key;
    if (type === 'list') {
      frame.list = [];
      frame.sawValues = false;
    } else if (type !== 'container') {
      frame.value = attributes.value === undefined ? null : attributes.value;
    }
    if (parent?.name === 'values' || frame.key === undefined) return;
    if (parent && parent.name !== 'attribute' && parent.lines[frame.key] !== undefined)
      this.nonstandard(`"${frame.key}" is given twice in ${elementWords(parent.name)}: the last value was kept`);
  }

  private openClassifier(attributes: Record<string, string>): void {
    const scope = attributes.scope ?? 'event';
    if (scope !== 'event' && scope !== 'trace')
      this.nonstandard(
        `the classifier "${attributes.name ?? ''}" has the scope "${scope}": only "trace" and "event" exist`,
      );
    const keys = classifierKeys(attributes.keys ?? '');
    if (attributes.keys !== undefined && keys.length === 0)
      this.nonstandard(`the classifier "${attributes.name ?? ''}" names no keys`);
    this.classifiers.push({ name: attributes.name ?? '', scope, keys, line: this.line });
  }

  private closeTag(): void {
    if (this.ignoring > 0) {
      this.ignoring--;
      return;
    }
    const frame = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1];
    if (frame.name === 'attribute') this.closeAttribute(frame, parent);
    else if (frame.name === 'values') {
      if (parent) parent.sawValues = true;
    } else if (frame.name === 'global') {
      if (Object.keys(frame.attributes).length === 0)
        this.nonstandard('a global declaration declares no attributes', frame.line);
      Object.assign(this.globals[frame.scope === 'trace' ? 'trace' : 'event'], frame.attributes);
    } else if (frame.name === 'event') {
      this.eventsRead++;
      if (parent.name === 'log') this.looseEvents++;
      else (parent.events ??= []).push(xesEvent(frame.attributes, frame.line, this.globals.event, this.warnings));
    } else if (frame.name === 'trace') {
      const events = frame.events ?? [];
      this.cases.push(
        xesCase(frame.attributes, events, frame.line, this.cases.length, this.globals.trace, this.warnings),
      );
    }
  }

  private closeAttribute(frame: Frame, parent: Frame | undefined): void {
    if (frame.type === 'list' && frame.sawValues === false)
      this.nonstandard(`the list "${frame.key ?? ''}" has no <values> element`, frame.line);
    if (!parent || frame.key === undefined) {
      if (frame.key === undefined)
        this.nonstandard(`${elementWords(frame.type ?? 'attribute')} has no key: it was left out`, frame.line);
      return;
    }
    const value = this.attributeValue(frame, parent);
    if (parent.name === 'values') {
      this.stack[this.stack.length - 2]?.list?.push(value);
      return;
    }
    if (parent.name === 'attribute') {
      parent.attributes[frame.key] = value; // an entry of a container, or a meta-attribute of its parent
      return;
    }
    parent.attributes[frame.key] = value;
    parent.lines[frame.key] = frame.line;
    // meta-attributes (nested in a string, date, list, ...) are kept beside their owner as "key/meta"
    if (frame.type !== 'container')
      for (const [metaKey, meta] of Object.entries(frame.attributes))
        parent.attributes[`${frame.key}/${metaKey}`] = meta;
  }

  private attributeValue(frame: Frame, parent: Frame): LogValue {
    const key = frame.key!;
    if (parent.name !== 'values') this.checkStandardKey(key, frame.type!, frame.line);
    if (frame.type === 'list') return frame.list ?? [];
    if (frame.type === 'container') return { ...frame.attributes };
    const text = typeof frame.value === 'string' ? frame.value : '';
    if (frame.value === null) return null;
    if (key === 'time:timestamp' && frame.type === 'string') return timestampFromText(text, frame.line, this.warnings);
    if (key === 'time:timestamp' && frame.type === 'date') {
      const value = xesValue('date', key, text, frame.line, this.warnings);
      if (typeof value === 'string')
        this.warnings.add(
          'FW_LOG_BAD_TIMESTAMP',
          `"time:timestamp" values are no date (first "${text}"): those events have no time`,
          frame.line,
          { group: 'time:timestamp' },
        );
      return value;
    }
    return xesValue(frame.type!, key, text, frame.line, this.warnings);
  }

  /** Standard keys must belong to a declared extension, exist in it and have its type. */
  private checkStandardKey(key: string, type: string, line: number): void {
    const colon = key.indexOf(':');
    if (colon < 0) return;
    const extension = standardExtensionKeys[key.slice(0, colon)];
    if (!extension) return;
    const prefix = key.slice(0, colon);
    if (!this.usedPrefixes.has(prefix)) this.usedPrefixes.set(prefix, { key, line });
    const expected = extension.keys[key.slice(colon + 1)];
    if (expected === undefined) this.nonstandard(`"${key}" is not a key of the ${extension.name} extension`, line);
    else if (expected !== type && !(key === 'time:timestamp' && type === 'string'))
      this.nonstandard(`"${key}" should be a ${expected} attribute, not ${type}`, line);
  }

  private checkDeclarations(): void {
    for (const [prefix, use] of this.usedPrefixes)
      if (!this.prefixes.has(prefix))
        this.nonstandard(
          `"${use.key}" belongs to the ${standardExtensionKeys[prefix].name} extension, which the log does not declare`,
          use.line,
        );
  }

  private checkClassifiers(): void {
    for (const classifier of this.classifiers) {
      const globals = this.globals[classifier.scope === 'trace' ? 'trace' : 'event'];
      for (const key of classifier.keys)
        if (!(key in globals))
          this.nonstandard(
            `the classifier "${classifier.name}" uses "${key}", which is not a global ${classifier.scope} attribute`,
            classifier.line,
          );
    }
  }
}
