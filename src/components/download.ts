/**
 * Saves text as a file the learner downloads. The link is attached while it
 * is clicked (some browsers ignore clicks on detached links) and the object
 * URL is released a moment later, once the download has started with it.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
