import { inspectZip, ZIP_LIMITS_DOCUMENT } from './zip';

/** Parts an Office Open XML file of each kind must have. */
const OOXML_PARTS: Record<string, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', pptx: 'ppt/presentation.xml' };

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Markup and scripts a browser or a PDF viewer would run; none belongs in an attached document. */
const ACTIVE = /<\s*(html|script|body|iframe|svg)\b|<!doctype\s+html|\/(JavaScript|JS|Launch|EmbeddedFile)\b/i;

/** The content checked by its type: magic bytes and structure. Returns a Russian reason, or null when it fits. */
export async function contentProblem(ext: string, content: Buffer): Promise<string | null> {
  const not = () => `Содержимое файла не похоже на ${ext.toUpperCase()}`;
  const head = content.subarray(0, 1024).toString('latin1');
  switch (ext) {
    case 'pdf': {
      if (!head.startsWith('%PDF-')) return not();
      if (!content.subarray(-1024).toString('latin1').includes('%%EOF')) return 'Файл PDF оборван: нет окончания %%EOF';
      if (ACTIVE.test(content.toString('latin1'))) return 'Файл PDF содержит HTML или сценарии: сохраните документ заново как PDF';
      return null;
    }
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      if (content[0] !== 0x50 || content[1] !== 0x4b) return not();
      const zip = await inspectZip(content, ZIP_LIMITS_DOCUMENT);
      if (!zip.ok) return zip.message ?? not();
      if (!zip.names.has('[Content_Types].xml') || !zip.names.has(OOXML_PARTS[ext])) return not();
      return null;
    }
    case 'doc':
      return content.subarray(0, 8).equals(OLE) ? null : not();
    case 'jpg':
    case 'jpeg':
      if (!(content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)) return not();
      return ACTIVE.test(head) ? not() : null;
    case 'png':
      if (!content.subarray(0, 8).equals(PNG) || !content.subarray(8, 32).includes('IHDR', 0, 'latin1')) return not();
      return ACTIVE.test(head) ? not() : null;
    default:
      return not();
  }
}

/** Control characters, zero-width and bidirectional-override marks: nothing a name needs, all of them a way to mislead. */
const invisible = (c: number) =>
  c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

/** Longest stored file name, in characters (the extension kept). */
export const FILE_NAME_MAX = 120;

/**
 * A file name safe to store and to offer for download: the last path segment only (no «../», no folders),
 * without control, bidirectional-override and reserved characters, without leading dots, at most FILE_NAME_MAX
 * characters with the extension kept. Returns '' when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    .split('')
    .filter((ch) => !invisible(ch.charCodeAt(0)))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if ([...clean].length <= FILE_NAME_MAX) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  const stem = [...clean.slice(0, clean.length - ext.length)].slice(0, FILE_NAME_MAX - ext.length).join('').trimEnd();
  return stem + ext;
}
