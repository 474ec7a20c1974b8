// @ts-check
// Hands the handlers to Paged.js, in the order it calls them; this file comes last in the page script.
// FolioHidePages and FolioUnpainted come before the handlers whose afterRendered measure the pages they show again;
// FolioNotes before FolioBreaks, whose beforeRenderResult measures the page with its notes placed.

// biome-ignore format: the handlers on one line, in their order (tests/pdf-units.test.ts reads it)
window.PagedPolyfill.registerHandlers(FolioFonts, FolioChecks, FolioSteps, FolioHidePages, FolioUnpainted, FolioFolios, FolioNotes, FolioBreaks);
