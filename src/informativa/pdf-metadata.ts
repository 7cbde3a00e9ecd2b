import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { markArtifacts } from './pdf-artifacts.js';

export interface PdfFacts {
  title: string;
  /** BCP 47, as in the page's <html lang>. */
  lang: string;
  /** The controller, who publishes the notice. */
  author: string;
  /** "registro 0.3.0": Creator and Producer. */
  tool: string;
}

/**
 * What Chromium's tagged PDF lacks for PDF/UA: XMP metadata (dc:title, dc:language,
 * pdfuaid:part 1), Creator and Producer naming registro instead of the browser, the title shown
 * in the window bar, and the running footer marked as an artifact. Chromium's structure tree
 * (StructTreeRoot, ParentTree, MCIDs) is kept object for object: pdf-lib rewrites the file but
 * copies every object it read.
 */
export async function finishPdf(pdf: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setLanguage(facts.lang);
  doc.setAuthor(facts.author);
  doc.setCreator(facts.tool);
  doc.setProducer(facts.tool);
  const created = doc.getCreationDate() ?? new Date();
  doc.setModificationDate(created);
  const xmp = xmpPacket(facts, created);
  const metadata = doc.context.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  for (const page of doc.getPages()) markPageArtifacts(doc, page.node.get(PDFName.of('Contents')), page.node);
  // No object streams: readers that predate PDF 1.5 still open the file.
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

function markPageArtifacts(doc: PDFDocument, contents: unknown, node: { set(name: PDFName, value: PDFRef): void }): void {
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const parts = refs.map((ref) => doc.context.lookup(ref as PDFRef));
  if (!parts.every((s): s is PDFRawStream => s instanceof PDFRawStream)) return;
  const text = parts.map((s) => Buffer.from(decoded(s)).toString('latin1')).join('\n');
  node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(markArtifacts(text), 'latin1'))));
  // pdf-lib writes every object it holds: drop the old streams, or the file keeps both.
  for (const ref of refs) doc.context.delete(ref as PDFRef);
}

function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : stream.contents;
}

function xmpPacket(facts: PdfFacts, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xml(facts.lang)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq><rdf:li>${xml(facts.author)}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreatorTool>${xml(facts.tool)}</xmp:CreatorTool>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <pdf:Producer>${xml(facts.tool)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
