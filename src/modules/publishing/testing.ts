/**
 * For tests of documents: read a part of a .docx (a zip) as text, and convert a .docx to PDF with
 * LibreOffice and read the PDF's pages with pdfinfo and its lines with pdftotext. Without LibreOffice or pdfinfo on the machine,
 * `convertToPdf` answers null after printing once that the conversion was skipped and why (.ci/run
 * installs both).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** The text of one part of a .docx: `word/document.xml`, `word/styles.xml`, `word/footer1.xml`… */
export async function docxPart(docx: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(part);
  if (!file) throw new Error(`The .docx has no part ${part}; it has ${Object.keys(zip.files).join(', ')}`);
  return file.async('string');
}

/** The attributes of the first `<w:name …/>` element in some XML, as a record without the `w:` prefix. */
export function attributesOf(xml: string, name: string): Record<string, string> | null {
  const m = new RegExp(`<w:${name}\\b([^>]*)/?>`).exec(xml);
  if (!m) return null;
  return Object.fromEntries([...m[1]!.matchAll(/w:([A-Za-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
}

const LIBREOFFICE = ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/local/bin/libreoffice'].find((p) => existsSync(p));
const PDFINFO = ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'].find((p) => existsSync(p));
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
let skipPrinted = false;

export interface PdfInfo {
  pages: number;
  /** Page size in points. */
  width: number;
  height: number;
  /** The text of each page, line by line as laid out (the page number last), without spaces. */
  pageLines: string[][];
  /** Every page's lines, one after the other. */
  lines: string[];
}

/**
 * Converts a .docx to PDF with LibreOffice in its own profile folder (so parallel runs do not
 * clash) and reads the result with pdfinfo and pdftotext; null when either tool is missing.
 */
export async function convertToPdf(docx: Buffer): Promise<PdfInfo | null> {
  if (!LIBREOFFICE || !PDFINFO || !PDFTOTEXT) {
    if (!skipPrinted) {
      skipPrinted = true;
      console.log(`PDF conversion tests skipped: ${LIBREOFFICE ? 'pdfinfo and pdftotext (poppler-utils)' : 'LibreOffice'} is not installed (.ci/run installs it).`);
    }
    return null;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    writeFileSync(input, docx);
    await run(LIBREOFFICE, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 });
    const pdf = path.join(dir, 'document.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
    const { stdout } = await run(PDFINFO, [pdf]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
    const pages = /Pages:\s+(\d+)/.exec(stdout);
    if (!size || !pages) throw new Error(`pdfinfo said: ${stdout}`);
    const text = (await run(PDFTOTEXT, ['-layout', pdf, '-'])).stdout;
    const pageLines = text.split('\f').map((page) => page.split('\n').map((l) => l.replace(/\s/g, '')).filter((l) => l !== ''));
    return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]), pageLines, lines: pageLines.flat() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
