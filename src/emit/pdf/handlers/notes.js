// @ts-check
// Notes are placed a batch at a time, with one measure of the page per batch. Paged.js's own
// footnote handler places each note as soon as its paragraph is added to the page: it measures
// the page, moves the note to the footnote area, measures again (the area's height), and sets the
// area's height, so every note forced two layouts of the page (about two fifths of a chapter's
// layout). Here the notes of the paragraphs added since the last measure wait until Paged.js is
// about to look for the page's overflow (the `layout` hook, every 1,500 characters or so, and at
// the page's end), and are then placed together: every waiting note moves to the footnote area,
// one layout gives each note's height and each call's place, and the notes are taken in order,
// with Paged.js's own rules for each:
// - a call already beyond the page's text (in a hidden column, or below the notes' area as it
//   has grown) leaves its note where it was: the call goes to the next page, and the note with
//   it, and so do the notes after it;
// - a call near the notes' area is asked of the page as Paged.js asks it (one more layout): the
//   note goes back into its paragraph, and is on the page if it starts in the page's column;
// - a note that fits above the foot, with its call still above the notes, is placed, and the
//   area grows to hold it (as Paged.js sizes it: the notes' height, their margins and borders);
// - the first note that does not fit makes the area reach up to its call's line (the
//   footnote-policy: `line`, the call's top; `auto`, its bottom; `block`, the paragraph before),
//   so that line goes to the next page with its note; the notes after it stay where they were.
// Paged.js's footnote handler keeps the rest of its work: the CSS (`float: footnote`, the call
// and marker pseudo-elements), dropping the notes whose call went to the next page with the
// overflow, and carrying a note that is too long for its page's area over to the next. Only its
// per-note placement (renderNode) is taken off: the handlers registered for renderNode before
// this one are Paged.js's (its footnotes are the only built-in handler that has one).
// window.folioNotes counts the notes placed, the batch measures and the single notes asked of the
// page (tests).

class FolioNotes extends window.Paged.Handler {
  constructor(chunker, polisher, caller) {
    const pagedPlacement = chunker ? chunker.hooks.renderNode.hooks.slice() : [];
    super(chunker, polisher, caller);
    if (chunker) {
      const hook = chunker.hooks.renderNode;
      hook.hooks = hook.hooks.filter((task) => !pagedPlacement.includes(task));
    }
    this.waiting = [];
    window.folioNotes = { placed: 0, measures: 0, checks: 0 };
  }

  renderNode(node) {
    if (node.nodeType !== Node.ELEMENT_NODE || !node.dataset) return undefined;
    if (node.dataset.note === 'footnote') this.waiting.push(node);
    // Paged.js marks only the outermost element of a note's paragraph (data-has-notes); the rest
    // of a paragraph continued from the page before comes in pieces without the mark.
    else this.waiting.push(...node.querySelectorAll("[data-note='footnote']"));
    return undefined;
  }

  layout(wrapper) {
    this.place(wrapper);
  }

  // Notes added after the last measure (cells of a table row Paged.js completes after a cut).
  beforeRenderResult(_breakToken, wrapper) {
    this.place(wrapper);
  }

