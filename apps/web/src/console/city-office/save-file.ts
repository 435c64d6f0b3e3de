/** The byte-order mark spreadsheet programs need to read UTF-8; `Response.text()` drops the one the gateway sent. */
const BOM = '\ufeff';

/** Hands `text` to the browser as a download named `filename`; a data: URL, as the content security policy allows. */
export function saveFile(filename: string, text: string, type = 'text/csv'): void {
  const link = document.createElement('a');
  link.href = `data:${type};charset=utf-8,${encodeURIComponent(text.startsWith(BOM) ? text : BOM + text)}`;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
}
