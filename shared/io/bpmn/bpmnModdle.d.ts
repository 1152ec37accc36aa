// bpmn-moddle 10 ships typings only under `bpmn-moddle/types`; its main entry is untyped. This declares the part
// Flowwright uses. Elements are typed loosely, because BPMN files carry vendor content no generated type describes;
// moddleElement.ts reads them through small typed accessors.
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $attrs?: Record<string, string>;
    $parent?: ModdleElement;
    readonly $descriptor?: {
      name: string;
      isGeneric?: boolean;
      ns: { prefix: string; localName: string; uri?: string };
    };
    $children?: ModdleElement[];
    $body?: string;
    id?: string;
    name?: string;
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    [key: string]: unknown;
  }

  export interface ModdleWarning {
    message: string;
    error?: Error;
    element?: ModdleElement;
    /** For an unresolved reference: the property holding it and the id it names. */
    property?: string;
    value?: string;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: ModdleWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    createAny(name: string, nsUri: string, properties?: Record<string, unknown>): ModdleElement;
  }
}
