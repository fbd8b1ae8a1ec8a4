// Review page: set a field from a text selection. The offsets are those of the stored text the stages read:
// every piece of a source is a <span data-offset="N"> holding exactly the stored characters from N on. Stored
// offsets count characters (code points); the DOM counts UTF-16 units, so an emoji before the selection is one
// stored character but two units.
"use strict";

function storedOffset(node, offset) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  const piece = element.closest("[data-offset]");
  if (!piece) return null;
  const within = node.nodeType === Node.TEXT_NODE ? Array.from(node.data.slice(0, offset)).length : 0;
  return Number(piece.dataset.offset) + within;
}

function useSelection(field) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    window.alert("Select the value in the email first.");
    return;
  }
  const range = selection.getRangeAt(0);
  const startSource = range.startContainer.parentElement && range.startContainer.parentElement.closest("pre.source");
  const endSource = range.endContainer.parentElement && range.endContainer.parentElement.closest("pre.source");
  if (!startSource || startSource !== endSource) {
    window.alert("Select the value within one part of the email.");
    return;
  }
  const start = storedOffset(range.startContainer, range.startOffset);
  const end = storedOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return;
  document.getElementById("value-" + field).value = selection.toString();
  document.getElementById("span-" + field).value = startSource.dataset.source + ":" + start + ":" + end;
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button.use-selection").forEach(function (button) {
    button.addEventListener("click", function () { useSelection(button.dataset.field); });
  });
});
