// A .docx package checked before mammoth reads it: the zip's limits, and the size of the XML it would turn into a
// tree (elements and bytes), counted while each part inflates.
import { INPUT_LIMITS, megabytes } from '../core/limits';
import { msg, type Message } from '../core/messages';
import { XmlTagScanner } from './xml-tags';
import { zipLimitProblem } from './zip-limits';

/** Null when mammoth may read the package within the limits, else why not. */
export function docxLimitProblem(bytes: Uint8Array): Message | null {
  let elements = 0;
  let xmlBytes = 0;
  const tooLarge = msg('limits.documentTooLarge', { megabytes: megabytes(INPUT_LIMITS.documentXmlBytes), elements: INPUT_LIMITS.documentElements });
  return zipLimitProblem(bytes, (name) => {
    if (!/\.(xml|rels)$/i.test(name)) return null;
    const scanner = new XmlTagScanner({ tag: () => void elements++ });
    return (chunk) => {
      xmlBytes += chunk.length;
      scanner.push(chunk);
      return xmlBytes > INPUT_LIMITS.documentXmlBytes || elements > INPUT_LIMITS.documentElements ? tooLarge : null;
    };
  });
}
