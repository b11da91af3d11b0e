// A minimal real .docx built in memory (what Word writes, reduced to the three required parts), one paragraph per line.
import JSZip from 'jszip';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraph(line: string): string {
  if (line.trim() === '') return '<w:p/>';
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
}

export function documentXml(lines: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map(paragraph).join('')}</w:body></w:document>`;
}

export interface DocxParts {
  contentTypes?: string;
  rels?: string;
  document?: string | null;
}

/** A .docx (zip) holding the given text, one Word paragraph per line; parts can be overridden to build broken files. */
export async function buildDocx(text: string, parts: DocxParts = {}): Promise<ArrayBuffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', parts.contentTypes ?? CONTENT_TYPES);
  zip.file('_rels/.rels', parts.rels ?? RELS);
  const document = parts.document === undefined ? documentXml(text.split('\n')) : parts.document;
  if (document !== null) zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'arraybuffer' });
}
