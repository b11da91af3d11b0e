// What Traguardo says about how it read a text file: the encoding, and CSV rows it cannot split safely.
import { entry, type Message } from './message';

export const inputTextMessages = {
  'input.encoding': entry<{ encoding: string }>({
    it: (p) => `testo letto come ${p.encoding}${p.encoding === 'Windows-1252' ? ' (non è UTF-8: la codifica del "CSV (delimitato dal separatore di elenco)" di Excel)' : ''}`,
    en: (p) => `text read as ${p.encoding}${p.encoding === 'Windows-1252' ? ' (not UTF-8: the encoding of Excel\'s "CSV (comma delimited)")' : ''}`,
  }),
  'input.fileEncoding': entry<{ file: string; reading: Message }>({
    it: (p, w) => `${p.file}: ${w.text(p.reading)}`,
    en: (p, w) => `${p.file}: ${w.text(p.reading)}`,
  }),
  'input.csvDecimalComma': entry<{ fields: number; columns: number; number: string }>({
    it: (p, w) =>
      `${w.num(p.fields)} celle per ${w.num(p.columns)} intestazioni: "${p.number}" ha la virgola decimale e il file separa le celle con la virgola; riga non importata (mettere i numeri tra virgolette o usare il punto e virgola)`,
    en: (p, w) =>
      `${w.num(p.fields)} cells for ${w.num(p.columns)} headers: "${p.number}" has a decimal comma and the file separates cells with commas; row not imported (quote the numbers or use semicolons)`,
  }),
};
