// @ts-check
// Hands the handlers to Paged.js, in the order it calls them; this file comes last in the page script.

window.PagedPolyfill.registerHandlers(FolioFonts, FolioFolios, FolioBreaks);