  place(wrapper) {
    const notes = this.waiting.filter((note) => note.isConnected && wrapper.contains(note));
    this.waiting = [];
    if (!notes.length) return;
    const pageArea = wrapper.closest('.pagedjs_area');
    const noteArea = pageArea.querySelector('.pagedjs_footnote_area');
    const noteContent = noteArea.querySelector('.pagedjs_footnote_content');
    const inner = noteContent.querySelector('.pagedjs_footnote_inner_content');
    const content = pageArea.querySelector('.pagedjs_page_content');

    // Every waiting note moves to the area, its call marked where it was (as Paged.js marks it).
    const moved = [];
    for (const note of notes) {
      const call = noteCall(note);
      if (inner.querySelector(`[data-ref="${note.dataset.ref}"]`)) {
        note.remove(); // already placed (a note carried over): only its call was wanted
        continue;
      }
      note.dataset.footnoteMarker = note.dataset.ref;
      inner.appendChild(note);
      moved.push({ note, call });
    }
    if (!moved.length) return;
    noteContent.classList.remove('pagedjs_footnote_empty');

    // One layout: the page's edges, the area as it stands, each note's foot, each call's line.
    window.folioNotes.measures++;
    const right = content.getBoundingClientRect().right;
    const areaBox = noteArea.getBoundingClientRect();
    const innerTop = inner.getBoundingClientRect().top;
    const style = getComputedStyle(noteContent);
    const margins = px(style.marginTop) + px(style.marginBottom);
    const paddings = px(style.paddingTop) + px(style.paddingBottom);
    const borders = px(style.borderTopWidth) + px(style.borderBottomWidth);
    const range = document.createRange();
    const measured = moved.map(({ note, call }) => {
      range.setStartBefore(call.previousSibling || call);
      range.setEndAfter(call);
      const line = range.getBoundingClientRect();
      const box = note.getBoundingClientRect();
      return {
        note,
        call,
        line,
        policy: note.dataset.notePolicy || 'auto',
        height: box.height,
        lineHeight: parseFloat(getComputedStyle(call.parentElement).lineHeight) || 0,
        // The area's content height with this note the last (its bottom margin included).
        foot: box.bottom + (parseFloat(getComputedStyle(note).marginBottom) || 0) - innerTop,
      };
    });

    let height = areaBox.height;
    let top = areaBox.bottom - height;
    let closed = false;
    measured.forEach((item, index) => {
      const { note, call, line } = item;
      const needed = Math.ceil(item.foot + paddings);
      const fits = line.bottom < areaBox.bottom - (needed + margins + paddings + borders);
      let shown = !closed && line.left < right && line.top <= top;
      // Paged.js tests a note where its paragraph holds it (a block after its call), and Chromium
      // moves that block, with the call's line, to the next column well before the notes' area
      // is reached (up to a line and a half early in the thesis). A call with the note's height
      // and three lines to spare is on the page; one closer to the notes is asked of the page.
      if (shown && top - line.bottom < item.height + 3 * item.lineHeight)
        shown = this.shownInline(item, pageArea, height, right, measured[index + 1]);
      if (!shown) {
        // The call is not on this page: its note goes back after it, to go over with it.
        call.replaceWith(note);
        delete note.dataset.footnoteMarker;
        closed = true;
        return;
      }
      note.removeAttribute('data-break-before');
      note.id = `note-${note.dataset.ref}`;
      window.folioNotes.placed++;
      if (fits) {
        height = needed + margins + borders;
        top = areaBox.bottom - height;
        return;
      }
      // No room under the call: the area reaches up to the call's line, which goes over.
      height = height + Math.floor(top) - this.policyOffset(item);
      top = areaBox.bottom - height;
      inner.style.height = `${height - margins - paddings - borders}px`;
      closed = true;
    });
    pageArea.style.setProperty('--pagedjs-footnotes-height', `${height}px`);
  }

  // Whether the note, back in its paragraph with the notes before it placed, starts on this page
  // (Paged.js's own test for a note): one more layout, for a call near the foot only. A note that
  // does goes back among the waiting notes in the area, before the next one.
  shownInline({ note, call }, pageArea, height, right, next) {
    window.folioNotes.checks++;
    const inner = note.parentElement;
    pageArea.style.setProperty('--pagedjs-footnotes-height', `${height}px`);
    delete note.dataset.footnoteMarker;
    call.after(note);
    const shown = note.getBoundingClientRect().left < right;
    if (shown) {
      note.dataset.footnoteMarker = note.dataset.ref;
      inner.insertBefore(note, next ? next.note : null);
    }
    return shown;
  }

  // Where the area's top must reach for the call to go over, as footnote-policy says.
  policyOffset({ call, line, policy }) {
    if (policy === 'line') return Math.ceil(line.top);
    if (policy === 'block') {
      const before = call.closest('p')?.previousElementSibling;
      if (before) return Math.ceil(before.getBoundingClientRect().bottom);
    }
    return Math.ceil(line.bottom);
  }
}

// The call Paged.js links to a note (its counter and link), put where the note was.
const noteCall = (note) => {
  const call = document.createElement('a');
  for (const name of note.classList) call.classList.add(name);
  call.dataset.footnoteCall = note.dataset.ref;
  call.dataset.ref = note.dataset.ref;
  call.dataset.dataCounterFootnoteIncrement = '1';
  call.href = `#note-${note.dataset.ref}`;
  note.parentElement.insertBefore(call, note);
  return call;
};
// Whole pixels of a computed length, as Paged.js reads them when it sizes the area.
const px = (value) => parseInt(value, 10) || 0;
