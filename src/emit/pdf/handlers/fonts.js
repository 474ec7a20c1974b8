// @ts-check
// Every face is loaded before layout starts: a face that arrives mid-layout (a unicode-range
// subset first needed on page 40, say) changes line widths after Paged.js has chosen its page
// breaks, and the overflowing lines are clipped from the PDF.

class FolioFonts extends window.Paged.Handler {
  async beforeParsed() {
    await Promise.all(Array.from(document.fonts).map((face) => face.load().catch(() => undefined)));
    await document.fonts.ready;
  }
}
