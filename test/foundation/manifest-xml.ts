// Reads an add-in manifest into plain records the foundation tests can assert on (offline, no Office service).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type ResourceKind = 'image' | 'url' | 'string';

export interface Resource {
  kind: ResourceKind;
  defaultValue: string;
  overrides: Record<string, string>; // locale -> value
  long: boolean; // bt:LongStrings (250 characters) rather than bt:ShortStrings (125)
}

export interface ResidUse {
  element: string; // element that carries the resid, without namespace prefix
  parent: string;
  resid: string;
}

export interface ManifestFacts {
  root: Record<string, unknown>;
  resources: Map<string, Resource>;
  residUses: ResidUse[];
}

type XmlNode = Record<string, unknown>;

const ATTRIBUTE = '@_';

function localName(tag: string): string {
  return tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag;
}

function asArray(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

function overridesOf(node: XmlNode): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [tag, value] of Object.entries(node)) {
    if (localName(tag) !== 'Override') continue;
    for (const override of asArray(value)) {
      overrides[String(override[`${ATTRIBUTE}Locale`])] = String(override[`${ATTRIBUTE}Value`]);
    }
  }
  return overrides;
}

function collectResidUses(node: XmlNode, element: string, parent: string, uses: ResidUse[]): void {
  const resid = node[`${ATTRIBUTE}resid`];
  if (typeof resid === 'string') uses.push({ element, parent, resid });
  for (const [tag, value] of Object.entries(node)) {
    if (tag.startsWith(ATTRIBUTE) || tag === '#text') continue;
    for (const child of asArray(value)) {
      if (child && typeof child === 'object') collectResidUses(child, localName(tag), element, uses);
    }
  }
}

/** Throws an Error naming the line when the XML is not well-formed. */
export function readManifest(xml: string): ManifestFacts {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new Error(`manifest is not well-formed XML: ${validation.err.msg} (line ${validation.err.line})`);
  }
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: ATTRIBUTE, parseAttributeValue: false, parseTagValue: false }).parse(xml) as XmlNode;
  const root = parsed.OfficeApp as XmlNode;
  const versionOverrides = root.VersionOverrides as XmlNode;
  const resourcesNode = versionOverrides.Resources as XmlNode;

  const resources = new Map<string, Resource>();
  const groups: Array<[string, string, ResourceKind, boolean]> = [
    ['bt:Images', 'bt:Image', 'image', false],
    ['bt:Urls', 'bt:Url', 'url', false],
    ['bt:ShortStrings', 'bt:String', 'string', false],
    ['bt:LongStrings', 'bt:String', 'string', true],
  ];
  for (const [groupTag, itemTag, kind, long] of groups) {
    for (const group of asArray(resourcesNode[groupTag])) {
      for (const item of asArray(group[itemTag])) {
        const id = String(item[`${ATTRIBUTE}id`]);
        if (resources.has(id)) throw new Error(`manifest declares the resource id "${id}" twice`);
        resources.set(id, { kind, defaultValue: String(item[`${ATTRIBUTE}DefaultValue`]), overrides: overridesOf(item), long });
      }
    }
  }

  const residUses: ResidUse[] = [];
  collectResidUses(versionOverrides.Hosts as XmlNode, 'Hosts', 'VersionOverrides', residUses);
  return { root, resources, residUses };
}

/** The kind of resource an element's resid must point to, per the VersionOverrides schema. */
export function expectedKind(use: ResidUse): ResourceKind {
  if (use.element === 'Image') return 'image';
  if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(use.element)) return 'url';
  return 'string';
}

/** Every absolute URL the manifest declares (DefaultValue and Override Value attributes). */
export function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((match) => match[1]);
}

export function overridesOfTopLevel(root: Record<string, unknown>, tag: 'DisplayName' | 'Description'): Record<string, string> {
  return overridesOf(root[tag] as XmlNode);
}
