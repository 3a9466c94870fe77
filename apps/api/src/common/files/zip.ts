import yauzl from 'yauzl';

export interface ZipLimits {
  /** Entries the archive may list. */
  maxEntries: number;
  /** Sum of the entries' unpacked sizes, bytes. */
  maxUnpackedBytes: number;
}

/** An uploaded XLSX (up to 10 МБ packed): a sheet of the allowed rows unpacks to far less. */
export const ZIP_LIMITS_IMPORT: ZipLimits = { maxEntries: 2_000, maxUnpackedBytes: 300 * 1024 * 1024 };
/** An attached DOCX/PPTX (up to 5 МБ packed). */
export const ZIP_LIMITS_DOCUMENT: ZipLimits = { maxEntries: 2_000, maxUnpackedBytes: 100 * 1024 * 1024 };

export type ZipInspection = { ok: true; names: Set<string> } | { ok: false; message: string | null };

/**
 * Reads the central directory of a ZIP (nothing is unpacked): the entry names, within the entry count and
 * unpacked size limits (a zip bomb is refused before anyone inflates it). `message: null` = not a readable ZIP.
 */
export function inspectZip(data: Buffer, limits: ZipLimits): Promise<ZipInspection> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return resolve({ ok: false, message: null });
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return resolve({ ok: false, message: `В архиве больше ${limits.maxEntries} файлов` });
      }
      const names = new Set<string>();
      let unpacked = 0;
      let settled = false;
      const finish = (r: ZipInspection) => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(r);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        unpacked += entry.uncompressedSize;
        if (unpacked > limits.maxUnpackedBytes) {
          return finish({ ok: false, message: `Файл в распакованном виде больше ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} МБ` });
        }
        names.add(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => finish({ ok: true, names }));
      zip.on('error', () => finish({ ok: false, message: null }));
      zip.readEntry();
    });
  });
}
